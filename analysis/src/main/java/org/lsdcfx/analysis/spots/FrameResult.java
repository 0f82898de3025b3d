package org.lsdcfx.analysis.spots;

import java.util.List;

/**
 * What spot finding says about one frame: the per-cell numbers of an LSDC raster ({@code spot_count},
 * {@code spot_count_no_ice}, {@code d_min}, {@code total_intensity}) and the spots themselves.
 *
 * @param spotCount        spots within the resolution range and size limits, ice rings included
 * @param spotCountNoIce   the same, leaving out spots in ice-ring bands
 * @param dMin             estimated resolution limit in Å: the d below which (in 1/d²) the configured quantile of
 *                         the no-ice spots lie; NaN when fewer than {@link #MIN_SPOTS_FOR_RESOLUTION} no-ice spots
 * @param totalIntensity   sum of the background-subtracted intensities of the no-ice spots (counts)
 * @param strongPixelCount strong pixels found, before grouping and filtering
 * @param spots            up to {@link SpotFinderParams#maxSpotsReported()} spots, most intense first
 * @param spotsTruncated   true when more spots were counted than listed
 */
public record FrameResult(int spotCount, int spotCountNoIce, double dMin, double totalIntensity,
                          int strongPixelCount, List<Spot> spots, boolean spotsTruncated) {

    /** A resolution estimate needs at least this many no-ice spots. */
    public static final int MIN_SPOTS_FOR_RESOLUTION = 3;

    public FrameResult {
        spots = List.copyOf(spots);
    }

    public boolean hasResolutionEstimate() {
        return !Double.isNaN(dMin);
    }

    /** {@link #dMin()} or {@code fallbackA} when there is no estimate (LSDC stores 50 Å for "no spots"). */
    public double dMinOr(double fallbackA) {
        return hasResolutionEstimate() ? dMin : fallbackA;
    }
}
