package org.lsdcfx.daq.guard;

import org.lsdcfx.daq.command.CommandChannel;

/** Where and how an admitted command runs. */
public enum Execution {
    /** Device work, one at a time in arrival order (state BUSY); only from {@code command_s}. */
    SERIAL(false),
    /** The request queue: serial, in state COLLECTING, pausable and abortable; only from {@code command_s}. */
    QUEUE(false),
    /** Control (pause, abort, take control): runs at once, even while serial work runs; from either PV. */
    IMMEDIATE(true),
    /** Store-only bookkeeping (spreadsheet import, config flags): its own thread, never touches devices; from either PV. */
    BACKGROUND(true);

    private final boolean fromImmediatePv;

    Execution(boolean fromImmediatePv) {
        this.fromImmediatePv = fromImmediatePv;
    }

    /** True if a command of this kind may arrive on the given PV. */
    public boolean acceptsFrom(CommandChannel channel) {
        return channel == CommandChannel.SERIAL || fromImmediatePv;
    }
}
