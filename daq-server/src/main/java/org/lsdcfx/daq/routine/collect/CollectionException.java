package org.lsdcfx.daq.routine.collect;

/** A collection step could not be carried out; the message says why in words for the user (request status reason). */
public class CollectionException extends Exception {
    private static final long serialVersionUID = 1L;

    public CollectionException(String message) {
        super(message);
    }

    public CollectionException(String message, Throwable cause) {
        super(message, cause);
    }
}
