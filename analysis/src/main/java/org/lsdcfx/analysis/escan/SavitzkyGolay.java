package org.lsdcfx.analysis.escan;

/**
 * Savitzky–Golay smoothing generalised to uneven spacing: each point is replaced by the value at that
 * point of a least-squares polynomial through the {@code window} nearest points (the window is shifted
 * inwards at the ends). For even spacing this is the classic Savitzky–Golay filter. Stateless.
 */
final class SavitzkyGolay {

    private SavitzkyGolay() {
    }

    /**
     * @param window odd number of points, ≥ order + 2; 1 or less returns a copy
     */
    static double[] smooth(double[] x, double[] y, int window, int order) {
        if (window <= 1) {
            return y.clone();
        }
        if (window % 2 == 0 || window < order + 2) {
            throw new IllegalArgumentException("smoothing window must be odd and ≥ order + 2, got window "
                    + window + " for order " + order);
        }
        int n = x.length;
        int w = Math.min(window, n);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            int start = Math.max(0, Math.min(i - w / 2, n - w));
            double[] xs = new double[w];
            double[] ys = new double[w];
            for (int k = 0; k < w; k++) {
                xs[k] = x[start + k];
                ys[k] = y[start + k];
            }
            out[i] = PolynomialFit.fit(xs, ys, Math.min(order, w - 1)).value(x[i]);
        }
        return out;
    }
}
