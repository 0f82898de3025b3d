package org.lsdcfx.amostra;

import org.lsdcfx.store.StoreException;

/** A container placement was refused (position taken or out of range, wrong kind of child, already placed). */
public class PlacementException extends StoreException {
    public PlacementException(String message) {
        super(message);
    }
}
