package org.lsdcfx.daq.comm;

import org.lsdcfx.daq.command.Caller;
import org.lsdcfx.daq.command.CommandChannel;
import org.lsdcfx.daq.command.CommandReply;

/** Receives command text from a command PV. Must not block. */
@FunctionalInterface
public interface CommandSink {
    /** @return the decision reply; a rejected one makes the PVA put fail */
    CommandReply submit(CommandChannel channel, Caller caller, String text);
}
