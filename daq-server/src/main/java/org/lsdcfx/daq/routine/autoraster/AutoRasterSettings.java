package org.lsdcfx.daq.routine.autoraster;

import java.time.Duration;

import org.lsdcfx.daq.routine.center.LoopBox;
import org.lsdcfx.daq.routine.raster.RasterDefiner;
import org.lsdcfx.daq.routine.raster.RasterSettings;

/**
 * Tuning of auto-raster and raster screening (LSDC-REFERENCE §2.5, §2.6). Immutable.
 *
 * @param fineStepUm          auto-raster step for a normal loop, µm (LSDC 10)
 * @param coarseStepUm        auto-raster step for a large loop, µm (LSDC 20)
 * @param largeBoxUm2         a face-on loop box larger than this (width × height, µm²) is rastered at the coarse step
 *                            (LSDC 150 000)
 * @param minOrthogonalCells  the orthogonal raster is at least this many cells high: edge-on a loop is as thin as its
 *                            wire, and a crystal standing a little out of the loop plane must still be inside the box
 * @param minSpotsForHit      a cell is a hit with at least this many no-ice spots; keep it equal to the raster
 *                            protocol's {@link RasterSettings#minSpotsForHit()} so both agree on "nothing found"
 * @param minCells            LSDC's minimum raster size for {@link RasterDefiner} (6 on AMX/FMX, 2 on NYX)
 * @param screenWidthFactor   raster screening box width in loop widths (LSDC 1.5)
 * @param screenHeightFactor  raster screening box height in loop heights (LSDC 2.5)
 * @param fallbackWidthUm     screening box width when the loop box is unusable, µm (LSDC 630)
 * @param fallbackHeightUm    screening box height when the loop box is unusable, µm (LSDC 510)
 * @param defaultGridStepUm   screening step when neither the request nor conftrak gives {@code gridStep}, µm (LSDC 20)
 * @param moveTimeout         bound on each goniometer move and on setting the transmission
 */
public record AutoRasterSettings(double fineStepUm, double coarseStepUm, double largeBoxUm2, int minOrthogonalCells,
                                 int minSpotsForHit, int minCells, double screenWidthFactor, double screenHeightFactor,
                                 double fallbackWidthUm, double fallbackHeightUm, double defaultGridStepUm,
                                 Duration moveTimeout) {
    public AutoRasterSettings {
        for (double v : new double[]{fineStepUm, coarseStepUm, largeBoxUm2, screenWidthFactor, screenHeightFactor,
                fallbackWidthUm, fallbackHeightUm, defaultGridStepUm}) {
            if (!(v > 0) || !Double.isFinite(v)) {
                throw new IllegalArgumentException("auto-raster sizes, steps and factors must be > 0, got " + v);
            }
        }
        if (minOrthogonalCells < 1 || minSpotsForHit < 1 || minCells < 1) {
            throw new IllegalArgumentException("minOrthogonalCells, minSpotsForHit and minCells must be >= 1");
        }
        if (moveTimeout == null || moveTimeout.isNegative() || moveTimeout.isZero()) {
            throw new IllegalArgumentException("moveTimeout must be positive");
        }
    }

    /** LSDC's values. */
    public static AutoRasterSettings defaults() {
        return new AutoRasterSettings(10, 20, 150_000, 5, RasterSettings.defaults().minSpotsForHit(),
                RasterDefiner.DEFAULT_MIN_CELLS, 1.5, 2.5, 630, 510, 20, Duration.ofSeconds(30));
    }

    /** The same settings agreeing with the raster protocol's hit threshold and minimum raster size. */
    public AutoRasterSettings matching(RasterSettings raster) {
        return new AutoRasterSettings(fineStepUm, coarseStepUm, largeBoxUm2, minOrthogonalCells,
                raster.minSpotsForHit(), raster.minCells(), screenWidthFactor, screenHeightFactor, fallbackWidthUm,
                fallbackHeightUm, defaultGridStepUm, moveTimeout);
    }

    /** A raster screening box, µm; {@code fallback} when the loop size was unusable. */
    public record ScreenBox(double widthUm, double heightUm, boolean fallback) {
    }

    /**
     * LSDC's raster screening box: {@link #screenWidthFactor} loop widths × {@link #screenHeightFactor} face-on loop
     * heights, or the fallback box when the loop size is not a positive finite number.
     */
    public ScreenBox screenBox(LoopBox loop) {
        boolean usable = loop.widthUm() > 0 && loop.faceOnHeightUm() > 0
                && Double.isFinite(loop.widthUm() + loop.faceOnHeightUm());
        return usable ? new ScreenBox(screenWidthFactor * loop.widthUm(), screenHeightFactor * loop.faceOnHeightUm(), false)
                : new ScreenBox(fallbackWidthUm, fallbackHeightUm, true);
    }

    /** LSDC's auto-raster step: fine, or coarse for a face-on box larger than {@link #largeBoxUm2}. */
    public double stepFor(double widthUm, double heightUm) {
        return widthUm * heightUm > largeBoxUm2 ? coarseStepUm : fineStepUm;
    }
}
