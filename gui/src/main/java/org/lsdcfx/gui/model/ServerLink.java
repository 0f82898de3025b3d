package org.lsdcfx.gui.model;

import org.lsdcfx.daq.command.CommandChannel;

/**
 * Commands to the daq server (LSDC's JSON on {@code command_s} / {@code immediate_command_s}). Only the server
 * decides whether a command may run (control master, staff lock, run state); the GUI shows its answer.
 *
 * <p>Thread-safe; {@link #send} never blocks: the work and the waiting happen in the background.
 */
public interface ServerLink extends AutoCloseable {
    /** The comm PV prefix, e.g. {@code SIM{Comm}}. */
    String commPrefix();

    /** Sends {@code function(args...)} on {@code channel}. */
    CommandTicket send(CommandChannel channel, String function, Object... args);

    @Override
    void close();
}
