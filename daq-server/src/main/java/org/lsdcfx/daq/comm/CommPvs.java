package org.lsdcfx.daq.comm;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.epics.pva.server.PVAServer;
import org.lsdcfx.daq.command.CommandReply;
import org.lsdcfx.daq.command.ReplySink;
import org.lsdcfx.daq.control.ProgramState;
import org.lsdcfx.daq.control.RunControl;
import org.lsdcfx.daq.control.RunState;

/**
 * The read-only comm PVs, hosted on the server's {@link PVAServer} under the comm prefix, with LSDC's names and
 * meanings (see docs/pv-reference.md). Thread-safe; publishing never blocks.
 */
public final class CommPvs implements StatusBoard, ReplySink, AutoCloseable {
    /** Replies kept on {@code command_replies}, newest last. */
    public static final int REPLY_HISTORY = 32;
    public static final String KILL_MESSAGE = "killMessage";

    private final Map<String, StatusPv> pvs = new LinkedHashMap<>();
    private final StatusPv programState;
    private final StatusPv message;
    private final StatusPv popup;
    private final StatusPv pauseButton;
    private final StatusPv mountedPin;
    private final StatusPv statePercent;
    private final StatusPv chooch;
    private final StatusPv xrecRaster;
    private final StatusPv rasterCells;
    private final StatusPv liveQueueChange;
    private final StatusPv zinger;
    private final StatusPv commandReply;
    private final StatusPv commandReplies;
    private final StatusPv queueState;
    private final StatusPv currentRequest;
    private final StatusPv heartbeat;
    private final StatusPv serverInfo;
    private final AtomicInteger queueChanges = new AtomicInteger();
    private final Deque<String> history = new ArrayDeque<>(); // guarded by itself

    public CommPvs(PVAServer server, String prefix, Clock clock) {
        programState = add(StatusPv.string(server, prefix + CommPvNames.PROGRAM_STATE, ProgramState.READY.label(), clock));
        message = add(StatusPv.string(server, prefix + CommPvNames.MESSAGE_STRING, "", clock));
        popup = add(StatusPv.string(server, prefix + CommPvNames.GUI_POPUP_MESSAGE_STRING, "", clock));
        pauseButton = add(StatusPv.string(server, prefix + CommPvNames.PAUSE_BUTTON_STATE, "Pause", clock));
        mountedPin = add(StatusPv.string(server, prefix + CommPvNames.MOUNTED_PIN, "", clock));
        statePercent = add(StatusPv.number(server, prefix + CommPvNames.STATE_PERCENT, 0, clock));
        chooch = add(StatusPv.string(server, prefix + CommPvNames.CHOOCH_RESULT_FLAG, "0", clock));
        xrecRaster = add(StatusPv.string(server, prefix + CommPvNames.XREC_RASTER_FLAG, "0", clock));
        rasterCells = add(StatusPv.string(server, prefix + CommPvNames.RASTER_CELLS, "", clock));
        liveQueueChange = add(StatusPv.integer(server, prefix + CommPvNames.LIVE_Q_CHANGE_FLAG, 0, clock));
        zinger = add(StatusPv.string(server, prefix + CommPvNames.ZINGER_FLAG, "", clock));
        commandReply = add(StatusPv.string(server, prefix + CommPvNames.COMMAND_REPLY, "", clock));
        commandReplies = add(StatusPv.strings(server, prefix + CommPvNames.COMMAND_REPLIES, clock));
        queueState = add(StatusPv.string(server, prefix + CommPvNames.QUEUE_STATE, RunState.IDLE.label(), clock));
        currentRequest = add(StatusPv.string(server, prefix + CommPvNames.CURRENT_REQUEST, "", clock));
        heartbeat = add(StatusPv.integer(server, prefix + CommPvNames.HEARTBEAT, 0, clock));
        serverInfo = add(StatusPv.string(server, prefix + CommPvNames.SERVER_INFO, "", clock));
    }

    private StatusPv add(StatusPv pv) {
        pvs.put(pv.name(), pv);
        return pv;
    }

    @Override
    public void publish(CommandReply reply) {
        String json = reply.toJson();
        synchronized (history) { // keeps command_reply and its history in the same order
            history.addLast(json);
            while (history.size() > REPLY_HISTORY) {
                history.removeFirst();
            }
            commandReply.set(json);
            commandReplies.set(history.toArray(String[]::new));
        }
        message.set(reply.function().isEmpty()
                ? "command " + reply.phase().label() + " (" + reply.caller() + "): " + reply.reason()
                : reply.function() + " " + reply.phase().label() + " (" + reply.caller() + "): " + reply.reason());
    }

    public void programState(ProgramState state) {
        programState.set(state.label());
    }

    /** {@code queue_state} and LSDC's {@code pause_button_state} ("Continue" while paused, else "Pause"). */
    public void runState(RunControl.Snapshot snapshot) {
        queueState.set(snapshot.label());
        pauseButton.set(snapshot.state() == RunState.PAUSED ? "Continue" : "Pause");
    }

    public void zingerFlag(String flag) {
        zinger.set(flag);
    }

    public void heartbeat(int beat) {
        heartbeat.set(beat);
    }

    public void serverInfo(ServerInfo info) {
        serverInfo.set(info.toJson());
    }

    @Override
    public void message(String text) {
        message.set(text);
    }

    @Override
    public void popup(String text) {
        popup.set(text);
    }

    @Override
    public void closePopup() {
        popup.set(KILL_MESSAGE);
    }

    @Override
    public void mountedPin(String sampleUid, String state) {
        mountedPin.set(sampleUid == null || sampleUid.isEmpty() ? "" : sampleUid + "," + state);
    }

    @Override
    public void statePercent(double percent) {
        statePercent.set(Math.max(0, Math.min(100, percent)));
    }

    @Override
    public void currentRequest(String json) {
        currentRequest.set(json == null ? "" : json);
    }

    @Override
    public void choochResult(String resultUid) {
        chooch.set(resultUid);
    }

    @Override
    public void xrecRaster(String flag) {
        xrecRaster.set(flag);
    }

    @Override
    public void rasterCells(LiveRasterCells cells) {
        rasterCells.set(cells.toJson());
    }

    @Override
    public void queueChanged() {
        liveQueueChange.set(queueChanges.incrementAndGet());
    }

    @Override
    public void close() {
        pvs.values().forEach(StatusPv::close);
    }
}
