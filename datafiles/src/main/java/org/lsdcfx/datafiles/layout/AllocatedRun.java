package org.lsdcfx.datafiles.layout;

import java.nio.file.Path;

/**
 * A run directory {@code <visit>/<prefix>/<run>} that this allocation created (so it was empty and nobody else has it).
 *
 * @param runNumber    the run number used
 * @param requestedRun the run number asked for; differs from {@code runNumber} when that one was taken
 * @param directory    the new run directory (real path)
 */
public record AllocatedRun(int runNumber, int requestedRun, Path directory) {
    /** Whether the requested run was taken and a later one was used. */
    public boolean moved() {
        return runNumber != requestedRun;
    }
}
