package org.lsdcfx.daq.comm;

import java.util.List;

/**
 * Names of the comm PVs the daq server hosts, without the comm prefix (conftrak {@code beamlineComm}, e.g.
 * {@code SIM{Comm}}). LSDC's names are kept so that NSLS-II staff and tools recognise them.
 */
public final class CommPvNames {
    public static final String COMMAND_S = "command_s";
    public static final String IMMEDIATE_COMMAND_S = "immediate_command_s";
    public static final String PROGRAM_STATE = "program_state";
    public static final String MESSAGE_STRING = "message_string";
    public static final String GUI_POPUP_MESSAGE_STRING = "gui_popup_message_string";
    public static final String PAUSE_BUTTON_STATE = "pause_button_state";
    public static final String MOUNTED_PIN = "mounted_pin";
    public static final String STATE_PERCENT = "state_percent";
    public static final String CHOOCH_RESULT_FLAG = "choochResultFlag";
    public static final String XREC_RASTER_FLAG = "xrecRasterFlag";
    /** New: the running raster's cells so far (JSON, {@link LiveRasterCells}). */
    public static final String RASTER_CELLS = "raster_cells";
    public static final String LIVE_Q_CHANGE_FLAG = "live_q_change_flag";
    public static final String ZINGER_FLAG = "zinger_flag";
    public static final String COMMAND_REPLY = "command_reply";
    public static final String COMMAND_REPLIES = "command_replies";
    public static final String QUEUE_STATE = "queue_state";
    public static final String CURRENT_REQUEST = "current_request";
    public static final String HEARTBEAT = "heartbeat";
    public static final String SERVER_INFO = "server_info";

    /** Every comm PV, commands first. */
    public static final List<String> ALL = List.of(COMMAND_S, IMMEDIATE_COMMAND_S, PROGRAM_STATE, MESSAGE_STRING,
            GUI_POPUP_MESSAGE_STRING, PAUSE_BUTTON_STATE, MOUNTED_PIN, STATE_PERCENT, CHOOCH_RESULT_FLAG, XREC_RASTER_FLAG,
            RASTER_CELLS, LIVE_Q_CHANGE_FLAG, ZINGER_FLAG, COMMAND_REPLY, COMMAND_REPLIES, QUEUE_STATE, CURRENT_REQUEST,
            HEARTBEAT, SERVER_INFO);

    private CommPvNames() {
    }
}
