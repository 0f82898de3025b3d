package org.lsdcfx.daq.center;

import java.util.concurrent.atomic.AtomicReference;
import org.lsdcfx.daq.routine.Protocol;
import org.lsdcfx.daq.routine.Routine;
import org.lsdcfx.daq.routine.RoutineRequest;
import org.lsdcfx.daq.routine.center.LoopBox;
import org.lsdcfx.daq.routine.center.LoopCentring;

/**
 * Test protocol "loopCentreOnly": runs the optical loop centring and nothing else, so the test sees where it left
 * the goniometer (a collection would rotate omega on to its sweep) and the {@link LoopBox} it returned.
 */
final class LoopOnlyProtocol implements Protocol {
    static final String NAME = "loopCentreOnly";
    private final LoopCentring loop;
    final AtomicReference<LoopBox> last = new AtomicReference<>();

    LoopOnlyProtocol(LoopCentring loop) {
        this.loop = loop;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "test: optical loop centring only";
    }

    @Override
    public Routine create(RoutineRequest request) {
        return ctx -> last.set(loop.centre(ctx));
    }
}
