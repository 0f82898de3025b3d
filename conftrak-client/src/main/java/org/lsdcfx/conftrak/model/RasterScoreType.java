package org.lsdcfx.conftrak.model;

import java.util.Arrays;

/**
 * The raster heat-map score the GUI colours cells by, stored in conftrak as
 * {@code beamlineInfo 'rasterScoreFlag' = {index}} (the index of LSDC's combo box).
 */
public enum RasterScoreType {
    /** Spot count without ice rings ({@code spot_count_no_ice}); more is better. */
    SPOT_COUNT(0, "Spot Count"),
    /** Resolution estimate ({@code d_min}, Å); smaller is better. */
    RESOLUTION(1, "Resolution"),
    /** Total integrated intensity ({@code total_intensity}); more is better. */
    INTENSITY(2, "Intensity");

    private final int index;
    private final String label;

    RasterScoreType(int index, String label) {
        this.index = index;
        this.label = label;
    }

    public int index() {
        return index;
    }

    public String label() {
        return label;
    }

    /**
     * @throws IllegalArgumentException for an index that is not 0, 1 or 2
     */
    public static RasterScoreType ofIndex(int index) {
        return Arrays.stream(values()).filter(t -> t.index == index).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("rasterScoreFlag index must be 0 (Spot Count), "
                        + "1 (Resolution) or 2 (Intensity), got " + index));
    }
}
