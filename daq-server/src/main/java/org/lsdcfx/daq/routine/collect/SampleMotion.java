package org.lsdcfx.daq.routine.collect;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.lsdcfx.datafiles.nxmx.Vector3;
import org.lsdcfx.device.Beamline;
import org.lsdcfx.device.motor.Goniometer;
import org.lsdcfx.device.motor.Motor;

/**
 * Moves the goniometer for a series: omega (and for a vector the sample X/Y/Z) to where the first frame starts, then
 * through the series while the detector takes its frames.
 *
 * <p>A rotation is flown as LSDC flies it: one move from the first frame's start to the last frame's end with omega at
 * width / period, started together with the detector's trigger, so that frame k is taken while omega turns through
 * start + k·width .. start + (k+1)·width. A continuous vector moves its X/Y/Z axes in the same time, each at its own
 * speed, so they arrive with omega. The speeds are checked against the motors' maxima before anything moves
 * ({@link #checkSpeeds}) and the previous speeds are put back when the series ends, whichever way
 * ({@link #restoreSpeeds}). The master's omega (and {@code sam_x/y/z}) series are the planned positions, as the Eiger
 * header gives them. Wedged vectors step to the next point (at the motors' own speed) as the detector's frame counter
 * enters the next wedge.
 *
 * <p>Used on the routine's thread only.
 */
final class SampleMotion {
    private final Goniometer gonio;
    private final Beamline beamline;
    private final DatasetPlanSpec plan;
    /** The latest move of each axis: a wedge step re-targets an axis, and only its last target counts. */
    private final Map<String, CompletableFuture<Double>> moves = new LinkedHashMap<>();
    private final Duration deviceTimeout;
    private int wedge = -1;
    private SweepSpeeds speeds;

    SampleMotion(Beamline beamline, DatasetPlanSpec plan, Duration deviceTimeout) {
        this.beamline = beamline;
        this.gonio = beamline.goniometer();
        this.plan = plan;
        this.deviceTimeout = deviceTimeout;
    }

    /**
     * Works out the speeds of the sweep through frames {@code first} .. {@code first + count − 1}: omega at
     * width / period, a continuous vector's axes at their travel over the sweep's time ({@code count × period}).
     *
     * @throws CollectionException if a motor would have to go faster than it can (nothing has moved)
     */
    void checkSpeeds(int first, int count) throws CollectionException {
        Map<Motor, Double> wanted = new LinkedHashMap<>();
        double seconds = count * plan.period();
        int end = first + count;
        if (plan.width() != 0) {
            wanted.put(gonio.omega(), Math.abs(plan.omega(end) - plan.omega(first)) / seconds);
        }
        VectorPath v = plan.vector();
        if (v != null && v.wedges() <= 1) {
            Vector3 from = v.at(first, plan.frames());
            Vector3 to = v.endOf(end, plan.frames());
            axisSpeed(wanted, gonio.x(), to.x() - from.x(), seconds);
            axisSpeed(wanted, gonio.y(), to.y() - from.y(), seconds);
            axisSpeed(wanted, gonio.z(), to.z() - from.z(), seconds);
        }
        speeds = SweepSpeeds.check(wanted, plan.seriesName() + " (" + count + " frames of " + plan.width() + " deg every "
                + plan.period() + " s)", deviceTimeout);
    }

    /**
     * {@link #checkSpeeds} for the whole of {@code plan}, before a directory is claimed or anything moves (the request
     * then fails at once, saying which motor is too slow for it).
     */
    static void checkFlyable(Beamline beamline, CollectionPlan plan, Duration deviceTimeout) throws CollectionException {
        DatasetPlanSpec whole = new DatasetPlanSpec(null, plan.filePrefix(), plan.fileNumberStart(), plan.images(),
                plan.sweepStart(), plan.width(), plan.period(), 1, plan.vector());
        new SampleMotion(beamline, whole, deviceTimeout).checkSpeeds(0, plan.images());
    }

    private static void axisSpeed(Map<Motor, Double> wanted, Motor axis, double travel, double seconds) {
        if (Math.abs(travel) > 1e-9) { // an axis that stays put keeps its speed
            wanted.put(axis, Math.abs(travel) / seconds);
        }
    }

    /** Puts back the speeds {@link #start} changed (never throws; a failure is logged). */
    void restoreSpeeds() {
        if (speeds != null) {
            speeds.restore();
        }
    }

    /** Moves to where frame {@code first} starts and waits there. */
    void toStart(int first) throws CollectionException {
        List<CompletableFuture<Double>> started = new ArrayList<>();
        started.add(move(gonio.omega(), plan.omega(first)));
        if (plan.vector() != null) {
            Vector3 p = plan.vector().at(first, plan.frames());
            started.addAll(moveXyz(p));
            wedge = plan.vector().wedgeOf(first, plan.frames());
        }
        Moves.await(started, "moving to the start of frame " + (first + 1));
    }

    /**
     * Sets the sweep's speeds and starts the motion through frames {@code first} .. {@code first + count − 1} (does not
     * wait for it). {@link #checkSpeeds} must have been called for the same frames.
     */
    void start(int first, int count) throws CollectionException {
        if (speeds == null) {
            throw new IllegalStateException("checkSpeeds before start");
        }
        moves.clear();
        speeds.apply();
        int end = first + count;
        if (plan.width() != 0) {
            track(gonio.omega(), plan.omega(end));
        }
        if (plan.vector() != null && plan.vector().wedges() <= 1) {
            trackXyz(plan.vector().endOf(end, plan.frames()));
        }
    }

    /** The detector has written up to frame {@code nextFrame} (exclusive, dataset numbering): steps wedges. */
    void onFrames(int nextFrame) {
        VectorPath v = plan.vector();
        if (v == null || v.wedges() <= 1) {
            return;
        }
        int frame = Math.min(nextFrame, plan.frames() - 1); // the counter may jump: go to the latest frame's wedge
        int w = v.wedgeOf(frame, plan.frames());
        if (w != wedge) {
            wedge = w;
            trackXyz(v.at(frame, plan.frames()));
        }
    }

    /** Waits for the motion started for a complete series to end. */
    void finish() throws CollectionException {
        Moves.await(new ArrayList<>(moves.values()), "finishing the goniometer motion");
        moves.clear();
    }

    /** Stops every axis (bounded; does not wait). */
    void stop() {
        gonio.stopAll();
        moves.clear();
    }

    private void track(Motor motor, double target) {
        moves.put(motor.name(), move(motor, target));
    }

    private void trackXyz(Vector3 p) {
        track(gonio.x(), p.x());
        track(gonio.y(), p.y());
        track(gonio.z(), p.z());
    }

    private List<CompletableFuture<Double>> moveXyz(Vector3 p) {
        return List.of(move(gonio.x(), p.x()), move(gonio.y(), p.y()), move(gonio.z(), p.z()));
    }

    /** A move at the sweep's speed for that motor if it has one, else at the profile speed. */
    private CompletableFuture<Double> move(Motor motor, double target) {
        Double speed = speeds == null ? null : speeds.speedOf(motor);
        return speed == null ? Moves.start(beamline, motor, target) : Moves.start(motor, target, speed);
    }
}
