package org.lsdcfx.daq.command;

/**
 * The command text is not a well-formed LSDC command. Carries whatever id and function could be read from it,
 * so that the rejection reply can still be matched by the sender.
 */
public final class MalformedCommandException extends CommandRejectedException {
    private static final long serialVersionUID = 1L;
    private final String partialId;
    private final String partialFunction;

    public MalformedCommandException(String reason, String partialId, String partialFunction) {
        super(reason);
        this.partialId = partialId == null ? "" : partialId;
        this.partialFunction = partialFunction == null ? "" : partialFunction;
    }

    /** The command's id if it could be read, else "". */
    public String partialId() {
        return partialId;
    }

    /** The command's function if it could be read, else "". */
    public String partialFunction() {
        return partialFunction;
    }
}
