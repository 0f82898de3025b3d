package org.lsdcfx.analysis.spots;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * DIALS-style spot finding on one frame: {@link DispersionThreshold dispersion threshold} → 8-connected groups of
 * strong pixels → spots filtered by size and resolution → the per-frame numbers of {@link FrameResult}.
 *
 * <p>Each spot's background is the mean of the trusted, non-strong pixels in a ring 2 to 4 pixels outside its
 * bounding box; its intensity is Σ(v − background) over its strong pixels and its centroid is weighted by v − background.
 * The d_min estimate is the resolution below which (in 1/d²) {@link SpotFinderParams#resolutionQuantile()} of the
 * no-ice spots lie, interpolated between ranks — with the default 0.95 a stray spot or two far out does not set it.
 *
 * <p>One frame is processed on the calling thread; the finder holds no mutable state, so one instance can serve any
 * number of threads at once (see {@code SpotFindingService} for frames in parallel).
 */
public final class DispersionSpotFinder {

    /** Ring used for a spot's background: from this many pixels outside its bounding box … */
    static final int RING_INNER = 2;
    /** … to this many. */
    static final int RING_OUTER = 4;

    private final SpotFinderParams params;
    private final DispersionThreshold threshold;

    public DispersionSpotFinder(SpotFinderParams params) {
        if (params == null) {
            throw new IllegalArgumentException("spot finder parameters are required");
        }
        this.params = params;
        this.threshold = new DispersionThreshold(params);
    }

    public SpotFinderParams params() {
        return params;
    }

    /** Finds the spots of {@code frame}; pure computation on the calling thread. */
    public FrameResult find(Frame frame) {
        StrongRuns runs = threshold.apply(frame);
        List<Spot> spots = new ArrayList<>();
        for (StrongRuns.Blob blob : runs.blobs()) {
            if (blob.pixels() < params.minSpotSize() || blob.pixels() > params.maxSpotSize()) {
                continue;
            }
            Spot spot = measure(frame, blob, runs.strongMap());
            if (params.resolutionRange().contains(spot.dSpacing())) {
                spots.add(spot);
            }
        }
        return summarise(spots, runs.strongPixelCount());
    }

    private Spot measure(Frame frame, StrongRuns.Blob blob, BitSet strong) {
        double background = ringBackground(frame, blob, strong);
        double intensity = blob.sumV() - background * blob.pixels();
        double x;
        double y;
        if (intensity > 0) {
            x = (blob.sumVX() - background * blob.sumX()) / intensity;
            y = (blob.sumVY() - background * blob.sumY()) / intensity;
        } else { // nothing above background: fall back to the geometric centre
            x = blob.sumX() / blob.pixels();
            y = blob.sumY() / blob.pixels();
        }
        double d = frame.geometry().dSpacing(x, y);
        return new Spot(x, y, blob.pixels(), intensity, background, blob.maxValue(), d, params.iceRings().contains(d));
    }

    /** Mean of trusted, non-strong pixels between RING_INNER and RING_OUTER pixels outside the bounding box; 0 if none. */
    private static double ringBackground(Frame frame, StrongRuns.Blob blob, BitSet strong) {
        int w = frame.width();
        int h = frame.height();
        char[] px = frame.pixelArray();
        PixelMask mask = frame.mask();
        int overload = frame.overload();
        int ox0 = Math.max(0, blob.minX() - RING_OUTER);
        int ox1 = Math.min(w - 1, blob.maxX() + RING_OUTER);
        int oy0 = Math.max(0, blob.minY() - RING_OUTER);
        int oy1 = Math.min(h - 1, blob.maxY() + RING_OUTER);
        int ix0 = blob.minX() - RING_INNER;
        int ix1 = blob.maxX() + RING_INNER;
        int iy0 = blob.minY() - RING_INNER;
        int iy1 = blob.maxY() + RING_INNER;
        long sum = 0;
        int n = 0;
        for (int y = oy0; y <= oy1; y++) {
            boolean rowInside = y >= iy0 && y <= iy1;
            for (int x = ox0; x <= ox1; x++) {
                if (rowInside && x >= ix0 && x <= ix1) {
                    continue;
                }
                int i = y * w + x;
                int v = px[i];
                if (v < overload && !mask.isMasked(i) && !strong.get(i)) {
                    sum += v;
                    n++;
                }
            }
        }
        return n == 0 ? 0 : (double) sum / n;
    }

    private FrameResult summarise(List<Spot> spots, int strongPixels) {
        int noIce = 0;
        double total = 0;
        double[] dStarSq = new double[spots.size()];
        for (Spot s : spots) {
            if (!s.inIceRing()) {
                dStarSq[noIce++] = 1 / (s.dSpacing() * s.dSpacing());
                total += s.intensity();
            }
        }
        double dMin = estimateDMin(Arrays.copyOf(dStarSq, noIce), params.resolutionQuantile());
        spots.sort(Comparator.comparingDouble(Spot::intensity).reversed());
        boolean truncated = spots.size() > params.maxSpotsReported();
        List<Spot> listed = truncated ? spots.subList(0, params.maxSpotsReported()) : spots;
        return new FrameResult(spots.size(), noIce, dMin, total, strongPixels, listed, truncated);
    }

    /** The d whose 1/d² is the {@code quantile} of {@code dStarSq} (linear between ranks); NaN if too few spots. */
    static double estimateDMin(double[] dStarSq, double quantile) {
        if (dStarSq.length < FrameResult.MIN_SPOTS_FOR_RESOLUTION) {
            return Double.NaN;
        }
        Arrays.sort(dStarSq);
        double rank = quantile * (dStarSq.length - 1);
        int lo = (int) Math.floor(rank);
        int hi = Math.min(lo + 1, dStarSq.length - 1);
        double q = dStarSq[lo] + (rank - lo) * (dStarSq[hi] - dStarSq[lo]);
        return q > 0 ? 1 / Math.sqrt(q) : Double.POSITIVE_INFINITY;
    }
}
