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
    private final double mechanismScale;
    private volatile Thread thread;

    public SimThread(String name, double timeScale) {
        this(name, timeScale, 1);
    }

    /**
     * @param mechanismScale factor on the durations of {@link #mechanism} work (robot, governor, attenuator), on top of
     *                       {@code timeScale}; 1 for all of the beamline on one clock
     */
    public SimThread(String name, double timeScale, double mechanismScale) {
        if (!(timeScale > 0) || Double.isInfinite(timeScale)) {
            throw new IllegalArgumentException("time scale must be > 0, was " + timeScale);
        }
        if (!(mechanismScale > 0) || mechanismScale > 1) {
            throw new IllegalArgumentException("mechanism time scale must be in (0, 1], was " + mechanismScale);
        }
        this.timeScale = timeScale;
        this.mechanismScale = mechanismScale;
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

    /**
     * Runs {@code work} on the sim thread when a mechanism's action of {@code simSeconds} ends (a mount, a governor
     * transition, a filter change): {@link #after} shortened by the mechanism scale.
     */
    public ScheduledFuture<?> mechanism(double simSeconds, Runnable work) {
        return after(simSeconds * mechanismScale, work);
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
