package org.lsdcfx.daq.routine.raster;

/**
 * LSDC's {@code rasterDef.status}: what the GUI should do with the raster whose uid appears on {@code xrecRasterFlag}.
 */
public enum RasterStatus {
    /** Defined, not drawn yet. */
    NEW(0),
    /** Drawn on the sample view (the server has started the raster). */
    DRAWN(1),
    /** Results are in: colour the heat map. */
    READY_FOR_FILL(2),
    /** The heat map is final: take the snapshot. */
    READY_FOR_SNAPSHOT(3),
    /** Files are being reprocessed. */
    READY_FOR_REPROCESS(4);

    private final int code;

    RasterStatus(int code) {
        this.code = code;
    }

    /** The number stored in {@code rasterDef.status}. */
    public int code() {
        return code;
    }
}
