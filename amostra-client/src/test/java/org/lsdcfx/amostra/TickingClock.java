package org.lsdcfx.amostra;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/** A test clock that moves one millisecond forward on every reading, so creation times are distinct and ordered. */
final class TickingClock extends Clock {
    private final AtomicLong millis; // shared by every reader; atomic

    TickingClock(long startMillis) {
        this.millis = new AtomicLong(startMillis);
    }

    TickingClock() {
        this(1_700_000_000_000L);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public long millis() {
        return millis.incrementAndGet();
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(millis());
    }
}
