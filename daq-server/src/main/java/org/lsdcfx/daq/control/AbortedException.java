package org.lsdcfx.daq.control;

/** Thrown at a checkpoint once an abort was requested: the running work must unwind now. */
public final class AbortedException extends Exception {
    private static final long serialVersionUID = 1L;

    public AbortedException(String message) {
        super(message);
    }
}
