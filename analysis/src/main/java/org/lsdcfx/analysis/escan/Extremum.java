package org.lsdcfx.analysis.escan;

/**
 * Position and value of a curve's extremum over a range, refined by a parabola through three grid points.
 * {@code onBoundary} means the curve has no interior extremum there: the largest (smallest) value is at an
 * end of the range, which is then returned as is.
 */
record Extremum(double position, double value, boolean onBoundary) {

    /**
     * The maximum (or minimum) of y over grid points with lo ≤ x ≤ hi.
     *
     * @throws IllegalArgumentException when the range holds fewer than three grid points
     */
    static Extremum find(double[] x, double[] y, double lo, double hi, boolean maximum, String what) {
        int first = -1;
        int last = -1;
        int best = -1;
        for (int i = 0; i < x.length; i++) {
            if (x[i] < lo || x[i] > hi) {
                continue;
            }
            if (first < 0) {
                first = i;
            }
            last = i;
            if (best < 0 || (maximum ? y[i] > y[best] : y[i] < y[best])) {
                best = i;
            }
        }
        if (best < 0 || last - first < 2) {
            throw new IllegalArgumentException(String.format("the scan has no points between %.1f and %.1f eV to search the %s in",
                    lo, hi, what));
        }
        if (best == first || best == last) {
            return new Extremum(x[best], y[best], true);
        }
        double y0 = y[best - 1];
        double y1 = y[best];
        double y2 = y[best + 1];
        double denominator = y0 - 2 * y1 + y2;
        double h = x[best + 1] - x[best];
        if (denominator == 0) {
            return new Extremum(x[best], y1, false);
        }
        double shift = 0.5 * (y0 - y2) / denominator; // in grid steps, within ±0.5 at a true extremum
        shift = Math.max(-0.5, Math.min(0.5, shift));
        return new Extremum(x[best] + shift * h, y1 - 0.25 * (y0 - y2) * shift, false);
    }
}
