package org.lsdcfx.daq.routine.escan;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.lsdcfx.amostra.NewRequest;
import org.lsdcfx.amostra.Priority;
import org.lsdcfx.amostra.Request;
import org.lsdcfx.amostra.RequestKeys;
import org.lsdcfx.amostra.RequestObj;
import org.lsdcfx.amostra.RequestObjBuilder;
import org.lsdcfx.amostra.Sample;
import org.lsdcfx.analysisstore.Result;
import org.lsdcfx.analysisstore.payload.ChoochResult;
import org.lsdcfx.analysisstore.payload.ResultTypes;
import org.lsdcfx.daq.command.Caller;
import org.lsdcfx.daq.command.CommandRejectedException;
import org.lsdcfx.daq.config.BeamlineSettings;
import org.lsdcfx.daq.control.RunState;
import org.lsdcfx.daq.guard.Arguments;
import org.lsdcfx.daq.guard.CommandSpec;
import org.lsdcfx.daq.guard.Execution;
import org.lsdcfx.daq.guard.Param;
import org.lsdcfx.daq.guard.ParamType;
import org.lsdcfx.daq.queue.CommandRegistry;
import org.lsdcfx.daq.queue.Invocation;
import org.lsdcfx.daq.routine.Protocol;
import org.lsdcfx.daq.routine.ProtocolRegistry;
import org.lsdcfx.daq.routine.RoutineServices;
import org.lsdcfx.store.NotFoundException;

/**
 * Energy-scan commands: {@code queueEnergyScan} creates (and by default queues) an {@code eScan} request whose
 * inputs the command guard has checked with {@link EnergyScanRules} (the same rules the routine applies again when it
 * runs), and {@code createMadRequests} turns a Chooch result into peak / inflection / remote standard requests for the
 * sample ("use these energies"). Both only write the store: background worker, any run state, control master.
 * Admission checks touch memory only; the store lookups (sample, result) happen when the command runs, and any
 * failure there writes nothing.
 */
public final class EnergyScanCommands {
    /** Amostra and analysisstore uids (as {@code mountSample}'s {@code sampID}). */
    static final Pattern UID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");
    private static final Pattern ELEMENT = Pattern.compile("[A-Za-z]{1,3}");
    private static final Pattern EDGE_NAME = Pattern.compile("[A-Za-z0-9-]{0,8}");

    private final RoutineServices services;
    private final BeamlineSettings settings;
    private final ProtocolRegistry protocols;

    /**
     * @param protocols where the {@code eScan} protocol is registered (before or after the server starts): the
     *                  commands check requests with its rules, so the guard and the routine always agree
     */
    public EnergyScanCommands(RoutineServices services, BeamlineSettings settings, ProtocolRegistry protocols) {
        this.services = services;
        this.settings = settings;
        this.protocols = protocols;
    }

    public void registerInto(CommandRegistry registry) {
        registry.register(CommandSpec.builder("queueEnergyScan")
                .summary("create an energy-scan (eScan) request for a sample, checked, and queue it")
                .param(Param.string("sampID", 64, UID, "Amostra uid of the sample"))
                .param(Param.string("element", 3, ELEMENT, "element symbol, e.g. Se"))
                .param(Param.string("edge", 8, EDGE_NAME, "absorption edge (K, L3, ...); empty: the element's usual edge").optional(""))
                .param(free("steps", ParamType.INTEGER, "", "number of points").optional(EnergyScanInputs.DEFAULT_STEPS))
                .param(free("stepsize", ParamType.NUMBER, "eV", "point spacing").optional(EnergyScanInputs.DEFAULT_STEPSIZE_EV))
                .param(free("exposure_time", ParamType.NUMBER, "s", "count time per point").optional(EnergyScanInputs.DEFAULT_EXPOSURE_S))
                .param(free("scanEnergy", ParamType.NUMBER, "eV", "scan centre; default the tabulated edge").optional(null))
                .param(free("mcaRoiLo", ParamType.INTEGER, "", "first MCA channel counted; default from the element's line").optional(null))
                .param(free("mcaRoiHi", ParamType.INTEGER, "", "last MCA channel counted; default from the element's line").optional(null))
                .param(free("attenuation", ParamType.NUMBER, "", "transmission 0..1 for the scan; default: leave it").optional(null))
                .param(Param.bool("queue", "true: queue the request (default); false: only add it to the sample").optional(true))
                .execution(Execution.BACKGROUND).allowedIn(RunState.ANY)
                .check(this::checkScan).build(),
                this::queueEnergyScan);
        registry.register(CommandSpec.builder("createMadRequests")
                .summary("use these energies: standard requests at the peak, inflection and remote of a Chooch result")
                .param(Param.string("choochResultUid", 64, UID, "uid of the choochResult (as on choochResultFlag)"))
                .param(Param.string("which", 32, null, "comma-separated subset of " + MadRequests.ALL).optional(MadRequests.ALL))
                .param(Param.bool("queue", "true: queue the requests (default); false: only add them to the sample").optional(true))
                .execution(Execution.BACKGROUND).allowedIn(RunState.ANY)
                .check((args, caller) -> {
                    try {
                        MadRequests.parse(args.string("which"));
                    } catch (IllegalArgumentException e) {
                        throw new CommandRejectedException(e.getMessage());
                    }
                }).build(),
                this::createMadRequests);
    }

    /** A typed parameter without bounds: {@link EnergyScanRules} checks the values (the same way for stored requests). */
    private static Param free(String name, ParamType type, String unit, String description) {
        return new Param(name, type, unit, null, null, true, null, 0, null, List.of(), description);
    }

    /** The rules of the registered {@code eScan} protocol (tables loaded when it was registered: memory only here). */
    private EnergyScanRules rules() throws CommandRejectedException {
        Protocol p = protocols.find(EnergyScanProtocol.NAME).orElse(null);
        if (!(p instanceof EnergyScanProtocol scan)) {
            throw new CommandRejectedException("this server runs no " + EnergyScanProtocol.NAME + " protocol (registered: "
                    + (protocols.names().isEmpty() ? "none" : String.join(", ", protocols.names())) + ")");
        }
        return scan.rules(services.profile());
    }

    private void checkScan(Arguments args, Caller caller) throws CommandRejectedException {
        EnergyScanRules rules = rules();
        try {
            rules.validate(inputs(args));
        } catch (IllegalArgumentException e) {
            throw new CommandRejectedException(e.getMessage());
        }
    }

    private static EnergyScanInputs inputs(Arguments a) {
        return new EnergyScanInputs(a.string("element"), a.string("edge"), a.has("scanEnergy") ? a.number("scanEnergy") : null,
                a.integer("steps"), a.number("stepsize"), a.number("exposure_time"),
                a.has("mcaRoiLo") ? a.integer("mcaRoiLo") : null, a.has("mcaRoiHi") ? a.integer("mcaRoiHi") : null,
                a.has("attenuation") ? a.number("attenuation") : null);
    }

    private String queueEnergyScan(Invocation inv) throws CommandRejectedException {
        Arguments a = inv.args();
        EnergyScanPlan plan = rules().validate(inputs(a));
        Sample sample = sample(a.string("sampID"));
        SamplePlace place = SamplePlace.of(services.amostra(), services.conftrak(), visitDirectory().toString(), sample);
        long run = services.amostra().samples().nextRunNumber(sample.uid());
        RequestObjBuilder b = RequestObj.builder().protocol(EnergyScanProtocol.NAME)
                .set(RequestKeys.ELEMENT, plan.edge().element()).set(EnergyScanInputs.EDGE, plan.edge().edge().name())
                .set(RequestKeys.SCAN_ENERGY, plan.centreEv()).set(RequestKeys.STEPS, plan.points())
                .set(RequestKeys.STEPSIZE, plan.stepsizeEv()).exposureTime(plan.exposureS())
                .set(RequestKeys.MCA_ROI_LO, plan.roi().lo()).set(RequestKeys.MCA_ROI_HI, plan.roi().hi())
                .set(RequestKeys.RUN_CHOOCH, true).energy(plan.centreEv());
        place.files(b, sample.name(), run);
        // no attenuation: the scan leaves the attenuators as they are
        RequestObj obj = plan.attenuation() != null ? b.attenuation(plan.attenuation()).build() : b.build().without(RequestKeys.ATTENUATION);
        boolean queued = a.bool("queue");
        Request created = services.amostra().requests().create(new NewRequest(sample.uid(), sample.owner(), sample.proposalID(),
                queued ? Priority.DEFAULT_QUEUED : Priority.UNQUEUED, obj), inv.caller().display());
        services.status().queueChanged();
        return "eScan request " + created.uid() + " for " + sample.name() + ": " + plan.describe() + ", MCA ROI "
                + plan.roi().lo() + "-" + plan.roi().hi() + (queued ? ", queued" : ", not queued");
    }

    private String createMadRequests(Invocation inv) throws CommandRejectedException {
        Arguments a = inv.args();
        String uid = a.string("choochResultUid");
        List<MadRequests.Role> roles = MadRequests.parse(a.string("which"));
        Result result;
        try {
            result = services.analysisStore().get(uid);
        } catch (NotFoundException e) {
            throw new IllegalArgumentException("there is no analysis result " + uid);
        }
        if (!ResultTypes.CHOOCH_RESULT.resultType().equals(result.resultType())) {
            throw new IllegalArgumentException("result " + uid + " has result_type " + result.resultType() + ", not "
                    + ResultTypes.CHOOCH_RESULT.resultType());
        }
        if (result.sample() == null || result.request() == null) {
            throw new IllegalArgumentException("Chooch result " + uid + " names no sample or energy-scan request");
        }
        ChoochResult chooch = result.payload(ResultTypes.CHOOCH_RESULT);
        Sample sample = sample(result.sample());
        RequestObj scanObj = services.amostra().requests().get(result.request()).requestObj();
        SamplePlace place = SamplePlace.of(services.amostra(), services.conftrak(), visitDirectory().toString(), sample)
                .withRequestFiles(scanObj);
        boolean queued = a.bool("queue");
        List<NewRequest> batch = MadRequests.build(uid, chooch, roles, scanObj, sample, place, services.conftrak().screenDefaults(),
                queued ? Priority.DEFAULT_QUEUED : Priority.UNQUEUED, () -> services.amostra().samples().nextRunNumber(sample.uid()),
                rules());
        List<Request> created = services.amostra().requests().createAll(batch, inv.caller().display());
        services.status().queueChanged();
        return created.size() + " standard request(s) for " + sample.name() + ": " + created.stream()
                .map(r -> r.requestObj().getString(MadRequests.MAD_ENERGY) + " " + EnergyFormat.ev(r.requestObj().energy())
                        + " eV (" + r.uid() + ")")
                .collect(Collectors.joining(", ")) + (queued ? "; queued" : "; not queued");
    }

    private Sample sample(String uid) {
        Sample s = services.amostra().samples().find(uid)
                .orElseThrow(() -> new IllegalArgumentException("there is no sample " + uid));
        if (!s.isActive()) {
            throw new IllegalArgumentException("sample " + s.name() + " was deleted");
        }
        return s;
    }

    private Path visitDirectory() {
        return settings.visitDirectory().orElseThrow(() -> new IllegalStateException(
                "no visit directory is set (conftrak visitDirectory); staff must set it first"));
    }
}
