package org.lsdcfx.daq.routine.raster;

import java.util.Map;

import org.lsdcfx.mxtools.profile.MotorSpec;

/**
 * The timing of a flown raster with the detector armed once: every row gets a slot of {@code slot} frames — its
 * cells, then {@code gapFrames} frames taken while the stages turn to the next row's start (not cells; they stay in
 * the files). Data files hold one slot each, so row r's frames are frames 1..n of data file r + 1. A frame lasts the
 * request's exposure time (LSDC's raster: stage speed = step / exposure), but never less than a fine stage at its
 * profile speed takes to cross one cell or than the detector's fastest frame; the stages then fly at
 * {@code speedFactor} × their profile speed, turns included (so a turn stays a straight line). Immutable.
 *
 * @param period      seconds per frame
 * @param slot        frames per row slot (longest row + gap frames) = frames per data file
 * @param gapFrames   turnaround frames after each row but the last
 * @param images      frames in the whole series
 * @param speedFactor the fine stages' flight speed as a fraction of their profile speed, (0, 1]
 */
public record FlightPlan(double period, int slot, int gapFrames, int images, double speedFactor) {

    /**
     * @param speeds        profile motor specs by descriptor (fineX, fineY, fineZ)
     * @param maxFrameRate  the detector's limit, Hz
     * @param exposure      the request's exposure per cell, seconds (0 or less: as fast as the stages go)
     */
    public static FlightPlan of(RasterGrid grid, Map<String, MotorSpec> speeds, double maxFrameRate, double exposure) {
        double period = 0;
        double turn = 0;
        RasterGrid.Flight previous = null;
        for (RasterGrid.Flight f : grid.flights()) {
            period = Math.max(period, travelSeconds(f.start(), f.end(), speeds) / f.cells());
            if (previous != null) {
                turn = Math.max(turn, travelSeconds(previous.end(), f.start(), speeds));
            }
            previous = f;
        }
        double fastest = period;
        if (maxFrameRate > 0) {
            period = Math.max(period, 1 / maxFrameRate);
        }
        if (exposure > 0 && Double.isFinite(exposure)) {
            period = Math.max(period, exposure);
        }
        if (!(period > 0)) {
            throw new IllegalArgumentException("the raster rows have no length");
        }
        double factor = fastest > 0 ? Math.min(1, fastest / period) : 1;
        turn /= factor;
        int gap = grid.flights().size() > 1 ? (int) Math.ceil(turn / period - 1e-9) + 1 : 0;
        int slot = grid.columns() + gap;
        int rows = grid.flights().size();
        int images = (rows - 1) * slot + grid.def().rowDefs().get(rows - 1).numsteps();
        return new FlightPlan(period, slot, gap, images, factor);
    }

    /** Frame (0-based, in the series) of cell {@code k} of row {@code r}. */
    int frameOf(int row, int k) {
        return row * slot + k;
    }

    /** Seconds the slowest fine stage needs from a to b (x, y, z motor coordinates). */
    static double travelSeconds(double[] a, double[] b, Map<String, MotorSpec> speeds) {
        String[] axes = {"fineX", "fineY", "fineZ"};
        double t = 0;
        for (int i = 0; i < 3; i++) {
            double d = Math.abs(b[i] - a[i]);
            if (d > 1e-9) {
                MotorSpec s = speeds.get(axes[i]);
                if (s == null || s.speed() == null || !(s.speed() > 0)) {
                    throw new IllegalArgumentException("the profile gives no speed for " + axes[i]);
                }
                t = Math.max(t, d / s.speed());
            }
        }
        return t;
    }
}
