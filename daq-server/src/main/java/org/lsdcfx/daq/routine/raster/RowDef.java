package org.lsdcfx.daq.routine.raster;

/**
 * One row of a raster as LSDC stores it in {@code rasterDef.rowDefs}: the row's two edges as offsets (µm) from the
 * raster centre in the camera view — x along the omega axis, y up on the screen — and the number of cells.
 * The beam flies from {@code start} to {@code end}; cell i is centred at {@code start + (i + ½)·(end − start)/numsteps}.
 */
public record RowDef(double startX, double startY, double endX, double endY, int numsteps) {
    public RowDef {
        if (numsteps < 1) {
            throw new IllegalArgumentException("a raster row needs at least one cell, got numsteps " + numsteps);
        }
        for (double v : new double[]{startX, startY, endX, endY}) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("raster row edges must be finite numbers");
            }
        }
    }

    /** Centre of cell {@code i} (0-based from {@code start}) as a view offset in µm: {x, y}. */
    double[] cellCentre(int i) {
        double f = (i + 0.5) / numsteps;
        return new double[]{startX + f * (endX - startX), startY + f * (endY - startY)};
    }

    /** Row length in µm. */
    double length() {
        return Math.hypot(endX - startX, endY - startY);
    }
}
