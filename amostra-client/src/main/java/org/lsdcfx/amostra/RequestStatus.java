package org.lsdcfx.amostra;

import java.util.Locale;

/**
 * Explicit request state (beyond LSDC, whose only state is the priority). Stored lower-case in the request's
 * {@code status} field; documents written by LSDC have no such field and get the status their priority implies.
 */
public enum RequestStatus {
    QUEUED, UNQUEUED, RUNNING, DONE, FAILED, SKIPPED, INTERRUPTED;

    /** The value stored in the document. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The priority this status keeps the request at (a queued request keeps its own positive priority). */
    public int priorityFor(int queuedPriority) {
        return switch (this) {
            case QUEUED -> queuedPriority;
            case RUNNING -> Priority.RUNNING;
            case UNQUEUED, INTERRUPTED -> Priority.UNQUEUED;
            case DONE, FAILED, SKIPPED -> Priority.FINISHED;
        };
    }

    /** True once the request has ended and will not run again unless re-queued. */
    public boolean isFinished() {
        return this == DONE || this == FAILED || this == SKIPPED;
    }

    /** The status LSDC's priority alone implies (for documents written by LSDC). */
    public static RequestStatus impliedBy(int priority) {
        if (priority == Priority.RUNNING) {
            return RUNNING;
        }
        if (priority > 0) {
            return QUEUED;
        }
        return priority == 0 ? UNQUEUED : DONE;
    }

    /** Parses a stored value; an absent or unknown value falls back to what the priority implies. */
    public static RequestStatus fromWire(String value, int priority) {
        if (value != null) {
            for (RequestStatus s : values()) {
                if (s.wire().equals(value)) {
                    return s;
                }
            }
        }
        return impliedBy(priority);
    }
}
