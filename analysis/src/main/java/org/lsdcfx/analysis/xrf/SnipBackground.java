package org.lsdcfx.analysis.xrf;

/**
 * Continuum under an MCA spectrum by the SNIP algorithm (statistics-sensitive non-linear iterative peak
 * clipping, Ryan et al. 1988): counts are smoothed (clipping raw Poisson noise would follow its troughs and
 * put the continuum too low), compressed by log-log-sqrt, then each channel is repeatedly replaced by the mean
 * of its neighbours p channels away when that is lower, for p = 1 .. width. Stateless.
 */
final class SnipBackground {

    private SnipBackground() {
    }

    /**
     * @param width     clipping half-width in channels; about one to two peak FWHMs
     * @param smoothing half-width in channels of the moving average applied first; about half a FWHM
     */
    static double[] estimate(double[] counts, int width, int smoothing) {
        int n = counts.length;
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            int lo = Math.max(0, i - smoothing);
            int hi = Math.min(n - 1, i + smoothing);
            double sum = 0;
            for (int k = lo; k <= hi; k++) {
                sum += counts[k];
            }
            v[i] = Math.log(Math.log(Math.sqrt(sum / (hi - lo + 1) + 1) + 1) + 1);
        }
        double[] w = new double[n];
        for (int p = 1; p <= width; p++) {
            System.arraycopy(v, 0, w, 0, n);
            for (int i = p; i < n - p; i++) {
                w[i] = Math.min(v[i], 0.5 * (v[i - p] + v[i + p]));
            }
            double[] t = v;
            v = w;
            w = t;
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double s = Math.exp(Math.exp(v[i]) - 1) - 1;
            out[i] = Math.max(0, s * s - 1);
        }
        return out;
    }
}
