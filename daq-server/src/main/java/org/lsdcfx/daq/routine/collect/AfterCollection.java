package org.lsdcfx.daq.routine.collect;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.lsdcfx.amostra.Request;
import org.lsdcfx.analysisstore.ResultContext;
import org.lsdcfx.analysisstore.payload.MxExpParams;
import org.lsdcfx.analysisstore.payload.ResultTypes;
import org.lsdcfx.daq.dataset.ServerFields;
import org.lsdcfx.daq.routine.RoutineContext;
import org.lsdcfx.daq.routine.RoutineRequest;
import org.lsdcfx.datafiles.nxmx.DatasetState;
import org.lsdcfx.datafiles.nxmx.NxmxException;
import org.lsdcfx.datafiles.nxmx.SupplementResult;
import org.lsdcfx.device.Beamline;
import org.lsdcfx.device.DeviceException;
import org.lsdcfx.device.governor.Governor;
import org.lsdcfx.processing.CompletedDataset;
import org.lsdcfx.processing.Submission;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What follows a collected dataset (LSDC {@code collectData} 6–8): the master completed with the server's fields, the
 * request's dataset record, the {@code mxExpParams} result, the governor back to SA when no other request waits for
 * the sample, and the auto-processing hook. Failures of the optional steps are reported, never fatal. Used on the
 * routine's thread.
 */
final class AfterCollection {
    private static final Logger log = LoggerFactory.getLogger(AfterCollection.class);

    private AfterCollection() {
    }

    /** Adds the server's fields (and a vector's sample positions) to the master the detector wrote. */
    static void supplement(RoutineContext ctx, CollectionServices services, Beamline b, DatasetPlanSpec spec) {
        RoutineRequest r = ctx.request();
        Map<String, Object> values = ServerFields.values(r.requestObj(), r.sample().name(), b, spec.exposure(), spec.period());
        String unit = b.goniometer().x().units();
        try {
            SupplementResult s = services.datasets().supplement(spec.masterFile(), values, spec.positions(unit));
            log.info("{}: server fields added {}", spec.masterFile(), s.added());
        } catch (NxmxException e) {
            // not fatal: the frames and the detector's header are there (e.g. the jhdf fallback cannot modify files)
            log.warn("{}: the server's fields could not be added, the dataset is kept without them: {}",
                    spec.masterFile(), e.getMessage());
            ctx.message("the NXmx master " + spec.masterFile().getFileName() + " lacks the server's fields (sample name, "
                    + "flux, transmission, ...): " + e.getMessage());
        }
    }

    /** The request's dataset record after the collection. */
    static void recordDataset(RoutineContext ctx, DatasetState state) {
        RequestRecords.update(ctx.services().amostra(), ctx.request().uid(), Map.of(RequestRecords.DATASET,
                RequestRecords.dataset(state.masterFile().toString(), state.status().label(), state.framesWritten(),
                        state.framesPlanned())));
    }

    /** LSDC's {@code logMxRequestParams}: the request as collected, the transmission read back, the flux at the sample. */
    static void experimentParameters(RoutineContext ctx, Beamline b) {
        Request request = ctx.services().amostra().requests().get(ctx.request().uid());
        double transmission = Math.max(0, Math.min(1, b.transmission().readback()));
        double flux = Math.max(0, b.beamMonitor().flux() * transmission);
        ctx.services().analysisStore().create(context(ctx), ResultTypes.MX_EXP_PARAMS,
                new MxExpParams(RequestRecords.document(request.requestObj().asMap()), transmission, flux));
    }

    static ResultContext context(RoutineContext ctx) {
        Request r = ctx.request().request();
        String owner = r.owner() == null || r.owner().isBlank() ? ctx.request().sample().owner() : r.owner();
        return ResultContext.forRequest(owner, ctx.request().sample().uid(), r.uid(), r.proposalID());
    }

    /** Governor back to SA (LSDC {@code lastOnSample}) when no other request of this sample is queued. */
    static void governorIfLast(RoutineContext ctx, Beamline b, CollectionSettings settings) {
        List<Request> active = ctx.services().amostra().requests().queuedForSamples(List.of(ctx.request().sample().uid()));
        if (active.stream().anyMatch(Request::isQueued)) { // the running request itself does not count
            return;
        }
        toAlign(b.governor(), settings);
    }

    /** Governor from the collection state back to alignment, if it is there; bounded, failures logged. */
    static void toAlign(Governor governor, CollectionSettings settings) {
        try {
            if (governor.state().equals(settings.collectState()) && governor.canReach(settings.alignState())) {
                governor.transitionTo(settings.alignState(), settings.deviceTimeout());
            }
        } catch (DeviceException e) {
            log.warn("the governor did not go back to {}: {}", settings.alignState(), e.getMessage());
        }
    }

    /** Offers the dataset to the auto-processing hook (never blocks or throws). */
    static Submission process(RoutineContext ctx, CollectionServices services, DatasetState state, double width) {
        RoutineRequest r = ctx.request();
        Path visit = ctx.services().visitDirectory();
        Submission s = services.processing().submit(new CompletedDataset(r.uid(), r.sample().uid(), r.protocol(),
                state.masterFile(), visit, width, state.framesWritten(), r.requestObj().fastDP()),
                ctx.services().analysisStore(), context(ctx));
        log.info("Request {}: processing {}: {}", r.uid(), s.kind(), s.reason());
        return s;
    }
}
