package org.lsdcfx.analysis.escan;

/** Dense linear least squares by Householder QR (small problems: polynomial fits). Stateless. */
final class LeastSquares {

    private LeastSquares() {
    }

    /**
     * Minimises |A x - b|.
     *
     * @param a rows × cols, rows ≥ cols; not modified
     * @throws IllegalArgumentException when A is rank deficient
     */
    static double[] solve(double[][] a, double[] b) {
        int m = a.length;
        int n = a[0].length;
        if (m < n) {
            throw new IllegalArgumentException("least squares needs at least " + n + " rows, got " + m);
        }
        double[][] r = new double[m][];
        for (int i = 0; i < m; i++) {
            r[i] = a[i].clone();
        }
        double[] y = b.clone();
        for (int k = 0; k < n; k++) {
            double norm = 0;
            for (int i = k; i < m; i++) {
                norm = Math.hypot(norm, r[i][k]);
            }
            if (norm == 0) {
                throw new IllegalArgumentException("least-squares problem is rank deficient (column " + k + ")");
            }
            double alpha = r[k][k] > 0 ? -norm : norm;
            double[] v = new double[m];
            for (int i = k; i < m; i++) {
                v[i] = r[i][k];
            }
            v[k] -= alpha;
            double vv = 0;
            for (int i = k; i < m; i++) {
                vv += v[i] * v[i];
            }
            if (vv == 0) {
                continue;
            }
            for (int j = k; j < n; j++) {
                double dot = 0;
                for (int i = k; i < m; i++) {
                    dot += v[i] * r[i][j];
                }
                double f = 2 * dot / vv;
                for (int i = k; i < m; i++) {
                    r[i][j] -= f * v[i];
                }
            }
            double dot = 0;
            for (int i = k; i < m; i++) {
                dot += v[i] * y[i];
            }
            double f = 2 * dot / vv;
            for (int i = k; i < m; i++) {
                y[i] -= f * v[i];
            }
        }
        double[] x = new double[n];
        for (int k = n - 1; k >= 0; k--) {
            double s = y[k];
            for (int j = k + 1; j < n; j++) {
                s -= r[k][j] * x[j];
            }
            if (Math.abs(r[k][k]) < 1e-12 * Math.abs(r[0][0])) {
                throw new IllegalArgumentException("least-squares problem is rank deficient (column " + k + ")");
            }
            x[k] = s / r[k][k];
        }
        return x;
    }
}
