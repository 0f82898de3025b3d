package org.lsdcfx.datafiles.nxmx;

import java.time.Instant;

/** What is known when a collection ends: for now its end time ({@code /entry/end_time}). */
public record EndInfo(Instant endTime) {
    public EndInfo {
        if (endTime == null) {
            throw new NxmxException("the end time is required");
        }
    }

    public static EndInfo at(Instant endTime) {
        return new EndInfo(endTime);
    }
}
