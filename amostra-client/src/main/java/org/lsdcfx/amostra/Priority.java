package org.lsdcfx.amostra;

/**
 * LSDC's request priorities ({@code collection_priorities.rst}), kept as the queue's ordering key so that LSDC
 * tools read the same queue. The explicit {@link RequestStatus} says which of the states sharing a value applies.
 */
public final class Priority {
    /** The request being collected now. */
    public static final int RUNNING = 99999;
    /** A newly queued request. */
    public static final int DEFAULT_QUEUED = 5000;
    /** LSDC's priority for multi-crystal child requests. */
    public static final int MULTI_CRYSTAL_CHILD = 6000;
    /** In the tree but not queued (unchecked box). */
    public static final int UNQUEUED = 0;
    /** Finished: done, failed or skipped. */
    public static final int FINISHED = -1;

    private Priority() {
    }

    /** True for priorities that put a request in the queue waiting to run (above 0, not running). */
    public static boolean isQueued(int priority) {
        return priority > UNQUEUED && priority != RUNNING;
    }

    /** True for a priority a user may give a request: 0 (unqueued) or a queue position between 1 and 99998. */
    public static boolean isAssignable(int priority) {
        return priority >= UNQUEUED && priority < RUNNING;
    }
}
