package org.lsdcfx.amostra;

import java.util.List;
import java.util.Optional;

/**
 * What {@link QueueService#popNextRequest} found: the next request to run, an empty queue, or why the queue may
 * not run (the reason names the offending requests and samples, ready to show to the user).
 *
 * @param next      the next runnable request (RUNNABLE only)
 * @param reason    a sentence for the user (BLOCKED_* and EMPTY)
 * @param offending uids of the requests that block the queue (BLOCKED_* only)
 */
public record PopResult(Outcome outcome, QueueEntry next, String reason, List<String> offending) {
    public enum Outcome {
        /** {@code next} may run now. */
        RUNNABLE,
        /** Nothing queued (a running request is not "next"). */
        EMPTY,
        /** LSDC's guard: queued requests belong to more than one proposal. */
        BLOCKED_PROPOSALS,
        /** LSDC's guard: a queued request writes outside this server's visit directory. */
        BLOCKED_VISIT_DIRECTORY
    }

    public PopResult {
        offending = List.copyOf(offending);
    }

    static PopResult runnable(QueueEntry next) {
        return new PopResult(Outcome.RUNNABLE, next, null, List.of());
    }

    static PopResult empty(String reason) {
        return new PopResult(Outcome.EMPTY, null, reason, List.of());
    }

    static PopResult blocked(Outcome outcome, String reason, List<String> offending) {
        return new PopResult(outcome, null, reason, offending);
    }

    public boolean isRunnable() {
        return outcome == Outcome.RUNNABLE;
    }

    public boolean isBlocked() {
        return outcome == Outcome.BLOCKED_PROPOSALS || outcome == Outcome.BLOCKED_VISIT_DIRECTORY;
    }

    /** The next runnable request, if any. */
    public Optional<Request> request() {
        return Optional.ofNullable(next).map(QueueEntry::request);
    }
}
