package org.lsdcfx.gui.model;

import java.util.Optional;

/** Reads a sample camera's latest frame. Blocking: called on the camera feed's own thread only. */
public interface CameraReader extends AutoCloseable {

    /**
     * The latest frame, or empty when the camera's frame counter still equals {@code lastCounter} (nothing new:
     * the large image is then not transferred).
     *
     * @throws Exception when the camera cannot be read (not connected, time-out, inconsistent size)
     */
    Optional<CameraFrame> readIfNewer(long lastCounter) throws Exception;

    @Override
    void close();
}
