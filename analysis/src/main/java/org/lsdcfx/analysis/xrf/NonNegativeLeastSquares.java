package org.lsdcfx.analysis.xrf;

import java.util.Arrays;

/**
 * Minimises {@code ½ aᵀ G a − hᵀ a} subject to {@code a ≥ 0} — the normal equations of a weighted linear fit
 * with non-negative amplitudes — by the Lawson–Hanson active-set method, optionally warm-started from a
 * previous solution; gives the standard errors of the positive amplitudes from the inverse of G restricted to
 * them. For the few dozen components of a spectrum fit. Stateless.
 */
final class NonNegativeLeastSquares {

    private static final int MAX_ITERATIONS = 500;

    private NonNegativeLeastSquares() {
    }

    /**
     * @param start a feasible guess (≥ 0) whose positive entries seed the active set, or null
     */
    static double[] solve(double[][] g, double[] h, double[] start) {
        int n = h.length;
        double[] x = new double[n];
        boolean[] passive = new boolean[n];
        double scale = 0;
        for (int i = 0; i < n; i++) {
            scale = Math.max(scale, Math.abs(h[i]));
        }
        double tolerance = 1e-12 * Math.max(scale, 1e-300);
        if (start != null) {
            for (int i = 0; i < n; i++) {
                passive[i] = start[i] > 0 && g[i][i] > 0;
            }
            settle(g, h, x, passive);
        }
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            int best = -1;
            double bestGradient = tolerance;
            for (int j = 0; j < n; j++) {
                if (!passive[j] && g[j][j] > 0) {
                    double w = h[j];
                    for (int k = 0; k < n; k++) {
                        w -= g[j][k] * x[k];
                    }
                    if (w > bestGradient) {
                        bestGradient = w;
                        best = j;
                    }
                }
            }
            if (best < 0) {
                break;
            }
            passive[best] = true;
            settle(g, h, x, passive);
        }
        return x;
    }

    /**
     * Moves x to the unconstrained optimum over the passive set, stepping back and dropping variables that would
     * turn negative (the Lawson–Hanson inner loop).
     */
    private static void settle(double[][] g, double[] h, double[] x, boolean[] passive) {
        int n = x.length;
        for (int guard = 0; guard <= n; guard++) {
            double[] z = solvePassive(g, h, passive);
            if (z == null) { // singular: drop the newest-looking duplicate by releasing the smallest entry
                int smallest = -1;
                for (int i = 0; i < n; i++) {
                    if (passive[i] && (smallest < 0 || x[i] < x[smallest])) {
                        smallest = i;
                    }
                }
                passive[smallest] = false;
                x[smallest] = 0;
                continue;
            }
            double alpha = 1;
            for (int i = 0; i < n; i++) {
                if (passive[i] && z[i] <= 0) {
                    alpha = Math.min(alpha, x[i] / (x[i] - z[i]));
                }
            }
            for (int i = 0; i < n; i++) {
                x[i] = passive[i] ? x[i] + alpha * (z[i] - x[i]) : 0;
            }
            if (alpha >= 1) {
                return;
            }
            for (int i = 0; i < n; i++) {
                if (passive[i] && x[i] <= 1e-12 * Math.max(1, Math.abs(z[i]))) {
                    passive[i] = false;
                    x[i] = 0;
                }
            }
        }
    }

    /** Solves G_PP z_P = h_P by Cholesky; null when G_PP is not positive definite. */
    private static double[] solvePassive(double[][] g, double[] h, boolean[] passive) {
        int n = h.length;
        int[] idx = java.util.stream.IntStream.range(0, n).filter(i -> passive[i]).toArray();
        int m = idx.length;
        double[][] l = new double[m][m];
        for (int r = 0; r < m; r++) {
            for (int c = 0; c <= r; c++) {
                double s = g[idx[r]][idx[c]];
                for (int k = 0; k < c; k++) {
                    s -= l[r][k] * l[c][k];
                }
                if (r == c) {
                    if (!(s > 1e-12 * g[idx[r]][idx[r]])) {
                        return null;
                    }
                    l[r][r] = Math.sqrt(s);
                } else {
                    l[r][c] = s / l[c][c];
                }
            }
        }
        double[] y = new double[m];
        for (int r = 0; r < m; r++) {
            double s = h[idx[r]];
            for (int k = 0; k < r; k++) {
                s -= l[r][k] * y[k];
            }
            y[r] = s / l[r][r];
        }
        double[] zp = new double[m];
        for (int r = m - 1; r >= 0; r--) {
            double s = y[r];
            for (int k = r + 1; k < m; k++) {
                s -= l[k][r] * zp[k];
            }
            zp[r] = s / l[r][r];
        }
        double[] z = new double[n];
        for (int r = 0; r < m; r++) {
            z[idx[r]] = zp[r];
        }
        return z;
    }

    /** Standard errors of the positive amplitudes ({@code NaN} for those at zero). */
    static double[] standardErrors(double[][] g, double[] a) {
        int n = a.length;
        int[] active = java.util.stream.IntStream.range(0, n).filter(i -> a[i] > 0).toArray();
        double[] err = new double[n];
        Arrays.fill(err, Double.NaN);
        int m = active.length;
        if (m == 0) {
            return err;
        }
        double[][] sub = new double[m][2 * m];
        for (int r = 0; r < m; r++) {
            for (int c = 0; c < m; c++) {
                sub[r][c] = g[active[r]][active[c]];
            }
            sub[r][m + r] = 1;
        }
        // Gauss-Jordan with partial pivoting on [G | I].
        for (int col = 0; col < m; col++) {
            int pivot = col;
            for (int r = col + 1; r < m; r++) {
                if (Math.abs(sub[r][col]) > Math.abs(sub[pivot][col])) {
                    pivot = r;
                }
            }
            double[] t = sub[col];
            sub[col] = sub[pivot];
            sub[pivot] = t;
            double d = sub[col][col];
            if (d == 0) {
                return err; // singular: no errors, which makes nothing significant
            }
            for (int c = 0; c < 2 * m; c++) {
                sub[col][c] /= d;
            }
            for (int r = 0; r < m; r++) {
                if (r != col && sub[r][col] != 0) {
                    double f = sub[r][col];
                    for (int c = 0; c < 2 * m; c++) {
                        sub[r][c] -= f * sub[col][c];
                    }
                }
            }
        }
        for (int r = 0; r < m; r++) {
            err[active[r]] = Math.sqrt(Math.max(0, sub[r][m + r]));
        }
        return err;
    }
}
