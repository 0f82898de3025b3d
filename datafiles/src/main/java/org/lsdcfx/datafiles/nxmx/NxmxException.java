package org.lsdcfx.datafiles.nxmx;

/**
 * An NXmx dataset could not be opened, written, completed or resumed. The message names the file and the reason.
 * Frames that were already written are never removed because of it.
 */
public class NxmxException extends RuntimeException {
    public NxmxException(String message) {
        super(message);
    }

    public NxmxException(String message, Throwable cause) {
        super(message, cause);
    }
}
