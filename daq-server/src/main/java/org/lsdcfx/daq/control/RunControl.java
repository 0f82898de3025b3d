package org.lsdcfx.daq.control;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * The run state machine and its pause/abort flags, in one guarded place. The serial executor brackets each
 * serial command with {@link #begin}/{@link #end}; immediate commands call {@link #pause}, {@link #resume},
 * {@link #stopAfterRequest}, {@link #abort}; running routines call {@link #checkpoint()} and the request queue
 * calls {@link #awaitRequestBoundary()} between requests.
 *
 * <p>Thread-safe: every field is guarded by {@code lock}; waiting threads are woken on every transition.
 * Listeners run on the thread that made the transition, while the lock is held, so they see transitions in
 * order; they must be quick and must not call back into this object.
 */
public final class RunControl {
    /** A consistent view of the state for publishing. */
    public record Snapshot(RunState state, AfterRequest afterRequest) {
        /** The {@code queue_state} text, e.g. "Collecting (pause after this request)". */
        public String label() {
            return afterRequest == AfterRequest.CONTINUE ? state.label() : state.label() + " (" + afterRequest.label() + ")";
        }
    }

    /** Told of every transition. */
    @FunctionalInterface
    public interface Listener {
        void changed(Snapshot snapshot);
    }

    private final Object lock = new Object();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    // Guarded by lock.
    private RunState state = RunState.IDLE;
    private AfterRequest after = AfterRequest.CONTINUE;
    private boolean pausedAtBoundary;
    private String abortReason = "";

    public void addListener(Listener l) {
        listeners.add(l);
        synchronized (lock) {
            l.changed(snapshotLocked());
        }
    }

    public Snapshot snapshot() {
        synchronized (lock) {
            return snapshotLocked();
        }
    }

    public RunState state() {
        synchronized (lock) {
            return state;
        }
    }

    /**
     * Starts serial work: IDLE to COLLECTING (request queue) or BUSY (anything else).
     *
     * @throws IllegalStateException if something else runs (the serial executor runs one thing at a time, so
     *                               this means a bug)
     */
    public void begin(boolean collecting) {
        synchronized (lock) {
            if (state != RunState.IDLE) {
                throw new IllegalStateException("cannot start while " + state.label());
            }
            after = AfterRequest.CONTINUE;
            abortReason = "";
            move(collecting ? RunState.COLLECTING : RunState.BUSY);
        }
    }

    /** Ends serial work, whatever state it ended in: back to IDLE. */
    public void end() {
        synchronized (lock) {
            after = AfterRequest.CONTINUE;
            pausedAtBoundary = false;
            move(RunState.IDLE);
        }
    }

    /**
     * Holds the request queue at its next checkpoint.
     *
     * @throws IllegalStateException with the reason when there is nothing to pause
     */
    public void pause() {
        synchronized (lock) {
            requireCollecting("pause");
            if (state == RunState.PAUSED) {
                throw new IllegalStateException("already paused");
            }
            move(RunState.PAUSED);
        }
    }

    /** Holds the request queue before its next request (the current one finishes first). */
    public void pauseAfterRequest() {
        synchronized (lock) {
            requireCollecting("pause");
            after = AfterRequest.PAUSE;
            move(state);
        }
    }

    /** Ends the request queue after the current request (LSDC {@code stopDCQueue(2)}). */
    public void stopAfterRequest() {
        synchronized (lock) {
            requireCollecting("stop");
            after = AfterRequest.STOP;
            move(state);
        }
    }

    /**
     * Releases a pause, or cancels a deferred pause that has not happened yet.
     *
     * @throws IllegalStateException when nothing is paused or about to pause
     */
    public void resume() {
        synchronized (lock) {
            if (state == RunState.PAUSED) {
                move(RunState.COLLECTING);
            } else if (state == RunState.COLLECTING && after == AfterRequest.PAUSE) {
                after = AfterRequest.CONTINUE;
                move(state);
            } else {
                throw new IllegalStateException("nothing is paused (" + state.label() + ")");
            }
        }
    }

    /**
     * Requests an abort: the running work unwinds at its next checkpoint, and waits for pauses end at once.
     *
     * @return true if some work was running (now ABORTING), false if the server was idle or already aborting
     */
    public boolean abort(String reason) {
        synchronized (lock) {
            if (!state.isAbortable()) {
                return false;
            }
            abortReason = reason;
            after = AfterRequest.CONTINUE;
            move(RunState.ABORTING);
            return true;
        }
    }

    /** Why the running work is being aborted ("aborted by alice@ws1"), or "" when it is not. */
    public String abortReason() {
        synchronized (lock) {
            return state == RunState.ABORTING ? abortReason : "";
        }
    }

    /** True once an abort was requested for the running work. */
    public boolean isAborting() {
        synchronized (lock) {
            return state == RunState.ABORTING;
        }
    }

    /**
     * Called often by running work: returns at once when running, waits while paused, throws once aborted.
     *
     * @throws AbortedException if an abort was requested (also while waiting)
     * @throws InterruptedException if the thread is interrupted while paused
     */
    public void checkpoint() throws AbortedException, InterruptedException {
        synchronized (lock) {
            while (state == RunState.PAUSED) {
                lock.wait();
            }
            throwIfAborting();
        }
    }

    /**
     * Called by the request queue between requests. Applies a deferred pause (waiting here until continued) or
     * a stop.
     *
     * @return true to go on with the next request, false to end the queue
     * @throws AbortedException if an abort was requested
     */
    public boolean awaitRequestBoundary() throws AbortedException, InterruptedException {
        synchronized (lock) {
            throwIfAborting();
            if (after == AfterRequest.STOP) {
                after = AfterRequest.CONTINUE;
                move(state);
                return false;
            }
            if (after == AfterRequest.PAUSE) {
                after = AfterRequest.CONTINUE;
                move(RunState.PAUSED);
            }
            pausedAtBoundary = state == RunState.PAUSED;
            try {
                while (state == RunState.PAUSED) {
                    lock.wait();
                    if (after == AfterRequest.STOP) { // a stop while held between requests ends the queue now
                        after = AfterRequest.CONTINUE;
                        move(RunState.COLLECTING);
                        return false;
                    }
                }
            } finally {
                pausedAtBoundary = false;
            }
            throwIfAborting();
            return true;
        }
    }

    /**
     * Waits up to {@code duration}, returning early (by exception) on abort; pauses do not stop the clock.
     * For simulated work and settling delays, never for synchronisation.
     */
    public void waitUnlessAborted(Duration duration) throws AbortedException, InterruptedException {
        long deadline = System.nanoTime() + duration.toNanos();
        synchronized (lock) {
            throwIfAborting();
            long left;
            while ((left = deadline - System.nanoTime()) > 0) {
                TimeUnit.NANOSECONDS.timedWait(lock, left);
                throwIfAborting();
            }
        }
    }

    /**
     * Waits until no serial work runs (state IDLE).
     *
     * @return false if still busy after {@code timeout}
     */
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            long left;
            while (state != RunState.IDLE) {
                left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(lock, left);
            }
            return true;
        }
    }

    /** True while held between two requests (as opposed to inside a routine). */
    public boolean isPausedAtBoundary() {
        synchronized (lock) {
            return pausedAtBoundary;
        }
    }

    private void requireCollecting(String what) {
        if (!state.isCollecting()) {
            throw new IllegalStateException("nothing to " + what + ": the request queue is not running (" + state.label() + ")");
        }
    }

    private void throwIfAborting() throws AbortedException {
        if (state == RunState.ABORTING) {
            throw new AbortedException(abortReason.isEmpty() ? "aborted" : abortReason);
        }
    }

    private void move(RunState next) {
        state = next;
        lock.notifyAll();
        Snapshot s = snapshotLocked();
        for (Listener l : listeners) {
            l.changed(s);
        }
    }

    private Snapshot snapshotLocked() {
        return new Snapshot(state, after);
    }
}
