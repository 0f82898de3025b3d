package org.lsdcfx.daq.command;

/** Where command replies go ({@code command_reply}, its history, {@code message_string}). Must not block. */
@FunctionalInterface
public interface ReplySink {
    void publish(CommandReply reply);
}
