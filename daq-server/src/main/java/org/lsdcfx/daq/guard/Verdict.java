package org.lsdcfx.daq.guard;

import org.lsdcfx.daq.command.Caller;
import org.lsdcfx.daq.command.Command;
import org.lsdcfx.daq.command.CommandChannel;

/** The guard's decision about one command text. */
public sealed interface Verdict {
    /** The command passed every check and may be run. */
    record Admitted(Command command, CommandSpec spec, Arguments args, Caller caller, CommandChannel channel) implements Verdict {
    }

    /** The command was refused; nothing was changed. */
    record Refused(String id, String function, String reason) implements Verdict {
    }
}
