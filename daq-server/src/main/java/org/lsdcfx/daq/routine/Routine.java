package org.lsdcfx.daq.routine;

/**
 * One run of a protocol on one request, with explicit lifecycle steps (GDA {@code Scannable}/BEC scan-hook
 * style). The runner calls, on one thread (the serial command thread):
 * <ol>
 * <li>{@link #prepare}: check the request and get devices ready (move to start, set transmission); no exposure;</li>
 * <li>{@link #run}: do the work, calling {@link RoutineContext#checkpoint()} often (at least once per image,
 * row or step) and reporting {@link RoutineContext#progress};</li>
 * <li>{@link #onAbort} only if an abort or a failure ended 1 or 2: bring devices to a safe state (close the
 * shutter, disarm); must return in bounded time and must not wait on a PV that may never change;</li>
 * <li>{@link #cleanUp} always, last.</li>
 * </ol>
 * An exception from {@code prepare}/{@code run} fails the request with its message; an
 * {@link org.lsdcfx.daq.control.AbortedException} (from a checkpoint) interrupts it.
 */
public interface Routine {
    default void prepare(RoutineContext ctx) throws Exception {
    }

    void run(RoutineContext ctx) throws Exception;

    /** Safe state after an abort or a failure; exceptions are logged and ignored. */
    default void onAbort(RoutineContext ctx) {
    }

    /** Always called last; exceptions are logged and ignored. */
    default void cleanUp(RoutineContext ctx) {
    }
}
