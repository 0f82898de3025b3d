package org.lsdcfx.daq.protocols;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** What test routines did, for assertions (thread-safe). */
public final class ProtocolProbe {
    public final AtomicInteger created = new AtomicInteger();
    public final AtomicInteger prepared = new AtomicInteger();
    public final AtomicInteger stepsDone = new AtomicInteger();
    public final AtomicInteger aborted = new AtomicInteger();
    public final AtomicInteger cleanedUp = new AtomicInteger();
    /** System.nanoTime() when run() last started. */
    public final AtomicLong runStartedNanos = new AtomicLong();
    /** System.nanoTime() when an abort was last seen (onAbort). */
    public final AtomicLong abortSeenNanos = new AtomicLong();
    public final List<String> requestUids = new CopyOnWriteArrayList<>();
}
