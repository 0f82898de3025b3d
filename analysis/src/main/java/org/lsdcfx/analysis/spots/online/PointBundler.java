package org.lsdcfx.analysis.spots.online;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.lsdcfx.analysis.spots.FrameResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pairs each raster point's spot-finding result with its motor coordinates, BEC-style: a {@link CellResult} is emitted
 * for a point id only when both halves are in, whichever comes first. A point still missing a half {@code timeout}
 * after its first half arrived is emitted as {@link CellResult.Status#TIMED_OUT} with what it has; if the missing half
 * turns up later, the point is emitted again as {@link CellResult.Status#LATE} with both. Nothing is dropped: on
 * {@link #close()} every pending point is emitted as timed out.
 *
 * <p>Threading: all methods are thread-safe. State is guarded by {@code this}; the listener is called outside the
 * lock, on the thread that delivered the completing half (or the scheduler thread, for timeouts), so cells of
 * different points may reach it concurrently and in any order. A listener exception is logged and does not affect
 * the bundler. Time comes from the injected {@link Clock}; overdue points are swept every {@code sweepInterval} by
 * the injected scheduler, or whenever {@link #expireOverdue()} is called.
 *
 * @param <C> the type of the motor coordinates
 */
public final class PointBundler<C> implements AutoCloseable {

    /** Receives finished cells. */
    @FunctionalInterface
    public interface Listener<C> {
        void onCell(CellResult<C> cell);
    }

    private static final Logger LOG = LoggerFactory.getLogger(PointBundler.class);

    private final String name;
    private final Duration timeout;
    private final Clock clock;
    private final Listener<C> listener;
    private final ScheduledFuture<?> sweeper;

    // all guarded by this
    private final Map<Integer, Pending<C>> pending = new HashMap<>();
    private final Map<Integer, Pending<C>> timedOut = new HashMap<>();
    private final Set<Integer> done = new HashSet<>();
    private boolean closed;

    /**
     * @param name          names the bundle in logs (e.g. the raster request uid)
     * @param timeout       how long a point may wait for its second half
     * @param clock         source of time for timeouts
     * @param scheduler     runs the periodic sweep for overdue points; not owned (not shut down by close)
     * @param sweepInterval how often the scheduler sweeps
     * @param listener      receives each cell
     */
    public PointBundler(String name, Duration timeout, Clock clock, ScheduledExecutorService scheduler,
                        Duration sweepInterval, Listener<C> listener) {
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, got " + timeout);
        }
        if (sweepInterval == null || sweepInterval.isNegative() || sweepInterval.isZero()) {
            throw new IllegalArgumentException("sweep interval must be positive, got " + sweepInterval);
        }
        if (clock == null || scheduler == null || listener == null) {
            throw new IllegalArgumentException("clock, scheduler and listener are required");
        }
        this.name = name;
        this.timeout = timeout;
        this.clock = clock;
        this.listener = listener;
        long tick = sweepInterval.toNanos();
        this.sweeper = scheduler.scheduleWithFixedDelay(this::sweep, tick, tick, TimeUnit.NANOSECONDS);
    }

    /** The spot-finding result of point {@code pointId}. */
    public void acceptSpots(int pointId, FrameResult result) {
        if (result == null) {
            throw new IllegalArgumentException("spot result for point " + pointId + " is null");
        }
        accept(pointId, Pending::hasSpotHalf, p -> p.spots = result, "spot result");
    }

    /** Spot finding of point {@code pointId} failed: this fills the spot half with the failure. */
    public void acceptSpotFailure(int pointId, Throwable cause) {
        String why = cause == null ? "unknown error" : cause.toString();
        accept(pointId, Pending::hasSpotHalf, p -> p.failure = why, "spot result");
    }

    /** The motor coordinates of point {@code pointId}. */
    public void acceptCoordinates(int pointId, C coordinates) {
        if (coordinates == null) {
            throw new IllegalArgumentException("coordinates for point " + pointId + " are null");
        }
        accept(pointId, p -> p.coordinates != null, p -> p.coordinates = coordinates, "coordinates");
    }

    /** Emits every point whose timeout has expired; returns how many. */
    public int expireOverdue() {
        List<CellResult<C>> out = new ArrayList<>();
        synchronized (this) {
            Instant now = clock.instant();
            for (Iterator<Map.Entry<Integer, Pending<C>>> it = pending.entrySet().iterator(); it.hasNext(); ) {
                Map.Entry<Integer, Pending<C>> e = it.next();
                if (!now.isBefore(e.getValue().firstArrival.plus(timeout))) {
                    it.remove();
                    timedOut.put(e.getKey(), e.getValue());
                    out.add(e.getValue().toCell(e.getKey(), CellResult.Status.TIMED_OUT));
                }
            }
        }
        emit(out);
        return out.size();
    }

    /** Points holding one half and not yet timed out. */
    public synchronized int pendingCount() {
        return pending.size();
    }

    /** Stops the sweep and emits every pending point as timed out. Later halves are refused. */
    @Override
    public void close() {
        sweeper.cancel(false);
        List<CellResult<C>> out = new ArrayList<>();
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            pending.forEach((id, p) -> out.add(p.toCell(id, CellResult.Status.TIMED_OUT)));
            timedOut.putAll(pending);
            pending.clear();
        }
        if (!out.isEmpty()) {
            LOG.warn("bundle {} closed with {} incomplete points, emitted as timed out", name, out.size());
        }
        emit(out);
    }

    private void accept(int pointId, Predicate<Pending<C>> alreadyHas, Consumer<Pending<C>> fill, String what) {
        CellResult<C> cell;
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("bundle " + name + " is closed: " + what + " for point " + pointId + " refused");
            }
            if (done.contains(pointId)) {
                throw new IllegalStateException("bundle " + name + ": point " + pointId + " is already complete; second "
                        + what + " refused");
            }
            Pending<C> late = timedOut.get(pointId);
            Pending<C> p = late != null ? late : pending.get(pointId);
            if (p != null && alreadyHas.test(p)) {
                throw new IllegalStateException("bundle " + name + ": point " + pointId + " already has its " + what);
            }
            if (p == null) {
                p = new Pending<>(clock.instant());
                fill.accept(p);
                pending.put(pointId, p);
                return;
            }
            fill.accept(p);
            if (late != null) {
                timedOut.remove(pointId);
                LOG.info("bundle {}: point {} completed after its timeout", name, pointId);
            } else {
                pending.remove(pointId);
            }
            done.add(pointId);
            cell = p.toCell(pointId, late != null ? CellResult.Status.LATE : CellResult.Status.COMPLETE);
        }
        emit(List.of(cell));
    }

    private void sweep() {
        try {
            expireOverdue();
        } catch (RuntimeException e) { // keep the periodic task alive
            LOG.error("bundle {}: timeout sweep failed", name, e);
        }
    }

    private void emit(List<CellResult<C>> cells) {
        for (CellResult<C> c : cells) {
            try {
                listener.onCell(c);
            } catch (RuntimeException e) {
                LOG.error("bundle {}: listener failed on point {}", name, c.pointId(), e);
            }
        }
    }

    /** One point's halves so far; guarded by the bundler's lock. */
    private static final class Pending<C> {
        final Instant firstArrival;
        FrameResult spots;
        String failure;
        C coordinates;

        Pending(Instant firstArrival) {
            this.firstArrival = firstArrival;
        }

        boolean hasSpotHalf() {
            return spots != null || failure != null;
        }

        CellResult<C> toCell(int id, CellResult.Status status) {
            return new CellResult<>(id, status, spots, failure, coordinates);
        }
    }
}
