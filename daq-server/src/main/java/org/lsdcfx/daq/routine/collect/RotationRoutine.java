package org.lsdcfx.daq.routine.collect;

import java.util.Locale;
import org.lsdcfx.daq.routine.RoutineContext;
import org.lsdcfx.daq.routine.RoutineRequest;
import org.lsdcfx.datafiles.nxmx.DatasetState;
import org.lsdcfx.datafiles.nxmx.NxmxException;
import org.lsdcfx.device.Beamline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A rotation (or stills) dataset, plain ({@code standard}) or with the sample translating along a vector
 * ({@code vector}): LSDC §2.0–2.2. Prepare claims the data directory (or finds the request's interrupted dataset) and
 * records it on the request; run sets up the beamline, centres (standard), collects the dataset to completion (resuming
 * what exists, riding out beam losses by policy), completes the master with the server's fields, stores
 * {@code mxExpParams}, returns the governor to SA when no other request waits for the sample and hands the dataset to
 * auto-processing.
 */
final class RotationRoutine extends CollectionRoutine {
    private static final Logger log = LoggerFactory.getLogger(RotationRoutine.class);
    private final CollectionPlan plan;
    private final String name;
    private DataTarget target;
    private DatasetPlanSpec spec;

    RotationRoutine(CollectionServices services, RoutineRequest request, boolean vector) {
        super(services);
        this.plan = CollectionPlan.from(request.requestObj(), vector); // a bad request fails before anything moves
        this.name = vector ? "vector" : "standard";
    }

    @Override
    public void prepare(RoutineContext ctx) throws Exception {
        Beamline b = beamline(ctx);
        SampleMotion.checkFlyable(b, plan, services.settings().deviceTimeout());
        target = DataTarget.resolve(ctx, services.datasets(), plan.filePrefix(), plan.fileNumberStart(), plan.images(), true);
        spec = new DatasetPlanSpec(target.directory(), plan.filePrefix(), plan.fileNumberStart(), plan.images(),
                plan.sweepStart(), plan.width(), plan.period(),
                services.datasets().framesPerDataFile(b.profile().detector().framesPerDataFile()), plan.vector());
        if (target.resuming()) {
            checkResumable(ctx);
        }
    }

    /** A recorded dataset must be the one this request plans (the same frames at the same angles). */
    private void checkResumable(RoutineContext ctx) throws CollectionException {
        DatasetState state;
        try {
            state = services.datasets().inspect(target.master());
        } catch (NxmxException e) {
            throw new CollectionException("the request's dataset " + target.master() + " cannot be read to resume it: "
                    + e.getMessage(), e);
        }
        if (state.framesPlanned() != plan.images() || Math.abs(state.plan().scan().omegaStart() - plan.sweepStart()) > 1e-6
                || Math.abs(state.plan().scan().omegaIncrement() - plan.width()) > 1e-9) {
            throw new CollectionException("the request was changed since its dataset " + target.master().getFileName()
                    + " was started (" + state.framesPlanned() + " frames from " + state.plan().scan().omegaStart()
                    + " by " + state.plan().scan().omegaIncrement() + " deg); it cannot be resumed: make a new request");
        }
        ctx.message(name + ": resuming " + target.master().getFileName() + " (" + state.framesWritten() + " of "
                + state.framesPlanned() + " frames, " + state.status().label() + ")");
    }

    @Override
    public void run(RoutineContext ctx) throws Exception {
        ProgressReport progress = ProgressReport.whole(ctx, name + " " + spec.seriesName());
        BeamlinePreparation.apply(ctx, beamline, plan, services.settings(), progress);
        if (plan.vector() == null) {
            Centring.apply(ctx, beamline, progress, services.centrings());
        }
        DatasetState state = new DatasetCollector(ctx, beamline, services).collect(spec, progress);
        progress.step("completing " + spec.masterFile().getFileName());
        AfterCollection.supplement(ctx, services, beamline, spec);
        AfterCollection.recordDataset(ctx, state);
        AfterCollection.experimentParameters(ctx, beamline);
        AfterCollection.governorIfLast(ctx, beamline, services.settings());
        finished = true;
        if (plan.width() > 0) {
            AfterCollection.process(ctx, services, state, plan.width());
        }
        String done = String.format(Locale.ROOT, "%s: %s complete, %d frames%s", name, state.masterFile(),
                state.framesWritten(), state.resumes() > 0 ? " (resumed " + state.resumes() + " time(s))" : "");
        log.info(done);
        ctx.message(done);
    }

    @Override
    public void cleanUp(RoutineContext ctx) {
        super.cleanUp(ctx);
        if (!finished && target != null && java.nio.file.Files.isRegularFile(target.master())) {
            try {
                AfterCollection.recordDataset(ctx, services.datasets().inspect(target.master()));
            } catch (RuntimeException e) {
                log.warn("the dataset record of request {} was not updated: {}", ctx.request().uid(), e.getMessage());
            }
        }
    }
}
