package org.lsdcfx.analysis.spots;

/**
 * DIALS' dispersion threshold: marks a pixel strong when the pixels around it are more dispersed than Poisson
 * noise allows and the pixel itself stands out above their mean.
 *
 * <p>For the m trusted pixels of the (2k+1)² kernel around a pixel with value v, with sum x and sum of squares y:
 * <ul>
 *   <li>dispersion test: variance/mean &gt; g·(1 + σ_b·√(2/(m−1))), i.e. m·y − x² − g·x·(m−1) &gt; g·x·σ_b·√(2(m−1));</li>
 *   <li>strong test: v &gt; mean + σ_s·√(g·mean), i.e. m·v − x &gt; σ_s·√(g·x·m);</li>
 *   <li>v &gt; global threshold and m ≥ min_local.</li>
 * </ul>
 * Masked, {@link Frame#BAD_PIXEL} and overloaded pixels are left out of the kernel sums; overloaded pixels that are not
 * masked are strong by definition.
 *
 * <p>The kernel sums are box sums computed incrementally — a summed-area table kept one kernel deep: per-column sums
 * over the 2k+1 rows of the window are updated as the window moves down (add the entering row, subtract the leaving
 * one), and a running sum across those columns gives each pixel's box. That is O(1) per pixel whatever the kernel,
 * exact (integer arithmetic), and needs O(width) memory instead of full-frame tables (3 × 145 MB for a 16M frame).
 * Stateless apart from its parameters: thread-safe.
 */
final class DispersionThreshold {

    private final SpotFinderParams params;
    private final double[] dispersionFactor; // g·σ_b·√(2(m−1)) by kernel count m

    DispersionThreshold(SpotFinderParams params) {
        this.params = params;
        int maxCount = params.kernelSize() * params.kernelSize();
        dispersionFactor = new double[maxCount + 1];
        for (int m = 1; m <= maxCount; m++) {
            dispersionFactor[m] = params.gain() * params.sigmaBackground() * Math.sqrt(2.0 * (m - 1));
        }
    }

    /** Classifies every pixel of {@code frame} and returns the strong pixels as runs. */
    StrongRuns apply(Frame frame) {
        int w = frame.width();
        int h = frame.height();
        int k = params.kernelHalfSize();
        // Column sums are padded with k empty columns on each side (column x at index x + k), so the running
        // sum across a row needs no edge tests.
        ColumnSums cols = new ColumnSums(w + 2 * k + 1);
        // The rows inside the vertical window, kept so that a leaving row is subtracted without re-reading the mask.
        RowStats[] window = new RowStats[2 * k + 2];
        for (int i = 0; i < window.length; i++) {
            window[i] = new RowStats(w);
        }
        for (int r = 0; r < Math.min(k, h); r++) {
            window[r % window.length].load(frame, r);
            cols.add(window[r % window.length], k);
        }
        StrongRuns runs = new StrongRuns(w, h);
        for (int y = 0; y < h; y++) {
            int entering = y + k;
            if (entering < h) {
                RowStats row = window[entering % window.length];
                row.load(frame, entering);
                cols.add(row, k);
            }
            int leaving = y - k - 1;
            if (leaving >= 0) {
                cols.subtract(window[leaving % window.length], k);
            }
            runs.startRow(y);
            scanRow(frame, window[y % window.length], y, k, cols, runs);
        }
        return runs;
    }

    private void scanRow(Frame frame, RowStats row, int y, int k, ColumnSums cols, StrongRuns runs) {
        final double threshold = params.globalThreshold();
        final int minLocal = params.minLocal();
        final double gain = params.gain();
        final double strongFactorSq = params.sigmaStrong() * params.sigmaStrong() * gain;
        final char[] px = frame.pixelArray();
        final int overload = frame.overload();
        final PixelMask mask = frame.mask();
        final int w = frame.width();
        final int base = y * w;
        final int[] cCount = cols.count;
        final int[] cSum = cols.sum;
        final long[] cSumSq = cols.sumSq;
        final byte[] trusted = row.trusted;
        long m = 0;
        long sx = 0;
        long sy = 0;
        for (int i = 0; i < 2 * k; i++) { // columns −k .. k−1
            m += cCount[i];
            sx += cSum[i];
            sy += cSumSq[i];
        }
        int runStart = -1;
        long runSum = 0;
        double runSumX = 0;
        int runMax = 0;
        for (int x = 0; x < w; x++) {
            int enter = x + 2 * k; // column x + k
            m += cCount[enter];
            sx += cSum[enter];
            sy += cSumSq[enter];
            int v = px[base + x];
            // Most pixels fail the strong test; evaluating it without branches (cmov, non-short-circuit &) avoids
            // a mispredicted jump on every other background pixel.
            double excess = Math.max(m * v - sx, 0L);
            boolean candidate = (excess * excess > strongFactorSq * sx * m) & (v > threshold)
                    & (trusted[x] != 0) & (m >= minLocal);
            boolean isStrong;
            if (candidate) {
                double a = (double) m * sy - (double) sx * sx - gain * sx * (m - 1);
                isStrong = a > dispersionFactor[(int) m] * sx;
            } else if (trusted[x] == 0) {
                // untrusted for statistics: only an overloaded pixel that is neither bad nor masked is signal
                isStrong = v >= overload && v > threshold && v != Frame.BAD_PIXEL && !mask.isMasked(base + x);
            } else {
                isStrong = false;
            }
            m -= cCount[x]; // column x − k leaves before the next pixel
            sx -= cSum[x];
            sy -= cSumSq[x];
            if (isStrong) {
                if (runStart < 0) {
                    runStart = x;
                    runSum = 0;
                    runSumX = 0;
                    runMax = 0;
                }
                runSum += v;
                runSumX += v * (x + 0.5);
                runMax = Math.max(runMax, v);
            } else if (runStart >= 0) {
                runs.addRun(runStart, x - 1, runSum, runSumX, runMax);
                runStart = -1;
            }
        }
        if (runStart >= 0) {
            runs.addRun(runStart, w - 1, runSum, runSumX, runMax);
        }
    }

    /** One row's contribution to the kernel sums: its trusted pixels' values (0 where untrusted) and flags. */
    private static final class RowStats {
        final int[] value;
        final byte[] trusted;

        RowStats(int w) {
            value = new int[w];
            trusted = new byte[w];
        }

        void load(Frame frame, int r) {
            char[] px = frame.pixelArray();
            PixelMask mask = frame.mask();
            int overload = frame.overload();
            int base = r * value.length;
            for (int x = 0; x < value.length; x++) {
                int v = px[base + x];
                // overload ≤ 0xFFFF, so this also keeps BAD_PIXEL out
                boolean ok = v < overload && !mask.isMasked(base + x);
                value[x] = ok ? v : 0;
                trusted[x] = (byte) (ok ? 1 : 0);
            }
        }
    }

    /** Per-column sums over the rows of the vertical window, padded by k empty columns each side. */
    private static final class ColumnSums {
        final int[] count;
        final int[] sum;    // at most (2k+1)·65535 < 2^31 for k ≤ 50
        final long[] sumSq;

        ColumnSums(int n) {
            count = new int[n];
            sum = new int[n];
            sumSq = new long[n];
        }

        void add(RowStats row, int offset) {
            int[] v = row.value;
            byte[] t = row.trusted;
            for (int x = 0; x < v.length; x++) {
                int value = v[x];
                count[x + offset] += t[x];
                sum[x + offset] += value;
                sumSq[x + offset] += (long) value * value;
            }
        }

        void subtract(RowStats row, int offset) {
            int[] v = row.value;
            byte[] t = row.trusted;
            for (int x = 0; x < v.length; x++) {
                int value = v[x];
                count[x + offset] -= t[x];
                sum[x + offset] -= value;
                sumSq[x + offset] -= (long) value * value;
            }
        }
    }
}
