package org.lsdcfx.daq.handlers;

import org.lsdcfx.daq.beamline.EmergencyStop;
import org.lsdcfx.daq.command.Caller;
import org.lsdcfx.daq.comm.StatusBoard;
import org.lsdcfx.daq.control.RunControl;
import org.lsdcfx.daq.queue.CommandDispatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What an abort does, in order: the running work is told to unwind (its next checkpoint throws, a pause ends),
 * serial commands waiting behind it are dropped, and the devices are stopped within a bounded time. Runs on the
 * immediate command thread, so it never waits for the serial work itself.
 */
public final class Aborter {
    private static final Logger log = LoggerFactory.getLogger(Aborter.class);
    private final RunControl control;
    private final CommandDispatcher dispatcher;
    private final EmergencyStop emergencyStop;
    private final StatusBoard status;

    public Aborter(RunControl control, CommandDispatcher dispatcher, EmergencyStop emergencyStop, StatusBoard status) {
        this.control = control;
        this.dispatcher = dispatcher;
        this.emergencyStop = emergencyStop;
        this.status = status;
    }

    /** @return what was done, for the reply */
    public String abort(Caller caller) {
        String reason = "aborted by " + caller.display();
        boolean wasRunning = control.abort(reason);
        int dropped = dispatcher.cancelWaitingSerial(reason);
        String stop = emergencyStop.stopAll();
        String summary = (wasRunning ? "abort requested: the running work stops at its next checkpoint" : "nothing was running")
                + (dropped > 0 ? "; " + dropped + " waiting command(s) dropped" : "") + "; " + stop;
        log.warn("Abort by {}: {}", caller, summary);
        status.message("ABORT by " + caller.display() + ": " + summary);
        return summary;
    }
}
