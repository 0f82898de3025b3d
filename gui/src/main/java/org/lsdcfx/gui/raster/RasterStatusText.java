package org.lsdcfx.gui.raster;

import org.lsdcfx.gui.model.HeatMap;

/** The status line of a raster, from {@code rasterDef.status} (LSDC's NEW → DRAWN → READY_FOR_FILL → READY_FOR_SNAPSHOT). */
final class RasterStatusText {
    private RasterStatusText() {
    }

    static String of(HeatMap m) {
        int in = m.filled();
        int all = m.layout().size();
        return switch (m.status()) {
            case NEW -> "defined, not run yet";
            case DRAWN -> "drawn: collecting and finding spots, " + in + " of " + all + " cells in";
            case READY_FOR_FILL -> "filled: " + in + " of " + all + " cells; snapping to the best cell";
            case READY_FOR_SNAPSHOT -> "done: " + in + " of " + all + " cells; " + (m.snapped().isPresent()
                    ? "snapped to cell " + m.snapped().getAsInt() : "nothing found, back at the start");
            case READY_FOR_REPROCESS -> "reprocessing the raster's frames";
        };
    }
}
