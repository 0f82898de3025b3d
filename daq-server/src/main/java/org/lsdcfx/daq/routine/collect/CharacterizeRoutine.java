package org.lsdcfx.daq.routine.collect;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lsdcfx.amostra.Request;
import org.lsdcfx.amostra.RequestKeys;
import org.lsdcfx.amostra.RequestObj;
import org.lsdcfx.analysis.spots.FrameResult;
import org.lsdcfx.analysisstore.Result;
import org.lsdcfx.daq.routine.RoutineContext;
import org.lsdcfx.daq.routine.RoutineRequest;
import org.lsdcfx.daq.routine.collect.strategy.CharacterizationSettings;
import org.lsdcfx.daq.routine.collect.strategy.ReferenceImage;
import org.lsdcfx.daq.routine.collect.strategy.StrategyException;
import org.lsdcfx.daq.routine.collect.strategy.StrategyInput;
import org.lsdcfx.daq.routine.collect.strategy.StrategyProposal;
import org.lsdcfx.datafiles.nxmx.DatasetState;
import org.lsdcfx.device.motor.MotorLimits;
import org.lsdcfx.mxtools.profile.DetectorSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * LSDC's {@code characterize} (§2.9): two reference images of one width, at {@code sweep_start} and 89° + width later
 * (files {@code ref-<prefix>_<n>} and {@code _<n+1>}), each collected like a standard dataset; spot finding on the
 * frames read back from their files; a strategy from the {@link org.lsdcfx.daq.routine.collect.strategy.StrategyProgram}
 * stored as a {@code characterizationStrategy} result; and a new standard request carrying it at priority 0.
 */
final class CharacterizeRoutine extends CollectionRoutine {
    private static final Logger log = LoggerFactory.getLogger(CharacterizeRoutine.class);
    static final String REFERENCE_PREFIX = "ref-";
    private final CollectionPlan plan;
    private DataTarget target;
    private int framesPerFile;

    CharacterizeRoutine(CollectionServices services, RoutineRequest request) {
        super(services);
        RequestObj obj = request.requestObj();
        double start = obj.optDouble(RequestKeys.SWEEP_START).orElseThrow(
                () -> new IllegalArgumentException("the request has no sweep_start"));
        double width = obj.optDouble(RequestKeys.IMG_WIDTH).orElseThrow(
                () -> new IllegalArgumentException("the request has no img_width"));
        if (!(width > 0)) {
            throw new IllegalArgumentException("characterisation images need img_width > 0 degrees, got " + width);
        }
        // each reference image is a one-frame rotation dataset of one width
        this.plan = CollectionPlan.from(obj.with(RequestKeys.SWEEP_END, start + width), false);
    }

    @Override
    public void prepare(RoutineContext ctx) throws Exception {
        beamline(ctx);
        target = DataTarget.resolve(ctx, services.datasets(), REFERENCE_PREFIX + plan.filePrefix(), plan.fileNumberStart(),
                1, false);
        framesPerFile = services.datasets().framesPerDataFile(beamline.profile().detector().framesPerDataFile());
    }

    @Override
    public void run(RoutineContext ctx) throws Exception {
        ProgressReport whole = ProgressReport.whole(ctx, "characterize " + plan.filePrefix());
        BeamlinePreparation.apply(ctx, beamline, plan, services.settings(), whole);
        Centring.apply(ctx, beamline, whole, services.centrings());
        CharacterizationSettings cs = services.characterization();
        List<ReferenceImage> images = new ArrayList<>();
        for (int k = 0; k < 2; k++) {
            double omega = plan.sweepStart() + k * (cs.referenceGapDeg() + plan.width());
            DatasetPlanSpec spec = new DatasetPlanSpec(target.directory(), REFERENCE_PREFIX + plan.filePrefix(),
                    plan.fileNumberStart() + k, 1, omega, plan.width(), plan.period(), framesPerFile, null);
            ProgressReport progress = whole.part(k, 3, "reference image " + (k + 1) + " at omega "
                    + String.format(Locale.ROOT, "%.1f", omega));
            DatasetState state = new DatasetCollector(ctx, beamline, services).collect(spec, progress);
            AfterCollection.supplement(ctx, services, beamline, spec);
            progress.step("finding spots");
            FrameResult spots = ReferenceSpots.find(services.datasets(), state.masterFile(), 0);
            log.info("{}: {} spots, d_min {}", state.masterFile().getFileName(), spots.spotCount(), spots.dMin());
            images.add(new ReferenceImage(state.masterFile(), omega, spots));
        }
        ProgressReport strategyStep = whole.part(2, 3, "strategy");
        strategyStep.step("proposing a strategy with " + services.strategy().name());
        StrategyProposal proposal;
        try {
            proposal = services.strategy().propose(input(ctx, images));
        } catch (StrategyException e) {
            throw new CollectionException("characterisation found no strategy: " + e.getMessage(), e);
        }
        Path logFile = StrategyRecords.writeLog(target.directory(), proposal, images);
        Result result = StrategyRecords.storeResult(ctx, proposal, logFile);
        Request strategyRequest = StrategyRecords.newRequest(ctx, proposal);
        ctx.services().status().queueChanged();
        AfterCollection.experimentParameters(ctx, beamline);
        AfterCollection.governorIfLast(ctx, beamline, services.settings());
        finished = true;
        String done = String.format(Locale.ROOT, "characterize: %d spots, d_min %.2f A; strategy %.1f..%.1f deg by %.2f,"
                        + " %.1f mm (%.2f A): new request %s (unqueued), result %s", proposal.spots(), proposal.observedDMin(),
                proposal.start(), proposal.end(), proposal.width(), proposal.detDist(), proposal.resolution(),
                strategyRequest.uid(), result.uid());
        log.info(done);
        ctx.message(done);
    }

    private StrategyInput input(RoutineContext ctx, List<ReferenceImage> images) {
        DetectorSpec d = beamline.profile().detector();
        double radius = services.characterization().detectorRadiusMm() > 0 ? services.characterization().detectorRadiusMm()
                : Math.min(d.nx(), d.ny()) * d.pixelSizeMm() / 2;
        MotorLimits limits = beamline.detectorDistance().limits();
        return new StrategyInput(ctx.request().requestObj(), images, beamline.energy().wavelength(), radius, limits.low(),
                limits.high());
    }
}
