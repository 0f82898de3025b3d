package org.lsdcfx.daq.routine.raster;

/** A raster could not go on (device failure, frames missing); the message says what happened. */
public final class RasterException extends Exception {
    public RasterException(String message) {
        super(message);
    }

    public RasterException(String message, Throwable cause) {
        super(message, cause);
    }
}
