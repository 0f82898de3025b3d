package org.lsdcfx.datafiles.nxmx;

import java.util.List;

/**
 * What {@link NxmxBackend#supplement} did.
 *
 * @param added   NXmx paths written
 * @param kept    NXmx paths that the master already had, left as they were
 */
public record SupplementResult(List<String> added, List<String> kept) {
    public SupplementResult {
        added = List.copyOf(added);
        kept = List.copyOf(kept);
    }
}
