package org.lsdcfx.datafiles.layout;

import java.nio.file.Path;

/**
 * A freshly created, empty data directory {@code <basePath>/<visit>/<prefix>/<run>/<puck>_<pin>/}.
 *
 * @param visit     the visit directory it is confined to
 * @param prefix    the validated file prefix
 * @param run       the run that was claimed for it
 * @param puck      the puck name
 * @param pin       the pin position, 1-based
 * @param directory the directory itself (real path, inside the visit)
 */
public record DataDirectory(VisitDirectory visit, FilePrefix prefix, AllocatedRun run, String puck, int pin, Path directory) {
    public int runNumber() {
        return run.runNumber();
    }
}
