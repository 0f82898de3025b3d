package org.lsdcfx.gui.model;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries updates from PVA and store threads onto the FX thread, coalescing bursts (Phoebus
 * {@code UpdateThrottle} style): updates are keyed, a newer update replaces a pending one with the same key,
 * and all pending updates run together in one FX pulse, at most once per {@code period}. The first update after
 * a quiet period goes out at once; during a burst the FX thread sees one batch per period whatever the rate.
 *
 * <p>Thread-safe: {@code pending} and {@code lastFlush} are guarded by {@code lock}; {@link #submit} never
 * blocks. The updates themselves run on the {@code fx} executor ({@code Platform::runLater} in the application).
 */
public final class FxThrottle implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(FxThrottle.class);

    private final String name;
    private final long periodNanos;
    private final Executor fx;
    private final ScheduledExecutorService timer;
    private final LongSupplier nanoTime;
    private final Object lock = new Object();
    private Map<Object, Runnable> pending = new LinkedHashMap<>(); // guarded by lock
    private boolean scheduled;                                    // guarded by lock
    private long lastFlush;                                       // guarded by lock
    private boolean closed;                                       // guarded by lock

    /**
     * @param name   for log messages
     * @param period shortest time between two batches on the FX thread
     * @param fx     runs a batch on the FX thread
     * @param timer  delays batches; not shut down by this throttle
     */
    public FxThrottle(String name, Duration period, Executor fx, ScheduledExecutorService timer) {
        this(name, period, fx, timer, System::nanoTime);
    }

    FxThrottle(String name, Duration period, Executor fx, ScheduledExecutorService timer, LongSupplier nanoTime) {
        this.name = name;
        this.periodNanos = period.toNanos();
        this.fx = fx;
        this.timer = timer;
        this.nanoTime = nanoTime;
        this.lastFlush = nanoTime.getAsLong() - periodNanos;
    }

    /** Queues {@code update} to run on the FX thread, replacing a pending update with the same key. */
    public void submit(Object key, Runnable update) {
        synchronized (lock) {
            if (closed) {
                return;
            }
            pending.remove(key); // a replaced update runs in the position of the newest
            pending.put(key, update);
            if (scheduled) {
                return;
            }
            scheduled = true;
            long wait = Math.max(0, lastFlush + periodNanos - nanoTime.getAsLong());
            if (wait == 0) {
                fx.execute(this::flush);
            } else {
                timer.schedule(() -> fx.execute(this::flush), wait, TimeUnit.NANOSECONDS);
            }
        }
    }

    private void flush() {
        Map<Object, Runnable> batch;
        synchronized (lock) {
            batch = pending;
            pending = new LinkedHashMap<>();
            scheduled = false;
            lastFlush = nanoTime.getAsLong();
        }
        for (Runnable r : batch.values()) {
            try {
                r.run();
            } catch (RuntimeException e) {
                log.error("{}: an update failed: {}", name, e.toString(), e);
            }
        }
    }

    /** Drops pending updates and ignores new ones. */
    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            pending.clear();
        }
    }
}
