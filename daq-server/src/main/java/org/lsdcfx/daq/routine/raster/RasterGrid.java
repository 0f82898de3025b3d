package org.lsdcfx.daq.routine.raster;

import java.util.ArrayList;
import java.util.List;

/**
 * The cells of a {@link RasterDef} in acquisition order: snake rows (even rows fly start → end, odd rows end → start,
 * so each row begins where the previous one ended), each cell with its goniometer position. A view offset
 * (h along the omega axis, v up) maps to motors as the sample view shows it: x = cx + h, y = cy + v·cos ω,
 * z = cz − v·sin ω. Immutable.
 */
public final class RasterGrid {
    /** One cell: index in acquisition order, row, column in the row's flight direction, motor position (µm, deg). */
    public record Cell(int index, int row, int column, double x, double y, double z, double omega) {
    }

    /** Where the beam starts and ends a row's flight (the row's edges, in flight order), motor units. */
    public record Flight(int row, double[] start, double[] end, int cells) {
    }

    private final RasterDef def;
    private final List<Cell> cells;
    private final List<Flight> flights;

    public RasterGrid(RasterDef def) {
        this.def = def;
        List<Cell> c = new ArrayList<>();
        List<Flight> f = new ArrayList<>();
        for (int r = 0; r < def.rowDefs().size(); r++) {
            RowDef row = def.rowDefs().get(r);
            boolean reverse = r % 2 == 1;
            int n = row.numsteps();
            for (int k = 0; k < n; k++) {
                double[] v = row.cellCentre(reverse ? n - 1 - k : k);
                double[] m = motors(v[0], v[1]);
                c.add(new Cell(c.size(), r, k, m[0], m[1], m[2], def.omega()));
            }
            double[] s = motors(row.startX(), row.startY());
            double[] e = motors(row.endX(), row.endY());
            f.add(reverse ? new Flight(r, e, s, n) : new Flight(r, s, e, n));
        }
        this.cells = List.copyOf(c);
        this.flights = List.copyOf(f);
    }

    public RasterDef def() {
        return def;
    }

    public List<Cell> cells() {
        return cells;
    }

    public List<Flight> flights() {
        return flights;
    }

    /** Index of the first cell of row {@code r}. */
    public int firstCellOf(int r) {
        int i = 0;
        for (int k = 0; k < r; k++) {
            i += def.rowDefs().get(k).numsteps();
        }
        return i;
    }

    /** The longest row's cell count (LSDC's raster "columns"). */
    public int columns() {
        return def.rowDefs().stream().mapToInt(RowDef::numsteps).max().orElse(1);
    }

    /** Motor x, y, z of a view offset from the raster centre. */
    double[] motors(double h, double v) {
        double w = Math.toRadians(def.omega());
        return new double[]{def.x() + h, def.y() + v * Math.cos(w), def.z() - v * Math.sin(w)};
    }
}
