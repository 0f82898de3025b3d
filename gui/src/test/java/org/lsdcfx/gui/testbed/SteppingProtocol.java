package org.lsdcfx.gui.testbed;

import java.time.Duration;
import org.lsdcfx.daq.routine.Protocol;
import org.lsdcfx.daq.routine.Routine;
import org.lsdcfx.daq.routine.RoutineContext;
import org.lsdcfx.daq.routine.RoutineRequest;

/**
 * A test protocol standing in for a real one: {@code steps} steps of {@code stepTime} each, with a checkpoint
 * and a progress report after every step, so the GUI's progress bar, pause and abort have something to follow.
 */
public final class SteppingProtocol implements Protocol {
    private final String name;
    private final int steps;
    private final Duration stepTime;

    public SteppingProtocol(String name, int steps, Duration stepTime) {
        this.name = name;
        this.steps = steps;
        this.stepTime = stepTime;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return "test: " + steps + " steps of " + stepTime.toMillis() + " ms with progress";
    }

    @Override
    public Routine create(RoutineRequest request) {
        return ctx -> run(ctx);
    }

    private void run(RoutineContext ctx) throws Exception {
        for (int i = 1; i <= steps; i++) {
            ctx.waitUnlessAborted(stepTime);
            ctx.checkpoint();
            ctx.progress((double) i / steps, "step " + i + " of " + steps);
        }
    }
}
