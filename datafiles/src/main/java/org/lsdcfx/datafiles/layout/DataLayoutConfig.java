package org.lsdcfx.datafiles.layout;

import java.nio.file.Path;
import java.util.List;

/**
 * Configuration of a {@link DataLayout}.
 *
 * @param basePath             the current visit base path (LSDC {@code visitDirectory}); absolute
 * @param runPolicy            what to do when a run directory exists
 * @param maxRun               highest run number handed out
 * @param createVisitDirectory create {@code <basePath>/<visit>} when missing (a simulator or a test); on a facility
 *                             system the visit directories exist and a missing one is an error
 * @param commissioningRoots   roots under which a request may name another base path, as LSDC allows for paths with
 *                             a {@code commissioning} component (PR #397); empty refuses every other base path
 */
public record DataLayoutConfig(Path basePath, RunPolicy runPolicy, int maxRun, boolean createVisitDirectory,
                               List<Path> commissioningRoots) {
    public DataLayoutConfig {
        if (basePath == null || !basePath.isAbsolute()) {
            throw new IllegalArgumentException("the data base path must be absolute, got " + basePath);
        }
        if (runPolicy == null) {
            throw new IllegalArgumentException("a run policy is required");
        }
        commissioningRoots = List.copyOf(commissioningRoots == null ? List.of() : commissioningRoots);
    }

    /** Next free run, the default maximum, the visit directory created when missing, no commissioning roots. */
    public static DataLayoutConfig of(Path basePath) {
        return new DataLayoutConfig(basePath, RunPolicy.NEXT_FREE, RunAllocator.DEFAULT_MAX_RUN, true, List.of());
    }

    public DataLayoutConfig withRunPolicy(RunPolicy policy) {
        return new DataLayoutConfig(basePath, policy, maxRun, createVisitDirectory, commissioningRoots);
    }

    public DataLayoutConfig withCommissioningRoots(List<Path> roots) {
        return new DataLayoutConfig(basePath, runPolicy, maxRun, createVisitDirectory, roots);
    }
}
