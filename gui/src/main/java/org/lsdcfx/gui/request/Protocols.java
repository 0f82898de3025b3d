package org.lsdcfx.gui.request;

import java.util.List;
import java.util.Set;

/** The protocols the form offers (LSDC's names) and which parameters each uses. Pure. */
public final class Protocols {
    public static final String STANDARD = "standard";
    public static final String BURN = "burn";
    public static final String VECTOR = "vector";
    public static final String RASTER = "raster";
    public static final String MULTI_COL = "multiCol";
    public static final String CHARACTERIZE = "characterize";
    public static final String EDNA_COL = "ednaCol";
    public static final String ESCAN = "eScan";

    /** In the order of the protocol choice. */
    public static final List<String> ALL = List.of(STANDARD, VECTOR, RASTER, CHARACTERIZE, ESCAN, BURN, MULTI_COL,
            EDNA_COL);

    private static final Set<String> RASTERS = Set.of(RASTER, MULTI_COL);
    private static final Set<String> CHARACTERISATIONS = Set.of(CHARACTERIZE, EDNA_COL);

    private Protocols() {
    }

    public static boolean isRaster(String p) {
        return RASTERS.contains(p);
    }

    public static boolean isCharacterisation(String p) {
        return CHARACTERISATIONS.contains(p);
    }

    public static boolean isEnergyScan(String p) {
        return ESCAN.equals(p);
    }

    /** True if the protocol rotates over an oscillation range (rasters and energy scans do not). */
    public static boolean usesRange(String p) {
        return !isRaster(p) && !isEnergyScan(p);
    }

    /** True if the protocol uses the detector (an energy scan reads the fluorescence detector only). */
    public static boolean usesDetector(String p) {
        return !isEnergyScan(p);
    }

    /** True if datasets of this protocol may be auto-processed (rotation data of at least 5°). */
    public static boolean processable(String p) {
        return STANDARD.equals(p) || VECTOR.equals(p) || EDNA_COL.equals(p);
    }
}
