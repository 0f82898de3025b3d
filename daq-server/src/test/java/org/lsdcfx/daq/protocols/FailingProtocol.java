package org.lsdcfx.daq.protocols;

import org.lsdcfx.daq.routine.Protocol;
import org.lsdcfx.daq.routine.Routine;
import org.lsdcfx.daq.routine.RoutineContext;
import org.lsdcfx.daq.routine.RoutineRequest;

/** A test protocol whose run step fails with a known message. */
public final class FailingProtocol implements Protocol {
    public static final String MESSAGE = "simulated detector fault";
    private final ProtocolProbe probe;

    public FailingProtocol(ProtocolProbe probe) {
        this.probe = probe;
    }

    @Override
    public String name() {
        return "failing";
    }

    @Override
    public String description() {
        return "test: always fails";
    }

    @Override
    public Routine create(RoutineRequest request) {
        return new Routine() {
            @Override
            public void run(RoutineContext ctx) {
                throw new IllegalStateException(MESSAGE);
            }

            @Override
            public void onAbort(RoutineContext ctx) {
                probe.aborted.incrementAndGet();
            }

            @Override
            public void cleanUp(RoutineContext ctx) {
                probe.cleanedUp.incrementAndGet();
            }
        };
    }
}
