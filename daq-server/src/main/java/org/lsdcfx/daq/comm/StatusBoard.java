package org.lsdcfx.daq.comm;

/**
 * What command handlers and routines publish to GUIs, under LSDC's PV names. Implementations never block and
 * never throw; callable from any thread.
 */
public interface StatusBoard {
    /** {@code message_string}: a line for the GUI's log. */
    void message(String text);

    /** {@code gui_popup_message_string}: an error dialog on every GUI. */
    void popup(String text);

    /** Closes the popup (LSDC's "killMessage"). */
    void closePopup();

    /** {@code mounted_pin}: "sampleUid,state" with state cm, fm, m, cu, fu (LSDC); both empty to clear. */
    void mountedPin(String sampleUid, String state);

    /** {@code state_percent}: progress of the running routine, 0 to 100. */
    void statePercent(double percent);

    /** {@code current_request}: JSON of the running request, "" when none. */
    void currentRequest(String json);

    /** {@code choochResultFlag}: uid of a new energy-scan result. */
    void choochResult(String resultUid);

    /** {@code xrecRasterFlag}: raster request uid, "100" to clear rasters, "0" idle (LSDC). */
    void xrecRaster(String flag);

    /** {@code raster_cells}: the running raster's cells so far. */
    void rasterCells(LiveRasterCells cells);

    /** {@code live_q_change_flag}: tells GUIs the queue or dewar changed in the store (a counter). */
    void queueChanged();
}
