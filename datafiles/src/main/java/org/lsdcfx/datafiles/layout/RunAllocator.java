package org.lsdcfx.datafiles.layout;

import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses the run directory {@code <visit>/<prefix>/<run>} of a collection. A run is claimed by creating its directory
 * (which fails if the name exists), so an existing directory is never reused and two allocations can never get the
 * same run, even across processes. LSDC's run number is the sample's {@code request_count}; when that directory
 * exists (an earlier collection, a reset counter, a copy), the policy decides between the next free number and a
 * refusal.
 *
 * <p>Thread-safe: it holds configuration only.
 */
public final class RunAllocator {
    /** LSDC's File Number Start field allows 1..99999; run numbers use the same range. */
    public static final int DEFAULT_MAX_RUN = 99_999;
    private static final Logger LOG = LoggerFactory.getLogger(RunAllocator.class);

    private final RunPolicy policy;
    private final int maxRun;

    public RunAllocator(RunPolicy policy, int maxRun) {
        if (policy == null) {
            throw new IllegalArgumentException("a run policy is required");
        }
        if (maxRun < 1) {
            throw new IllegalArgumentException("the maximum run number must be at least 1, got " + maxRun);
        }
        this.policy = policy;
        this.maxRun = maxRun;
    }

    public RunAllocator(RunPolicy policy) {
        this(policy, DEFAULT_MAX_RUN);
    }

    public RunPolicy policy() {
        return policy;
    }

    /**
     * Claims the run directory for {@code prefix}, starting at {@code requestedRun}. The prefix directory is created
     * when missing.
     *
     * @throws DataLayoutException {@link Refusal#INVALID_RUN}, {@link Refusal#RUN_EXISTS} (policy
     *                             {@link RunPolicy#FAIL_IF_EXISTS}), {@link Refusal#NO_FREE_RUN}, or a confinement refusal
     */
    public AllocatedRun allocate(VisitDirectory visit, FilePrefix prefix, int requestedRun) {
        if (requestedRun < 1 || requestedRun > maxRun) {
            throw new DataLayoutException(Refusal.INVALID_RUN, "run number " + requestedRun + " is outside 1.." + maxRun);
        }
        Path prefixDir = visit.createDirectories(Path.of(prefix.value()));
        for (int run = requestedRun; run <= maxRun; run++) {
            try {
                Path dir = visit.createNewDirectory(prefixDir.resolve(Integer.toString(run)));
                if (run != requestedRun) {
                    LOG.info("Run {} of prefix {} in {} exists; using run {}", requestedRun, prefix, visit.root(), run);
                }
                return new AllocatedRun(run, requestedRun, dir);
            } catch (DataLayoutException e) {
                if (e.refusal() != Refusal.FILE_EXISTS) {
                    throw e;
                }
                if (policy == RunPolicy.FAIL_IF_EXISTS) {
                    throw new DataLayoutException(Refusal.RUN_EXISTS, "run " + run + " of prefix '" + prefix
                            + "' already exists in " + prefixDir + "; it is never reused (policy FAIL_IF_EXISTS: "
                            + "choose another run or prefix)", e);
                }
            }
        }
        throw new DataLayoutException(Refusal.NO_FREE_RUN, "every run from " + requestedRun + " to " + maxRun
                + " of prefix '" + prefix + "' exists in " + prefixDir);
    }
}
