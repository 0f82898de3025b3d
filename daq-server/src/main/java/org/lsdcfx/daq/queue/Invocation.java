package org.lsdcfx.daq.queue;

import org.lsdcfx.daq.command.Caller;
import org.lsdcfx.daq.guard.Arguments;

/**
 * One admitted command as handed to its {@link CommandHandler}.
 *
 * @param id       the command's id (as on {@code command_reply})
 * @param function the command's name
 * @param args     checked arguments
 * @param caller   who sent it
 */
public record Invocation(String id, String function, Arguments args, Caller caller) {
}
