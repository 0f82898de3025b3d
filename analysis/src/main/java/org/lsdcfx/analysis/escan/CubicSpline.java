package org.lsdcfx.analysis.escan;

import java.util.Arrays;

/** Natural cubic spline through (x, y), x strictly increasing. Immutable. */
final class CubicSpline {

    private final double[] x;
    private final double[] y;
    private final double[] second;

    CubicSpline(double[] x, double[] y) {
        int n = x.length;
        this.x = x.clone();
        this.y = y.clone();
        this.second = new double[n];
        if (n < 3) {
            return;
        }
        // Tridiagonal system for the second derivatives, natural ends (second = 0).
        double[] diag = new double[n];
        double[] rhs = new double[n];
        double[] upper = new double[n];
        for (int i = 1; i < n - 1; i++) {
            double h0 = x[i] - x[i - 1];
            double h1 = x[i + 1] - x[i];
            double lower = h0 / 6;
            diag[i] = (h0 + h1) / 3;
            upper[i] = h1 / 6;
            rhs[i] = (y[i + 1] - y[i]) / h1 - (y[i] - y[i - 1]) / h0;
            if (i > 1) {
                double m = lower / diag[i - 1];
                diag[i] -= m * upper[i - 1];
                rhs[i] -= m * rhs[i - 1];
            }
        }
        for (int i = n - 2; i >= 1; i--) {
            second[i] = (rhs[i] - (i < n - 2 ? upper[i] * second[i + 1] : 0)) / diag[i];
        }
    }

    double value(double at) {
        int n = x.length;
        int i = Arrays.binarySearch(x, at);
        if (i >= 0) {
            return y[i];
        }
        int hi = Math.min(Math.max(-i - 1, 1), n - 1);
        int lo = hi - 1;
        double h = x[hi] - x[lo];
        double a = (x[hi] - at) / h;
        double b = (at - x[lo]) / h;
        return a * y[lo] + b * y[hi] + ((a * a * a - a) * second[lo] + (b * b * b - b) * second[hi]) * h * h / 6;
    }
}
