package org.lsdcfx.daq.routine.raster;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lsdcfx.analysisstore.payload.RasterCell;

/** LSDC's {@code request_obj.max_raster}: the best cell's {@code file}, {@code coords} [x, y, z], {@code index}, {@code omega}. */
final class MaxRaster {
    private MaxRaster() {
    }

    static Map<String, Object> of(RasterCell c, double omega) {
        Map<String, Object> max = new LinkedHashMap<>();
        max.put("file", c.image());
        max.put("coords", List.of(c.position().x(), c.position().y(), c.position().z()));
        max.put("index", c.index());
        max.put("omega", omega);
        return max;
    }
}
