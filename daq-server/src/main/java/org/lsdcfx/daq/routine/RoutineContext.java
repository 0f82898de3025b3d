package org.lsdcfx.daq.routine;

import java.time.Duration;
import org.lsdcfx.daq.control.AbortedException;

/**
 * What a running routine may use: its request, the server's services, the pause/abort checkpoint and progress
 * reporting. Used on the routine's thread only.
 */
public interface RoutineContext {
    RoutineRequest request();

    RoutineServices services();

    /**
     * Returns at once while running, waits while paused, throws once an abort is requested. Call it between
     * steps (each image, row, motor move).
     */
    void checkpoint() throws AbortedException, InterruptedException;

    /** True once an abort is requested (for code that cannot throw, such as callbacks). */
    boolean isAborting();

    /**
     * Reports progress: {@code fraction} of the work done (0 to 1) and what is happening now. Published on
     * {@code state_percent} and {@code current_request}.
     */
    void progress(double fraction, String what);

    /** A line on {@code message_string}. */
    void message(String text);

    /** Waits up to {@code duration}, ended early by an abort (simulated exposure, settling). */
    void waitUnlessAborted(Duration duration) throws AbortedException, InterruptedException;

    /**
     * Pauses the request queue until someone sends {@code continue_data_collection} (LSDC's interactive centring:
     * "centre the sample, then continue"), showing {@code why} as a popup and on {@code message_string}; the run state
     * is Paused meanwhile. Returns when continued; throws once aborted.
     *
     * @throws IllegalStateException when the request queue is not running (nothing could continue it)
     */
    void pauseForUser(String why) throws AbortedException, InterruptedException;
}
