package org.lsdcfx.daq.routine.collect;

import org.lsdcfx.daq.routine.Protocol;
import org.lsdcfx.daq.routine.Routine;
import org.lsdcfx.daq.routine.RoutineRequest;

/** LSDC's {@code characterize}: reference images, spot finding, strategy, a new unqueued request. See {@link CharacterizeRoutine}. */
public final class CharacterizeProtocol implements Protocol {
    private final CollectionServices services;

    public CharacterizeProtocol(CollectionServices services) {
        this.services = services;
    }

    @Override
    public String name() {
        return "characterize";
    }

    @Override
    public String description() {
        return "two reference images 90 degrees apart, spot finding, a strategy and a new unqueued standard request";
    }

    @Override
    public Routine create(RoutineRequest request) {
        return new CharacterizeRoutine(services, request);
    }
}
