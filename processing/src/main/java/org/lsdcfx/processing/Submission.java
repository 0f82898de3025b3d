package org.lsdcfx.processing;

/**
 * What {@link ProcessingService#onDatasetComplete} decided, immediately.
 *
 * @param kind   SUBMITTED: an outcome will follow through the callback; SKIPPED: the dataset does not qualify;
 *               REJECTED: it qualifies but the queue is full or the service closed
 * @param reason a sentence for the log
 */
public record Submission(Kind kind, String reason) {
    public enum Kind { SUBMITTED, SKIPPED, REJECTED }

    public static Submission submitted(String reason) {
        return new Submission(Kind.SUBMITTED, reason);
    }

    public static Submission skipped(String reason) {
        return new Submission(Kind.SKIPPED, reason);
    }

    public static Submission rejected(String reason) {
        return new Submission(Kind.REJECTED, reason);
    }

    public boolean submitted() {
        return kind == Kind.SUBMITTED;
    }
}
