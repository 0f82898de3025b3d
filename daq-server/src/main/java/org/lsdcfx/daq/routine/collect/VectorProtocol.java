package org.lsdcfx.daq.routine.collect;

import org.lsdcfx.daq.routine.Protocol;
import org.lsdcfx.daq.routine.Routine;
import org.lsdcfx.daq.routine.RoutineRequest;

/**
 * LSDC's {@code vector}: a rotation while the sample moves from {@code vectorParams.vecStart} to {@code vecEnd}, in
 * {@code fpp} wedges; the master records the sample position of every frame. See {@link RotationRoutine}.
 */
public final class VectorProtocol implements Protocol {
    private final CollectionServices services;

    public VectorProtocol(CollectionServices services) {
        this.services = services;
    }

    @Override
    public String name() {
        return "vector";
    }

    @Override
    public String description() {
        return "rotation with the sample translating along a vector (fpp wedges), NXmx with per-frame sample positions";
    }

    @Override
    public Routine create(RoutineRequest request) {
        return new RotationRoutine(services, request, true);
    }
}
