package org.lsdcfx.store;

/** A document named by uid (or name) does not exist. */
public class NotFoundException extends StoreException {
    public NotFoundException(String what, String key) {
        super(what + " not found: " + key);
    }
}
