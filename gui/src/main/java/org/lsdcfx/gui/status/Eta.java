package org.lsdcfx.gui.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.lsdcfx.amostra.RequestObj;
import org.lsdcfx.gui.util.Sweeps;

/**
 * Progress arithmetic for the status strip: time left of the running request from its progress, frames done, and
 * an estimate for the whole queue. Pure.
 */
public final class Eta {
    /** Assumed time per request besides exposing (mount, centring, detector arming), for the queue estimate. */
    public static final Duration OVERHEAD_PER_REQUEST = Duration.ofSeconds(30);

    private Eta() {
    }

    /**
     * Time left, extrapolating the elapsed time linearly: elapsed × (100 − p) / p. Empty before any progress or
     * without a start time.
     *
     * @param percent      0..100
     * @param startSeconds epoch seconds the request started
     */
    public static Optional<Duration> timeLeft(double percent, double startSeconds, Instant now) {
        if (!(percent > 0) || !(startSeconds > 0)) {
            return Optional.empty();
        }
        double elapsed = Math.max(0, now.toEpochMilli() / 1000.0 - startSeconds);
        double left = elapsed * (100 - Math.min(100, percent)) / percent;
        return Optional.of(Duration.ofMillis(Math.round(left * 1000)));
    }

    /** Frames done of {@code total} at {@code percent}. */
    public static long framesDone(double percent, long total) {
        return Math.max(0, Math.min(total, Math.round(total * Math.min(100, Math.max(0, percent)) / 100.0)));
    }

    /** Expected duration of a request that has not started: its exposure plus {@link #OVERHEAD_PER_REQUEST}. */
    public static Duration estimate(RequestObj o) {
        return Duration.ofMillis(Math.round(Sweeps.exposureSeconds(o) * 1000)).plus(OVERHEAD_PER_REQUEST);
    }

    /** The whole queue: what is left of the running request plus the estimates of the waiting ones. */
    public static Duration queue(Optional<Duration> currentLeft, List<RequestObj> waiting) {
        Duration d = currentLeft.orElse(Duration.ZERO);
        for (RequestObj o : waiting) {
            d = d.plus(estimate(o));
        }
        return d;
    }
}
