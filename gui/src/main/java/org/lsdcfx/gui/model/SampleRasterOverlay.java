package org.lsdcfx.gui.model;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Places the cells of a raster ({@link HeatMap}) over the sample-camera image: each cell's goniometer position
 * (from its {@code rasterDef}) is seen from the goniometer's current position and omega ({@link SampleGeometry}), and
 * its square has the raster step as edge. As in LSDC, the grid is shown only while omega is within
 * {@value #OMEGA_TOLERANCE_DEG}° of the raster's omega (the raster's plane faces the camera); that omega is read off
 * the cells (y and z change with the vertical offset as cos ω and −sin ω), so a one-row raster, whose cells share
 * their vertical offset, is shown at any omega. Pure.
 */
public final class SampleRasterOverlay {
    public static final double OMEGA_TOLERANCE_DEG = 5;

    /** One cell's square in image pixels (top-left corner and edge) and its heat-map level (empty: no result yet). */
    public record CellBox(int index, double x, double y, double edge, OptionalDouble level) {
    }

    private SampleRasterOverlay() {
    }

    /**
     * The cells' squares; empty when the raster is not shown at this omega or its cells have no goniometer
     * positions (a result without its rasterDef).
     *
     * @param now          goniometer x, y, z (µm)
     * @param omegaDeg     current omega
     * @param umPerMotorUnit 1 for µm stages, 1000 for mm stages
     * @param scale        levels of the shown score (null: all cells empty)
     */
    public static List<CellBox> place(HeatMap map, SampleGeometry geo, double[] now, double omegaDeg,
                                      double umPerMotorUnit, ScoreScale scale) {
        HeatMapLayout layout = map.layout();
        OptionalDouble rasterOmega = omegaOf(layout);
        if (rasterOmega.isPresent() && angleBetween(rasterOmega.getAsDouble(), omegaDeg) > OMEGA_TOLERANCE_DEG) {
            return List.of();
        }
        double edge = layout.cellSize() / geo.umPerPixelX();
        List<CellBox> boxes = new ArrayList<>();
        for (HeatMapLayout.Slot s : layout.slots()) {
            if (Double.isNaN(s.x()) || Double.isNaN(s.y()) || Double.isNaN(s.z())) {
                return List.of();
            }
            double[] at = {s.x() * umPerMotorUnit, s.y() * umPerMotorUnit, s.z() * umPerMotorUnit};
            SampleGeometry.Pixel centre = geo.toPixels(SampleGeometry.viewOffset(at, now, omegaDeg));
            double edgeY = layout.cellSize() / geo.umPerPixelY();
            OptionalDouble level = scale == null ? OptionalDouble.empty()
                    : map.cell(s.index()).map(c -> OptionalDouble.of(scale.level(c))).orElse(OptionalDouble.empty());
            boxes.add(new CellBox(s.index(), centre.x() - edge / 2, centre.y() - edgeY / 2, edge, level));
        }
        return boxes;
    }

    /** The raster's omega from two cells at different heights, or empty when all cells are at one height. */
    static OptionalDouble omegaOf(HeatMapLayout layout) {
        HeatMapLayout.Slot low = null;
        HeatMapLayout.Slot high = null;
        for (HeatMapLayout.Slot s : layout.slots()) {
            if (low == null || s.v() < low.v()) {
                low = s;
            }
            if (high == null || s.v() > high.v()) {
                high = s;
            }
        }
        double dv = high.v() - low.v();
        if (!(dv > 1e-9) || Double.isNaN(high.y()) || Double.isNaN(high.z())) {
            return OptionalDouble.empty();
        }
        // y − cy = v·cos ω, z − cz = −v·sin ω
        return OptionalDouble.of(Math.toDegrees(Math.atan2(-(high.z() - low.z()) / dv, (high.y() - low.y()) / dv)));
    }

    /** The smaller angle between two directions, degrees (0–180). */
    static double angleBetween(double a, double b) {
        double d = Math.abs(((a - b) % 360 + 360) % 360);
        return Math.min(d, 360 - d);
    }
}
