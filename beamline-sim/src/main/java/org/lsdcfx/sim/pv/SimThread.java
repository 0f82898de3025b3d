package org.lsdcfx.sim.pv;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The single thread that owns all simulated state. PV write handlers hand their work to it with {@link #call} and
 * wait, so every device's state is confined to this thread and needs no locks. Delays are given in simulated
 * seconds and scaled by the time-scale factor ({@code realSeconds = simSeconds * timeScale}).
 */
public final class SimThread implements AutoCloseable {
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(5);

    private final ScheduledExecutorService executor;
    private final double timeScale;
    private volatile Thread thread;

    public SimThread(String name, double timeScale) {
        if (!(timeScale > 0) || Double.isInfinite(timeScale)) {
            throw new IllegalArgumentException("time scale must be > 0, was " + timeScale);
        }
        this.timeScale = timeScale;
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            thread = t;
            return t;
        });
    }

    /** Real seconds per simulated second. */
    public double timeScale() {
        return timeScale;
    }

    public boolean isSimThread() {
        return Thread.currentThread() == thread;
    }

    /** Runs {@code work} on the sim thread and returns its result; exceptions are rethrown as they are. */
    public <T> T call(Callable<T> work) throws Exception {
        if (isSimThread()) {
            return work.call();
        }
        Future<T> f = executor.submit(work);
        try {
            return f.get(CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception ex) {
                throw ex;
            }
            throw e;
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new IllegalStateException("simulator thread did not answer within " + CALL_TIMEOUT, e);
        }
    }

    /** Runs {@code work} on the sim thread without waiting. */
    public void execute(Runnable work) {
        executor.execute(work);
    }

    /** Runs {@code work} on the sim thread after {@code simSeconds} of simulated time. */
    public ScheduledFuture<?> after(double simSeconds, Runnable work) {
        long nanos = Math.max(0, Math.round(simSeconds * timeScale * 1e9));
        return executor.schedule(work, nanos, TimeUnit.NANOSECONDS);
    }

    /**
     * Runs {@code work} again {@code realPeriod} of real time after each run ends (the physics tick; it measures the
     * real time that passed, so a late tick simply covers more simulated time). Not at a fixed rate: a tick that takes
     * longer than the period (cameras re-rendering every tick while a motor moves at a fast time scale) would then run
     * back to back, and the PV writes queued behind it (a disarm, a stop) would wait until the motion ended.
     */
    public ScheduledFuture<?> every(Duration realPeriod, Runnable work) {
        return executor.scheduleWithFixedDelay(work, realPeriod.toNanos(), realPeriod.toNanos(), TimeUnit.NANOSECONDS);
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
