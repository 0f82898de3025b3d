package org.lsdcfx.daq.comm;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts {@code heartbeat} up once per period so that GUIs can tell a live server from a hung one, and runs
 * small housekeeping tasks on the same tick (dropping control held by departed clients). A failing task is
 * logged and does not stop the beat.
 */
public final class Heartbeat implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Heartbeat.class);
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "daq-heartbeat");
        t.setDaemon(true);
        return t;
    });
    private final AtomicInteger beat = new AtomicInteger();
    private final IntConsumer publish;
    private final List<Runnable> housekeeping;
    private final Duration period;

    public Heartbeat(Duration period, IntConsumer publish, List<Runnable> housekeeping) {
        this.period = period;
        this.publish = publish;
        this.housekeeping = List.copyOf(housekeeping);
    }

    public void start() {
        timer.scheduleAtFixedRate(this::tick, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void tick() {
        publish.accept(beat.incrementAndGet());
        for (Runnable task : housekeeping) {
            try {
                task.run();
            } catch (RuntimeException e) {
                log.warn("Heartbeat task failed", e);
            }
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
