package org.lsdcfx.analysis.escan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.lsdcfx.analysis.escan.synthetic.WhiteLine;

/** The numerical building blocks against closed forms. */
class NumericsTest {

    @Test
    void kramersKronigOfALorentzianIsItsHilbertTransform() {
        WhiteLine line = new WhiteLine(0, 3, 2);
        double e0 = 12000;
        int n = 40001;
        double[] grid = new double[n];
        double[] g = new double[n];
        for (int i = 0; i < n; i++) {
            grid[i] = e0 - 2000 + 0.1 * i;
            g[i] = line.f2prime(grid[i] - e0);
        }
        double[] at = {e0 - 20, e0 - 2, e0 - 0.35, e0, e0 + 1.05, e0 + 7, e0 + 150};
        double[] f1 = KramersKronig.transform(grid, g, at);
        for (int k = 0; k < at.length; k++) {
            // the grid stops 2000 eV out: the Lorentzian beyond it shifts f' by about amplitude*γ/2000 eV
            assertEquals(line.fprime(at[k] - e0), f1[k], 0.005, "at " + (at[k] - e0));
        }
    }

    @Test
    void kramersKronigOfABoxMatchesTheClosedForm() {
        double a = 9000;
        double b = 9010;
        double[] grid = {a - 5, a, b, b + 5};
        double[] g = {0, 1, 1, 0};
        // a plateau with 5 eV linear ramps at both ends
        double[] at = {8990, 9005, 9030};
        double[] f1 = KramersKronig.transform(grid, g, at);
        for (int k = 0; k < at.length; k++) {
            assertEquals(numeric(grid, g, at[k]), f1[k], 1e-4, "at " + at[k]);
        }
    }

    /** Brute-force principal value by midpoint rule on a fine grid symmetric about the pole. */
    private static double numeric(double[] x, double[] g, double e) {
        double sum = 0;
        double h = 1e-4;
        long steps = Math.round((x[x.length - 1] - x[0]) / h);
        for (long k = 0; k < steps; k++) {
            double t = x[0] + (k + 0.5) * h;
            double v = ChoochAnalysis.linear(x, g, t);
            sum += v * 2 * t / (e * e - t * t) * h;
        }
        return sum / Math.PI;
    }

    @Test
    void savitzkyGolayKeepsAQuadraticAndQuietsNoise() {
        int n = 200;
        double[] x = new double[n];
        double[] clean = new double[n];
        double[] noisy = new double[n];
        SplittableRandom rng = new SplittableRandom(1);
        for (int i = 0; i < n; i++) {
            x[i] = i * 0.7 + (i % 3) * 0.05; // uneven spacing
            clean[i] = 3 + 0.2 * x[i] - 0.01 * x[i] * x[i];
            noisy[i] = clean[i] + rng.nextGaussian();
        }
        double[] kept = SavitzkyGolay.smooth(x, clean, 7, 2);
        for (int i = 0; i < n; i++) {
            assertEquals(clean[i], kept[i], 1e-9);
        }
        double[] smoothed = SavitzkyGolay.smooth(x, noisy, 7, 2);
        double before = 0;
        double after = 0;
        for (int i = 10; i < n - 10; i++) {
            before += Math.pow(noisy[i] - clean[i], 2);
            after += Math.pow(smoothed[i] - clean[i], 2);
        }
        assertTrue(after < 0.6 * before, "variance " + before + " -> " + after);
    }

    @Test
    void splineInterpolatesACubicInsideAndPassesThroughTheKnots() {
        double[] x = new double[30];
        double[] y = new double[30];
        for (int i = 0; i < 30; i++) {
            x[i] = i;
            y[i] = Math.sin(0.3 * i);
        }
        CubicSpline s = new CubicSpline(x, y);
        assertEquals(y[7], s.value(7), 1e-12);
        assertEquals(Math.sin(0.3 * 12.5), s.value(12.5), 1e-3);
    }

    @Test
    void polynomialFitRecoversALine() {
        PolynomialFit fit = PolynomialFit.fit(new double[] {-3, -2, -1, 0}, new double[] {7, 5, 3, 1}, 1);
        assertEquals(1, fit.value(0), 1e-12);
        assertEquals(-9, fit.value(5), 1e-12);
        assertEquals(0, fit.rmsResidual(), 1e-12);
    }
}
