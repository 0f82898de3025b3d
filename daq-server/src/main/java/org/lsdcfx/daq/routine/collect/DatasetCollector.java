package org.lsdcfx.daq.routine.collect;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.lsdcfx.daq.control.AbortedException;
import org.lsdcfx.daq.dataset.DatasetService;
import org.lsdcfx.daq.routine.RoutineContext;
import org.lsdcfx.datafiles.nxmx.DatasetResult;
import org.lsdcfx.datafiles.nxmx.DatasetState;
import org.lsdcfx.datafiles.nxmx.DatasetWriter;
import org.lsdcfx.datafiles.nxmx.EndInfo;
import org.lsdcfx.datafiles.nxmx.FrameSource;
import org.lsdcfx.datafiles.nxmx.NxmxException;
import org.lsdcfx.device.Beamline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Collects one dataset to completion, whatever interrupts it on the way. A new dataset is one detector series written
 * straight into its directory. A dataset that already has frames (resumed after an abort or a crash, or after a beam
 * loss during this run) continues from its first missing frame: the detector collects the rest into a scratch
 * directory, datafiles' resume appends those frames to the dataset as new data files (the frames already written are
 * not touched), and the scratch copy is removed once it is all in. A beam loss stops the series and, by policy, waits
 * for the beam and continues from the first frame taken after the loss, or fails the request saying where it stopped.
 * No dataset ends silently incomplete: either every frame is in and the master says complete, or this throws and the
 * master says incomplete.
 *
 * <p>Used on the routine's thread.
 */
final class DatasetCollector {
    private static final Logger log = LoggerFactory.getLogger(DatasetCollector.class);

    private final RoutineContext ctx;
    private final Beamline beamline;
    private final DatasetService datasets;
    private final CollectionSettings settings;
    private final DetectorSeries series;
    private final Clock clock;

    DatasetCollector(RoutineContext ctx, Beamline beamline, CollectionServices services) {
        this.ctx = ctx;
        this.beamline = beamline;
        this.datasets = services.datasets();
        this.settings = services.settings();
        this.series = new DetectorSeries(ctx, beamline, settings, services.parallel());
        this.clock = ctx.services().clock();
    }

    /**
     * Collects the dataset (or what is missing of it) and returns its final state, complete.
     *
     * @throws CollectionException when it cannot be completed (the master then says incomplete)
     */
    DatasetState collect(DatasetPlanSpec plan, ProgressReport progress)
            throws CollectionException, AbortedException, InterruptedException {
        Path master = plan.masterFile();
        if (!Files.exists(master)) {
            DetectorSeries.Result r = series.run(plan, plan.directory(), 0, plan.frames(), 0, progress);
            if (r.complete()) {
                return finalState(master);
            }
            String where = lossDescription(plan, r.trustedFrames());
            dropUntrustedFrames(master, r.trustedFrames(), where);
            afterBeamLoss(where, progress);
        }
        while (true) {
            DatasetState state = inspect(master);
            if (state.isComplete()) {
                return state;
            }
            int lost = continueDataset(plan, master, state.framesWritten(), progress);
            if (lost < 0) {
                return finalState(master);
            }
            afterBeamLoss(lossDescription(plan, lost), progress);
        }
    }

    /**
     * After a beam loss the master must not link frames taken without beam, whatever happens next (a wait, a failure,
     * an abort, a crash): the links from the data file holding the first untrusted frame on are removed (the files stay
     * on disk, untouched) and the master says incomplete with the reason.
     */
    private void dropUntrustedFrames(Path master, int trusted, String why) throws CollectionException {
        try {
            DatasetState state = datasets.inspect(master);
            if (state.framesWritten() <= trusted) {
                return;
            }
            DatasetWriter w = datasets.resume(master, trusted);
            abortQuietly(w, why + "; frames from " + (w.framesWritten() + 1) + " on are collected again");
        } catch (NxmxException e) {
            throw new CollectionException(why + "; the frames taken without beam could not be unlinked from "
                    + master.getFileName() + ": " + e.getMessage(), e);
        }
    }

    private static String lossDescription(DatasetPlanSpec plan, int trusted) {
        return "beam lost during " + plan.seriesName() + " after frame " + trusted + " of " + plan.frames();
    }

    /**
     * One continuation: resumes the dataset at {@code from} (or the start of the data file holding it), collects the rest
     * into a scratch directory and appends it.
     *
     * @return -1 when the dataset is complete, else the frames the dataset holds after a beam loss (those taken
     *         without beam are not added)
     */
    private int continueDataset(DatasetPlanSpec plan, Path master, int from, ProgressReport progress)
            throws CollectionException, AbortedException, InterruptedException {
        DatasetWriter writer;
        try {
            writer = datasets.resume(master, from);
        } catch (NxmxException e) {
            throw new CollectionException("the dataset " + master.getFileName() + " cannot be resumed: " + e.getMessage(), e);
        }
        int start = writer.framesWritten();
        log.info("{}: continuing from frame {} of {}", master, start + 1, plan.frames());
        ctx.message("continuing " + plan.seriesName() + " from frame " + (start + 1) + " of " + plan.frames());
        String outcome = "stopped";
        try {
            Path scratch = datasets.newScratchDirectory(plan.directory());
            DetectorSeries.Result r = series.run(plan, scratch, start, plan.frames() - start, start, progress);
            Path scratchMaster = scratch.resolve(master.getFileName());
            int copy = r.complete() ? plan.frames() - start : r.trustedFrames();
            progress.step("adding frames " + (start + 1) + ".." + (start + copy) + " to " + master.getFileName());
            DatasetState scratchState = copyFrames(scratchMaster, writer, copy);
            if (r.complete()) {
                DatasetResult result = writer.complete(EndInfo.at(clock.instant()));
                outcome = null;
                if (!result.isComplete()) {
                    throw new CollectionException(master.getFileName() + " is still incomplete after the continuation: "
                            + result.reason());
                }
                datasets.removeScratch(scratchMaster, scratchState.dataFiles());
                return -1;
            }
            outcome = lossDescription(plan, start + copy) + "; the rest is collected again";
            return start + copy;
        } catch (IOException e) {
            throw new CollectionException("cannot continue " + master.getFileName() + ": " + e.getMessage(), e);
        } catch (NxmxException e) {
            throw new CollectionException("cannot add the continued frames to " + master.getFileName() + ": "
                    + e.getMessage(), e);
        } catch (AbortedException e) {
            outcome = e.getMessage();
            throw e;
        } finally {
            if (outcome != null) {
                abortQuietly(writer, outcome);
            }
        }
    }

    /** Appends the first {@code count} frames of the scratch series to the dataset. */
    private DatasetState copyFrames(Path scratchMaster, DatasetWriter writer, int count) {
        DatasetState state = datasets.inspect(scratchMaster);
        if (state.framesWritten() < count) {
            throw new NxmxException("the continuation " + scratchMaster + " holds " + state.framesWritten()
                    + " frames, " + count + " were expected");
        }
        try (FrameSource frames = datasets.frames(scratchMaster)) {
            for (int i = 0; i < count; i++) {
                writer.append(frames.read(i));
            }
        }
        return state;
    }

    private void afterBeamLoss(String where, ProgressReport progress)
            throws CollectionException, AbortedException, InterruptedException {
        if (settings.beamLoss() == BeamLossPolicy.FAIL) {
            throw new CollectionException(where + "; the dataset is incomplete (its master says so); re-queue the request"
                    + " to collect the missing frames");
        }
        log.warn("{}: waiting for the beam", where);
        BeamWaiter.await(ctx, beamline.beamMonitor(), settings, progress, where);
    }

    private DatasetState inspect(Path master) throws CollectionException {
        try {
            return datasets.inspect(master);
        } catch (NxmxException e) {
            throw new CollectionException("cannot read the dataset back: " + e.getMessage(), e);
        }
    }

    private DatasetState finalState(Path master) throws CollectionException {
        DatasetState state = inspect(master);
        if (!state.isComplete()) {
            throw new CollectionException(master.getFileName() + " is " + state.status().label() + " with "
                    + state.framesWritten() + " of " + state.framesPlanned() + " frames"
                    + (state.reason().isEmpty() ? "" : ": " + state.reason()));
        }
        return state;
    }

    private static void abortQuietly(DatasetWriter writer, String reason) {
        try {
            writer.abort(reason);
        } catch (RuntimeException e) {
            log.warn("{}: could not be marked incomplete: {}", writer.masterFile(), e.getMessage());
        }
    }
}
