package org.lsdcfx.amostra;

import java.util.Comparator;

/**
 * One request in a dewar's queue with its sample and where that sample sits.
 */
public record QueueEntry(Request request, Sample sample, SampleLocation location) {
    /** Queue order: priority (highest first), then dewar position (slot, then pin), then creation time. */
    public static final Comparator<QueueEntry> ORDER = Comparator
            .comparingInt((QueueEntry e) -> -e.request().priority())
            .thenComparingInt(e -> e.location().dewarOrder())
            .thenComparingDouble(e -> e.request().time())
            .thenComparing(e -> e.request().uid());

    public String requestUid() {
        return request.uid();
    }
}
