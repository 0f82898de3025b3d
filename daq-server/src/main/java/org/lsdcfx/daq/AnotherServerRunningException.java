package org.lsdcfx.daq;

import org.lsdcfx.daq.comm.ServerInfo;

/** A daq server already serves the comm prefix; the message says which one (host, pid, start time). */
public final class AnotherServerRunningException extends IllegalStateException {
    private static final long serialVersionUID = 1L;
    private final transient ServerInfo running;

    public AnotherServerRunningException(String prefix, ServerInfo running) {
        super("Another daq server already serves comm prefix " + prefix + " (" + running.describe()
                + "); stop it first, or use another prefix");
        this.running = running;
    }

    /** The server found running. */
    public ServerInfo running() {
        return running;
    }
}
