package org.lsdcfx.gui.model;

import java.util.concurrent.CompletionException;
import org.lsdcfx.daq.command.CommandChannel;
import org.lsdcfx.daq.command.CommandReply;

/**
 * The commands the GUI sends to the daq server, under LSDC's function names, with their outcome reported in the
 * {@link MessageLog}: a refusal or a failure pops up with the server's reason, an acceptance is logged.
 * Control commands (pause, continue, stop, abort, control master) go on {@code immediate_command_s}, the rest on
 * {@code command_s}. Thread-safe; never blocks.
 */
public final class ServerCommands {
    /** {@code stopDCQueue} flags. */
    static final int ABORT = 1;
    static final int STOP_AFTER_REQUEST = 2;

    private final ServerLink link;
    private final MessageLog log;

    public ServerCommands(ServerLink link, MessageLog log) {
        this.link = link;
        this.log = log;
    }

    /** Runs the request queue of the primary dewar. */
    public CommandTicket collectQueue() {
        return send(CommandChannel.SERIAL, "Collect Queue", "runDCQueue");
    }

    public CommandTicket mount(String sampleUid, String sampleName) {
        return send(CommandChannel.SERIAL, "Mount " + sampleName, "mountSample", sampleUid);
    }

    /** Unmount keeping the gripper cold (LSDC "Unmount Sample"). */
    public CommandTicket unmountCold() {
        return send(CommandChannel.SERIAL, "Unmount (cold)", "unmountCold");
    }

    /** Warm unmount at the end of a visit (LSDC "End Visit"). */
    public CommandTicket endVisit() {
        return send(CommandChannel.SERIAL, "End Visit (warm unmount)", "unmountSample");
    }

    public CommandTicket pause() {
        return send(CommandChannel.IMMEDIATE, "Pause", "pause_data_collection");
    }

    public CommandTicket resume() {
        return send(CommandChannel.IMMEDIATE, "Continue", "continue_data_collection");
    }

    /** Stops the queue after the current request ({@code stopDCQueue(2)}). */
    public CommandTicket stop() {
        return send(CommandChannel.IMMEDIATE, "Stop", "stopDCQueue", STOP_AFTER_REQUEST);
    }

    /** Aborts now ({@code stopDCQueue(1)}). */
    public CommandTicket abort() {
        return send(CommandChannel.IMMEDIATE, "Abort", "stopDCQueue", ABORT);
    }

    public CommandTicket takeControl() {
        return send(CommandChannel.IMMEDIATE, "Take control", "takeControl");
    }

    public CommandTicket releaseControl() {
        return send(CommandChannel.IMMEDIATE, "Release control", "releaseControl");
    }

    /** Staff: only staff may command until unlocked (LSDC's {@code lockGUI}). */
    public CommandTicket lockBeamline() {
        return send(CommandChannel.IMMEDIATE, "Lock the beamline", "lockGUI");
    }

    public CommandTicket unlockBeamline() {
        return send(CommandChannel.IMMEDIATE, "Unlock the beamline", "unlockGUI");
    }

    private CommandTicket send(CommandChannel channel, String label, String function, Object... args) {
        CommandTicket ticket = link.send(channel, function, args);
        ticket.decision().whenComplete((reply, failure) -> {
            if (failure != null) {
                log.guiPopup(label + ": not sent to the daq server (" + reason(failure) + ")");
            } else if (reply.phase() == CommandReply.Phase.REJECTED) {
                log.guiPopup(label + " refused by the daq server: " + reply.reason());
            } else {
                log.gui(label + " accepted", false);
            }
        });
        ticket.completion().whenComplete((reply, failure) -> {
            if (reply != null && reply.phase() == CommandReply.Phase.FAILED) {
                log.guiPopup(label + " failed: " + reply.reason());
            }
        });
        return ticket;
    }

    private static String reason(Throwable t) {
        Throwable c = t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
        return c.getMessage() == null ? c.toString() : c.getMessage();
    }
}
