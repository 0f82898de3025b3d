package org.lsdcfx.daq.routine.raster;

import java.util.ArrayList;
import java.util.List;

/**
 * LSDC's raster definition from a box on the sample view (GUI "Define Raster", {@code defineRectRaster}): the cell
 * count in each direction is forced odd (so the centre cell sits on the box centre); while both directions have
 * fewer than {@code minCells} cells the step shrinks 1 µm at a time (PR #371); rows are horizontal unless the box is a
 * single column, or taller than wide with {@code vertRasterOn}. Stateless.
 */
public final class RasterDefiner {
    /** LSDC's minimum cell count (AMX/FMX; NYX uses 2). */
    public static final int DEFAULT_MIN_CELLS = 6;

    private final int minCells;

    public RasterDefiner(int minCells) {
        if (minCells < 1) {
            throw new IllegalArgumentException("minCells must be >= 1, got " + minCells);
        }
        this.minCells = minCells;
    }

    /**
     * @param widthUm    box width along the omega axis, µm
     * @param heightUm   box height on the view, µm
     * @param stepUm     requested step, µm
     * @param centre     goniometer x, y, z (motor units) and omega of the box centre
     * @param vertRaster LSDC's {@code vertRasterOn}
     */
    public RasterDef define(double widthUm, double heightUm, double stepUm, double[] centre, boolean vertRaster) {
        if (!(widthUm > 0) || !(heightUm > 0) || !(stepUm >= 1) || !Double.isFinite(widthUm + heightUm + stepUm)) {
            throw new IllegalArgumentException("raster box " + widthUm + " x " + heightUm + " µm at step " + stepUm
                    + " µm: sizes must be > 0 and the step >= 1 µm");
        }
        double step = stepUm;
        int nx = oddCells(widthUm, step);
        int ny = oddCells(heightUm, step);
        while (nx < minCells && ny < minCells && step > 1) {
            step = Math.max(1, step - 1);
            nx = oddCells(widthUm, step);
            ny = oddCells(heightUm, step);
        }
        boolean vertical = nx == 1 && ny > 1 || vertRaster && heightUm > widthUm;
        List<RowDef> rows = new ArrayList<>();
        if (vertical) {
            for (int c = 0; c < nx; c++) {
                double x = (c - (nx - 1) / 2.0) * step;
                rows.add(new RowDef(x, ny * step / 2, x, -ny * step / 2, ny));
            }
        } else {
            for (int r = 0; r < ny; r++) {
                double y = ((ny - 1) / 2.0 - r) * step;
                rows.add(new RowDef(-nx * step / 2, y, nx * step / 2, y, nx));
            }
        }
        return new RasterDef("normal", centre[0], centre[1], centre[2], centre[3], step, rows, RasterStatus.NEW);
    }

    static int oddCells(double size, double step) {
        int n = Math.max(1, (int) Math.ceil(size / step - 1e-9));
        return n % 2 == 0 ? n + 1 : n;
    }
}
