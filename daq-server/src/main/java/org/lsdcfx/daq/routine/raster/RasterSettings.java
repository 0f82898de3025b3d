package org.lsdcfx.daq.routine.raster;

import java.time.Duration;

/**
 * Raster tuning.
 *
 * @param bundleTimeout    how long a cell may wait for its second half (spots or coordinates) before it is published
 *                         incomplete (BEC-style point bundling)
 * @param deviceTimeout    bound on single device steps (arming, shutter, trigger)
 * @param minSpotsForHit   a cell with fewer no-ice spots is "nothing" for snap to max (LSDC: any spot)
 * @param minCells         LSDC's minimum raster size for {@link RasterDefiner} (6 on AMX/FMX, 2 on NYX)
 * @param dataFileExtension extension of the detector's data files ("bin" for the simulator's binary sink, "h5" for
 *                         Eiger/NXmx data files)
 */
public record RasterSettings(Duration bundleTimeout, Duration deviceTimeout, int minSpotsForHit, int minCells,
                             String dataFileExtension) {
    public RasterSettings {
        if (bundleTimeout.isNegative() || bundleTimeout.isZero() || deviceTimeout.isNegative()
                || deviceTimeout.isZero()) {
            throw new IllegalArgumentException("raster timeouts must be positive");
        }
        if (minSpotsForHit < 1 || minCells < 1) {
            throw new IllegalArgumentException("minSpotsForHit and minCells must be >= 1");
        }
    }

    public static RasterSettings defaults() {
        return new RasterSettings(Duration.ofSeconds(30), Duration.ofSeconds(20), 3, RasterDefiner.DEFAULT_MIN_CELLS,
                "h5");
    }

    public RasterSettings withDataFileExtension(String ext) {
        return new RasterSettings(bundleTimeout, deviceTimeout, minSpotsForHit, minCells, ext);
    }

    public RasterSettings withBundleTimeout(Duration d) {
        return new RasterSettings(d, deviceTimeout, minSpotsForHit, minCells, dataFileExtension);
    }
}
