package org.lsdcfx.daq.protocols;

import org.lsdcfx.daq.routine.Protocol;
import org.lsdcfx.daq.routine.Routine;
import org.lsdcfx.daq.routine.RoutineContext;
import org.lsdcfx.daq.routine.RoutineRequest;

/** A test protocol that finishes at once, recording when it started (latency measurements). */
public final class InstantProtocol implements Protocol {
    private final String name;
    private final ProtocolProbe probe;

    public InstantProtocol(String name, ProtocolProbe probe) {
        this.name = name;
        this.probe = probe;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return "test: does nothing, at once";
    }

    @Override
    public Routine create(RoutineRequest request) {
        probe.created.incrementAndGet();
        probe.requestUids.add(request.uid());
        return new Routine() {
            @Override
            public void prepare(RoutineContext ctx) {
                probe.prepared.incrementAndGet();
            }

            @Override
            public void run(RoutineContext ctx) {
                probe.runStartedNanos.set(System.nanoTime());
                probe.stepsDone.incrementAndGet();
            }

            @Override
            public void cleanUp(RoutineContext ctx) {
                probe.cleanedUp.incrementAndGet();
            }
        };
    }
}
