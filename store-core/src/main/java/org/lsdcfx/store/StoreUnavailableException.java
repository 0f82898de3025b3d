package org.lsdcfx.store;

/** The MongoDB server cannot be reached (or the embedded one cannot start). */
public class StoreUnavailableException extends StoreException {
    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
