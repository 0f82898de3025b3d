package org.lsdcfx.gui.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lsdcfx.daq.routine.raster.RasterDef;
import org.lsdcfx.daq.routine.raster.RasterGrid;
import org.lsdcfx.daq.routine.raster.RowDef;

/**
 * Where each cell of a raster sits on the heat map, in the sample view's frame: {@code u} along the omega axis
 * (right), {@code v} up, µm from the raster centre, as LSDC's {@code rowDefs} give them. Cells are squares of one
 * {@code cellSize}. Built from the request's {@code rasterDef} (so cells are placed before any result exists, and
 * vertical rasters come out vertical), or from a result's rows × columns when the request has no usable rasterDef.
 * Immutable.
 *
 * @param slots    one per cell, in acquisition order (slot i is cell index i)
 * @param cellSize edge of a cell, in the units of u and v
 */
public record HeatMapLayout(List<Slot> slots, double cellSize, double minU, double maxU, double minV, double maxV) {

    /**
     * One cell's place: index in acquisition order, row and column as {@code rasterResult} numbers them (column in
     * flight order), centre (u, v), and the goniometer position of the centre (NaN when unknown).
     */
    public record Slot(int index, int row, int column, double u, double v, double x, double y, double z) {
    }

    /** How a layout fits a {@code width} × {@code height} pixel area: pixels per unit and the map's top-left corner. */
    public record Fit(double scale, double left, double top) {
    }

    public HeatMapLayout {
        slots = List.copyOf(slots);
        if (slots.isEmpty() || !(cellSize > 0)) {
            throw new IllegalArgumentException("a heat-map layout needs cells and a positive cell size");
        }
    }

    /** The cells of a {@code rasterDef}, in the server's acquisition order (snake rows, as {@link RasterGrid}). */
    public static HeatMapLayout of(RasterDef def) {
        List<RasterGrid.Cell> motors = new RasterGrid(def).cells();
        List<Slot> slots = new ArrayList<>();
        for (int r = 0; r < def.rowDefs().size(); r++) {
            RowDef row = def.rowDefs().get(r);
            int n = row.numsteps();
            for (int k = 0; k < n; k++) {
                int along = r % 2 == 1 ? n - 1 - k : k; // odd rows are flown end -> start
                double f = (along + 0.5) / n;
                RasterGrid.Cell m = motors.get(slots.size());
                slots.add(new Slot(slots.size(), r, k, row.startX() + f * (row.endX() - row.startX()),
                        row.startY() + f * (row.endY() - row.startY()), m.x(), m.y(), m.z()));
            }
        }
        return bounded(slots, def.stepsize());
    }

    /** A plain rows × columns grid with snake columns, for results whose request lost its rasterDef. */
    public static HeatMapLayout grid(int rows, int columns) {
        if (rows < 1 || columns < 1) {
            throw new IllegalArgumentException("a raster has at least one row and one column, got " + rows + "x" + columns);
        }
        List<Slot> slots = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (int k = 0; k < columns; k++) {
                int shown = r % 2 == 1 ? columns - 1 - k : k;
                slots.add(new Slot(slots.size(), r, k, shown + 0.5, -(r + 0.5), Double.NaN, Double.NaN, Double.NaN));
            }
        }
        return bounded(slots, 1);
    }

    private static HeatMapLayout bounded(List<Slot> slots, double size) {
        double h = size / 2;
        return new HeatMapLayout(slots, size,
                slots.stream().mapToDouble(Slot::u).min().orElseThrow() - h,
                slots.stream().mapToDouble(Slot::u).max().orElseThrow() + h,
                slots.stream().mapToDouble(Slot::v).min().orElseThrow() - h,
                slots.stream().mapToDouble(Slot::v).max().orElseThrow() + h);
    }

    public int size() {
        return slots.size();
    }

    /** The largest map with square cells that fits {@code width} × {@code height} pixels less {@code margin}, centred. */
    public Fit fit(double width, double height, double margin) {
        double spanU = maxU - minU;
        double spanV = maxV - minV;
        double scale = Math.max(0, Math.min((width - 2 * margin) / spanU, (height - 2 * margin) / spanV));
        return new Fit(scale, (width - spanU * scale) / 2, (height - spanV * scale) / 2);
    }

    /** A cell's square in pixels: {x, y, w, h} with y down. */
    public double[] pixels(Slot s, Fit fit) {
        double edge = cellSize * fit.scale();
        double x = fit.left() + (s.u() - cellSize / 2 - minU) * fit.scale();
        double y = fit.top() + (maxV - s.v() - cellSize / 2) * fit.scale();
        return new double[]{x, y, edge, edge};
    }

    /** The cell under pixel ({@code px}, {@code py}) of a map drawn with {@code fit}; empty between and outside cells. */
    public Optional<Slot> slotAt(double px, double py, Fit fit) {
        if (!(fit.scale() > 0)) {
            return Optional.empty();
        }
        double u = minU + (px - fit.left()) / fit.scale();
        double v = maxV - (py - fit.top()) / fit.scale();
        double h = cellSize / 2;
        // a linear scan: at most RasterDef.MAX_CELLS cells, microseconds per mouse move
        for (Slot s : slots) {
            if (Math.abs(u - s.u()) <= h && Math.abs(v - s.v()) <= h) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
