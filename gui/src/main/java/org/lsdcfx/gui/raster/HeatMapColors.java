package org.lsdcfx.gui.raster;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;

/**
 * The heat map's colour map: viridis (perceptually uniform, readable in grey and by colour-blind users), where
 * LSDC scaled the green channel only. Level 0 is the coldest cell, 1 the hottest. Stateless.
 */
public final class HeatMapColors {
    /** viridis sampled at 0, 0.1, ..., 1 (matplotlib's table). */
    private static final int[] VIRIDIS = {0x440154, 0x482475, 0x414487, 0x355f8d, 0x2a788e, 0x21918c, 0x22a884,
            0x44bf70, 0x7ad151, 0xbddf26, 0xfde725};
    /** A cell whose result is not in yet. */
    public static final Color EMPTY = Color.rgb(200, 200, 200, 0.35);
    public static final Color GRID = Color.rgb(120, 120, 120);
    public static final Color BEST = Color.rgb(255, 40, 40);
    public static final Color HOVER = Color.WHITE;

    private HeatMapColors() {
    }

    /** The colour of {@code level} (clamped to 0..1), interpolated between the table's entries. */
    public static Color of(double level) {
        double l = Double.isNaN(level) ? 0 : Math.max(0, Math.min(1, level));
        double pos = l * (VIRIDIS.length - 1);
        int i = Math.min(VIRIDIS.length - 2, (int) Math.floor(pos));
        return rgb(VIRIDIS[i]).interpolate(rgb(VIRIDIS[i + 1]), pos - i);
    }

    /** Cold (left) to hot (right), for the legend bar. */
    public static LinearGradient legend() {
        List<Stop> stops = new ArrayList<>();
        for (int i = 0; i < VIRIDIS.length; i++) {
            stops.add(new Stop((double) i / (VIRIDIS.length - 1), rgb(VIRIDIS[i])));
        }
        return new LinearGradient(0, 0, 1, 0, true, CycleMethod.NO_CYCLE, stops);
    }

    private static Color rgb(int hex) {
        return Color.rgb(hex >> 16 & 0xff, hex >> 8 & 0xff, hex & 0xff);
    }
}
