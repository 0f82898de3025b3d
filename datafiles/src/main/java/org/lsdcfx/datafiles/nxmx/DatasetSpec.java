package org.lsdcfx.datafiles.nxmx;

import java.time.Instant;

/**
 * Everything needed to open a dataset: the plan of its files and frames, the beamline metadata (resolved from the
 * beamline's {@link NxmxFieldMap}) and the start time of the collection.
 */
public record DatasetSpec(DatasetPlan plan, NxmxMetadata metadata, Instant startTime) {
    public DatasetSpec {
        if (plan == null || metadata == null || startTime == null) {
            throw new NxmxException("a dataset spec needs its plan, metadata and start time");
        }
    }
}
