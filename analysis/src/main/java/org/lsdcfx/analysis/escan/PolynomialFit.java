package org.lsdcfx.analysis.escan;

/**
 * A least-squares polynomial y(x), fitted in the centred and scaled variable (x - centre) / scale for
 * conditioning. Immutable.
 */
record PolynomialFit(double[] coefficients, double centre, double scale, double rmsResidual) {

    /**
     * @throws IllegalArgumentException when there are fewer than order + 1 distinct points
     */
    static PolynomialFit fit(double[] x, double[] y, int order) {
        if (x.length < order + 1) {
            throw new IllegalArgumentException("a polynomial of order " + order + " needs " + (order + 1)
                    + " points, got " + x.length);
        }
        double centre = 0;
        for (double v : x) {
            centre += v;
        }
        centre /= x.length;
        double scale = 0;
        for (double v : x) {
            scale = Math.max(scale, Math.abs(v - centre));
        }
        if (scale == 0) {
            scale = 1;
        }
        double[][] a = new double[x.length][order + 1];
        for (int i = 0; i < x.length; i++) {
            double t = (x[i] - centre) / scale;
            double p = 1;
            for (int j = 0; j <= order; j++) {
                a[i][j] = p;
                p *= t;
            }
        }
        double[] c = LeastSquares.solve(a, y);
        PolynomialFit unscored = new PolynomialFit(c, centre, scale, 0);
        double ss = 0;
        for (int i = 0; i < x.length; i++) {
            double d = y[i] - unscored.value(x[i]);
            ss += d * d;
        }
        int dof = Math.max(1, x.length - order - 1);
        return new PolynomialFit(c, centre, scale, Math.sqrt(ss / dof));
    }

    double value(double x) {
        double t = (x - centre) / scale;
        double v = 0;
        for (int j = coefficients.length - 1; j >= 0; j--) {
            v = v * t + coefficients[j];
        }
        return v;
    }
}
