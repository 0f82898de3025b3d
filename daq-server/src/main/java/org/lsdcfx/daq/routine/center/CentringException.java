package org.lsdcfx.daq.routine.center;

/** Automatic centring failed; the message says why in words a beamline user understands. */
public class CentringException extends Exception {
    public CentringException(String message) {
        super(message);
    }

    public CentringException(String message, Throwable cause) {
        super(message, cause);
    }
}
