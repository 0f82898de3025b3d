package org.lsdcfx.daq.command;

/**
 * A command was refused before it changed anything. The message is the precise reason, written for the user
 * (it goes to {@code command_reply}, {@code message_string} and the CLI unchanged).
 */
public class CommandRejectedException extends Exception {
    private static final long serialVersionUID = 1L;

    public CommandRejectedException(String reason) {
        super(reason, null, false, false); // no stack trace: rejections are expected, frequent and cheap
    }
}
