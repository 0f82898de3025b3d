package org.lsdcfx.datafiles.layout;

/**
 * The layout refused to hand out a path. The message says what was asked and why it was refused, in words a user
 * can act on; {@link #refusal()} says the same for code. When this is thrown nothing was created, except directories
 * of the layout that were already valid on their own (a visit or prefix directory).
 */
public class DataLayoutException extends RuntimeException {
    private final Refusal refusal;

    public DataLayoutException(Refusal refusal, String message) {
        super(message);
        this.refusal = refusal;
    }

    public DataLayoutException(Refusal refusal, String message, Throwable cause) {
        super(message, cause);
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return refusal;
    }
}
