package org.lsdcfx.daq.routine.collect;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.lsdcfx.daq.control.AbortedException;
import org.lsdcfx.daq.routine.RoutineContext;
import org.lsdcfx.device.Beamline;
import org.lsdcfx.device.DeviceException;
import org.lsdcfx.device.detector.ArmRequest;
import org.lsdcfx.device.detector.Detector;
import org.lsdcfx.device.detector.DetectorState;
import org.lsdcfx.device.detector.DetectorStatus;
import org.lsdcfx.device.governor.Governor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One detector series of a dataset (LSDC's {@code zebraDaqBluesky}): omega (and the vector) to the first frame, arm the
 * detector while the governor goes to DA (in parallel), open the shutter, trigger, move the goniometer through the
 * series, follow the frame counter (progress, time left, beam, stalls), close the shutter. A series that does not end
 * complete is stopped (detector disarmed, motion stopped, shutter closed): its files then say incomplete.
 *
 * <p>Used on the routine's thread; the governor transition runs on the collection executor meanwhile.
 */
final class DetectorSeries {
    private static final Logger log = LoggerFactory.getLogger(DetectorSeries.class);
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(10);

    /** How a series ended when it did not fail. */
    record Result(boolean complete, int framesWritten, int framesAtBeamLoss) {
        /** Frames before the beam loss that are trusted (the one in flight when it was noticed is not). */
        int trustedFrames() {
            return complete ? framesWritten : Math.max(0, framesAtBeamLoss - 1);
        }
    }

    private final RoutineContext ctx;
    private final Beamline beamline;
    private final CollectionSettings settings;
    private final ExecutorService parallel;

    DetectorSeries(RoutineContext ctx, Beamline beamline, CollectionSettings settings, ExecutorService parallel) {
        this.ctx = ctx;
        this.beamline = beamline;
        this.settings = settings;
        this.parallel = parallel;
    }

    /**
     * Collects frames {@code first} .. {@code first + count − 1} of {@code plan} into {@code directory} (the dataset's,
     * or a continuation's scratch directory).
     *
     * @param done frames of the dataset already collected before this series (for progress)
     * @throws CollectionException when a device fails or the detector stops early (the series is stopped first)
     */
    Result run(DatasetPlanSpec plan, Path directory, int first, int count, int done, ProgressReport progress)
            throws CollectionException, AbortedException, InterruptedException {
        Detector detector = beamline.detector();
        SampleMotion motion = new SampleMotion(beamline, plan, settings.deviceTimeout());
        motion.checkSpeeds(first, count);
        progress.step("moving to omega " + round(plan.omega(first)));
        motion.toStart(first);
        ctx.checkpoint();
        ArmRequest arm = new ArmRequest(count, plan.exposure(), plan.period(), plan.seriesName(), directory.toString(),
                plan.framesPerFile(), beamline.energy().energy(), beamline.detectorDistance().position(),
                plan.omega(first), plan.width());
        progress.step("arming the detector for " + count + " frames; governor to " + settings.collectState());
        armWithGovernor(detector, arm);
        boolean complete = false;
        boolean aborted = false;
        try (BeamWatch beam = new BeamWatch(beamline.beamMonitor(), () -> (int) detector.framesWritten())) {
            beamline.fastShutter().open(settings.deviceTimeout());
            // The motion first, then at once the trigger: the simulator (and an IOC) handles the two writes in turn,
            // so omega and the detector start together and frame k sees omega k·width past the start.
            motion.start(first, count);
            detector.trigger(settings.deviceTimeout());
            Result r = follow(plan, detector, motion, beam, first, count, done, progress);
            if (r.complete()) {
                motion.finish();
                complete = true;
            }
            return r;
        } catch (AbortedException | InterruptedException e) {
            aborted = true;
            throw e;
        } finally {
            closeShutter();
            if (!complete) {
                stop(detector, motion, !aborted);
            }
            motion.restoreSpeeds(); // after the stop: a motor still under way must not speed up to its target
        }
    }

    private Result follow(DatasetPlanSpec plan, Detector detector, SampleMotion motion, BeamWatch beam, int first, int count,
                          int done, ProgressReport progress)
            throws CollectionException, AbortedException, InterruptedException {
        long start = System.nanoTime();
        long lastChange = start;
        long stallNanos = settings.stallTimeout().toNanos() + (long) (plan.period() * 1e9);
        int last = -1;
        while (true) {
            DetectorStatus status = detector.status();
            int written = (int) Math.min(status.framesWritten(), count);
            long now = System.nanoTime();
            if (written != last) {
                last = written;
                lastChange = now;
                motion.onFrames(first + written);
                double elapsed = (now - start) / 1e9;
                double left = written == 0 ? (count * plan.period()) : elapsed / written * (count - written);
                progress.frames(done + written, plan.frames(), left);
            }
            if (status.state() == DetectorState.ERROR) {
                throw new CollectionException("the detector failed after " + written + " of " + count + " frames: "
                        + status.message());
            }
            // Before the end of the series: a detector that finished its frames after the beam went (before the stop
            // reached it) has frames without beam, which a complete result would let through.
            if (beam.lost() && beam.framesAtLoss() < count) {
                log.warn("{}: beam lost after {} of {} frames", plan.seriesName(), beam.framesAtLoss(), count);
                return new Result(false, written, beam.framesAtLoss());
            }
            if (status.state() == DetectorState.IDLE) {
                return ended(detector, count, written);
            }
            if (now - lastChange > stallNanos) {
                throw new CollectionException("the detector wrote no frame for " + settings.stallTimeout().toSeconds()
                        + " s (stuck at " + written + " of " + count + ")");
            }
            ctx.waitUnlessAborted(settings.poll());
        }
    }

    /** The detector is idle: complete if every frame is counted (the counter may trail the state by an update). */
    private Result ended(Detector detector, int count, int written) throws CollectionException {
        if (written >= count) {
            return new Result(true, count, -1);
        }
        try {
            detector.awaitFrames(count, Duration.ofSeconds(2));
            return new Result(true, count, -1);
        } catch (DeviceException e) {
            DetectorStatus s = detector.status();
            throw new CollectionException("the detector stopped after " + s.framesWritten() + " of " + count + " frames"
                    + (s.message().isEmpty() ? "" : ": " + s.message()));
        }
    }

    /** Arms while the governor moves to the collection state; both must succeed. */
    private void armWithGovernor(Detector detector, ArmRequest arm) throws CollectionException {
        Governor governor = beamline.governor();
        CompletableFuture<Void> gov = governor.state().equals(settings.collectState())
                ? CompletableFuture.completedFuture(null)
                : CompletableFuture.runAsync(() -> governor.transitionTo(settings.collectState(), settings.deviceTimeout()),
                parallel);
        DeviceException armFailure = null;
        try {
            detector.arm(arm, settings.deviceTimeout());
        } catch (DeviceException e) {
            armFailure = e;
        }
        try {
            gov.get(settings.deviceTimeout().toMillis() + 5000, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (armFailure == null) {
                detector.disarm();
            }
            throw new CollectionException("the governor did not reach " + settings.collectState() + ": "
                    + (e.getCause() == null ? e : e.getCause().getMessage()), e.getCause());
        } catch (TimeoutException e) {
            throw new CollectionException("the governor did not reach " + settings.collectState() + " in time", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CollectionException("interrupted while the governor moved", e);
        }
        if (armFailure != null) {
            throw new CollectionException("the detector could not be armed: " + armFailure.getMessage(), armFailure);
        }
    }

    private void closeShutter() {
        try {
            beamline.fastShutter().close(Duration.ofSeconds(2));
        } catch (DeviceException e) {
            log.warn("fast shutter did not close: {}", e.getMessage());
        }
    }

    /** Stops an unfinished series; bounded. Waits for the detector to close its files unless aborting. */
    private void stop(Detector detector, SampleMotion motion, boolean waitForFiles) {
        try {
            detector.disarm();
        } catch (DeviceException e) {
            log.warn("detector disarm failed: {}", e.getMessage());
        }
        motion.stop();
        if (waitForFiles) {
            try {
                detector.awaitIdle(CLOSE_WAIT);
            } catch (DeviceException e) {
                log.warn("the detector did not report idle after the disarm: {}", e.getMessage());
            }
        }
    }

    private static String round(double v) {
        return String.format("%.2f", v);
    }
}
