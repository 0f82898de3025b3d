package org.lsdcfx.daq.routine.collect;

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
 * <p>The device layer moves motors at the profile speed and has no velocity control, so a rotation is one move from
 * the first frame's start to the last frame's end, started with the detector's trigger; the master's omega (and
 * {@code sam_x/y/z}) series are the planned positions, as the Eiger header gives them. With velocity control in the
 * devices module this class is where omega gets speed = width / period. Wedged vectors step to the next point as the
 * detector's frame counter enters the next wedge.
 *
 * <p>Used on the routine's thread only.
 */
final class SampleMotion {
    private final Goniometer gonio;
    private final Beamline beamline;
    private final DatasetPlanSpec plan;
    /** The latest move of each axis: a wedge step re-targets an axis, and only its last target counts. */
    private final Map<String, CompletableFuture<Double>> moves = new LinkedHashMap<>();
    private int wedge = -1;

    SampleMotion(Beamline beamline, DatasetPlanSpec plan) {
        this.beamline = beamline;
        this.gonio = beamline.goniometer();
        this.plan = plan;
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

    /** Starts the motion through frames {@code first} .. {@code first + count − 1} (does not wait). */
    void start(int first, int count) {
        moves.clear();
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

    private CompletableFuture<Double> move(Motor motor, double target) {
        return Moves.start(beamline, motor, target);
    }
}
