package org.lsdcfx.store;

/** Base of every store failure that callers are expected to report to a person. */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
