package org.lsdcfx.daq.protocols;

import java.time.Duration;
import org.lsdcfx.daq.routine.Protocol;
import org.lsdcfx.daq.routine.Routine;
import org.lsdcfx.daq.routine.RoutineContext;
import org.lsdcfx.daq.routine.RoutineRequest;
import org.lsdcfx.device.motor.Motor;

/**
 * A test protocol that rotates the simulated omega by {@code stepDegrees} in each of {@code steps} steps,
 * passing a checkpoint and reporting progress after each: long enough to pause, continue and abort.
 */
public final class SleepyProtocol implements Protocol {
    private final int steps;
    private final double stepDegrees;
    private final ProtocolProbe probe;

    public SleepyProtocol(int steps, double stepDegrees, ProtocolProbe probe) {
        this.steps = steps;
        this.stepDegrees = stepDegrees;
        this.probe = probe;
    }

    @Override
    public String name() {
        return "sleepy";
    }

    @Override
    public String description() {
        return "test: rotates omega step by step";
    }

    @Override
    public Routine create(RoutineRequest request) {
        probe.created.incrementAndGet();
        probe.requestUids.add(request.uid());
        return new Routine() {
            private Motor omega;
            private double start;
            private double direction;

            @Override
            public void prepare(RoutineContext ctx) throws Exception {
                omega = ctx.services().beamline().require().goniometer().omega();
                start = omega.position();
                direction = start > 0 ? -1 : 1; // stays inside the limits however often tests run it
                probe.prepared.incrementAndGet();
            }

            @Override
            public void run(RoutineContext ctx) throws Exception {
                probe.runStartedNanos.set(System.nanoTime());
                for (int i = 1; i <= steps; i++) {
                    omega.moveAndWait(start + direction * i * stepDegrees, Duration.ofSeconds(60));
                    probe.stepsDone.incrementAndGet();
                    ctx.progress((double) i / steps, "step " + i + " of " + steps);
                    ctx.checkpoint();
                }
            }

            @Override
            public void onAbort(RoutineContext ctx) {
                probe.abortSeenNanos.set(System.nanoTime());
                probe.aborted.incrementAndGet();
            }

            @Override
            public void cleanUp(RoutineContext ctx) {
                probe.cleanedUp.incrementAndGet();
            }
        };
    }
}
