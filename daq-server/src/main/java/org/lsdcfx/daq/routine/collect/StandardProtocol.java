package org.lsdcfx.daq.routine.collect;

import org.lsdcfx.daq.routine.Protocol;
import org.lsdcfx.daq.routine.Routine;
import org.lsdcfx.daq.routine.RoutineRequest;

/** LSDC's {@code standard}: a rotation dataset, or stills when {@code img_width} is 0. See {@link RotationRoutine}. */
public final class StandardProtocol implements Protocol {
    private final CollectionServices services;

    public StandardProtocol(CollectionServices services) {
        this.services = services;
    }

    @Override
    public String name() {
        return "standard";
    }

    @Override
    public String description() {
        return "rotation (or stills) dataset into NXmx files, resumable, with auto-processing";
    }

    @Override
    public Routine create(RoutineRequest request) {
        return new RotationRoutine(services, request, false);
    }
}
