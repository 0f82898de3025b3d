package org.lsdcfx.conftrak.key;

import static org.lsdcfx.conftrak.key.ConfigArea.RASTER;
import static org.lsdcfx.conftrak.key.ConfigKey.flag;
import static org.lsdcfx.conftrak.key.ConfigKey.integer;
import static org.lsdcfx.conftrak.key.ConfigKey.number;

import java.util.List;

/**
 * Raster spot finding and GUI timing (LSDC-REFERENCE §5.2 "raster processing"). The tuning values are DIALS
 * spot-finder parameters (kernel size, sigma background/strong) and resolution limits in Å. FMX's well-plate
 * {@code gridRaster*} keys are not catalogued; they stay readable as raw values.
 */
public final class RasterKeys {
    private RasterKeys() {
    }

    public static final ConfigKey<Boolean> RASTER_PROCESS_FLAG = flag(RASTER, "rasterProcessFlag", true,
            "Run spot finding on raster rows");
    public static final ConfigKey<Boolean> VERT_RASTER_ON = flag(RASTER, "vertRasterOn", false,
            "Raster tall boxes column by column");
    public static final ConfigKey<Integer> RASTER_DOZOR_SPOT_LEVEL = integer(RASTER, "rasterDozorSpotLevel", 6, "",
            "Dozor spot level (LSDC offers 5 to 8)").range(5, 8);
    public static final ConfigKey<Double> RASTER_TUNE_LOW_RES = number(RASTER, "rasterTuneLowRes", 30.0, "Å",
            "Low-resolution limit of spot finding when constrained").range(0.5, 200);
    public static final ConfigKey<Double> RASTER_TUNE_HIGH_RES = number(RASTER, "rasterTuneHighRes", 1.5, "Å",
            "High-resolution limit of spot finding when constrained").range(0.3, 100);
    public static final ConfigKey<Boolean> RASTER_TUNE_ICE_RING_FLAG = flag(RASTER, "rasterTuneIceRingFlag", false,
            "Exclude ice rings from spot finding");
    public static final ConfigKey<Boolean> RASTER_TUNE_RESO_FLAG = flag(RASTER, "rasterTuneResoFlag", false,
            "Constrain spot finding to rasterTuneLowRes..rasterTuneHighRes");
    public static final ConfigKey<Double> RASTER_TUNE_ICE_RING_WIDTH = number(RASTER, "rasterTuneIceRingWidth", 0.015,
            "1/Å", "Width of the excluded ice rings").range(0, 1);
    public static final ConfigKey<Boolean> RASTER_THRESH_FLAG = flag(RASTER, "rasterThreshFlag", false,
            "Use the tuned spot-finding threshold below");
    public static final ConfigKey<Integer> RASTER_THRESH_KERN_SIZE = integer(RASTER, "rasterThreshKernSize", 3, "px",
            "Spot-finding kernel size").range(1, 50);
    public static final ConfigKey<Double> RASTER_THRESH_SIG_BCKRND = number(RASTER, "rasterThreshSigBckrnd", 6.0, "",
            "Spot-finding sigma background").range(0, 100);
    public static final ConfigKey<Double> RASTER_THRESH_SIG_STRONG = number(RASTER, "rasterThreshSigStrong", 3.0, "",
            "Spot-finding sigma strong").range(0, 100);
    public static final ConfigKey<Integer> RASTER_NUM_CELLS_THRESHOLD_DELAY = integer(RASTER,
            "rasterNumCellsThresholdDelay", 20, "cells",
            "Rasters with more cells than this use the long snapshot delay").range(0, 1_000_000);
    public static final ConfigKey<Double> RASTER_SHORT_SNAPSHOT_DELAY = number(RASTER, "rasterShortSnapshotDelay", 0.5,
            "s", "Time the GUI gets to draw a small raster before its snapshot").range(0, 60);
    public static final ConfigKey<Double> RASTER_LONG_SNAPSHOT_DELAY = number(RASTER, "rasterLongSnapshotDelay", 1.5,
            "s", "Time the GUI gets to draw a large raster before its snapshot").range(0, 60);
    public static final ConfigKey<Double> RASTER_POST_SNAPSHOT_DELAY = number(RASTER, "rasterPostSnapshotDelay", 1.0,
            "s", "Pause after the raster snapshot").range(0, 60);
    public static final ConfigKey<Double> RASTER_GUI_XREC_FILL_DELAY = number(RASTER, "rasterGuiXrecFillDelay", 0.5,
            "s", "Time the GUI gets to fill an automatic raster's heat map").range(0, 60);

    public static List<ConfigKey<?>> all() {
        return List.of(RASTER_PROCESS_FLAG, VERT_RASTER_ON, RASTER_DOZOR_SPOT_LEVEL, RASTER_TUNE_LOW_RES,
                RASTER_TUNE_HIGH_RES, RASTER_TUNE_ICE_RING_FLAG, RASTER_TUNE_RESO_FLAG, RASTER_TUNE_ICE_RING_WIDTH,
                RASTER_THRESH_FLAG, RASTER_THRESH_KERN_SIZE, RASTER_THRESH_SIG_BCKRND, RASTER_THRESH_SIG_STRONG,
                RASTER_NUM_CELLS_THRESHOLD_DELAY, RASTER_SHORT_SNAPSHOT_DELAY, RASTER_LONG_SNAPSHOT_DELAY,
                RASTER_POST_SNAPSHOT_DELAY, RASTER_GUI_XREC_FILL_DELAY);
    }
}
