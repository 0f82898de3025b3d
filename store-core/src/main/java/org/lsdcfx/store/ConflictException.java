package org.lsdcfx.store;

/**
 * Another client changed the document since the caller read it (optimistic locking).
 * The caller must re-read and decide; nothing was written.
 */
public class ConflictException extends StoreException {
    private final String uid;
    private final long expectedVersion;
    private final long actualVersion;

    public ConflictException(String what, String uid, long expectedVersion, long actualVersion) {
        super(what + " " + uid + " was changed by someone else (you edited version " + expectedVersion
                + ", the store has version " + actualVersion + "); reload it and apply your change again");
        this.uid = uid;
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    public String uid() {
        return uid;
    }

    public long expectedVersion() {
        return expectedVersion;
    }

    public long actualVersion() {
        return actualVersion;
    }
}
