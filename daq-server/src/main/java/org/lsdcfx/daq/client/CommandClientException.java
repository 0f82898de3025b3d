package org.lsdcfx.daq.client;

/** The client could not get a command to the server or an answer back (not a rejection: that is a reply). */
public final class CommandClientException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CommandClientException(String message, Throwable cause) {
        super(message, cause);
    }
}
