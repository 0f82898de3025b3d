package org.lsdcfx.analysis.loop;

import java.util.Arrays;

/**
 * The bright background of a camera image as a smooth quadratic surface (illumination fall-off, vignetting). Each
 * block contributes its 75th-percentile grey, so dark objects that cover less than a quarter of a block do not pull
 * it down; blocks darker than the fit (covered by the pin or the loop) are rejected and the surface refitted.
 * Stateless.
 */
final class BackgroundModel {
    private static final int TERMS = 6;
    private static final int ROUNDS = 4;

    private BackgroundModel() {
    }

    /** Background grey per pixel, row-major. */
    static float[] estimate(GreyImage img, int blockSize) {
        int bw = Math.max(1, img.width() / blockSize);
        int bh = Math.max(1, img.height() / blockSize);
        int n = bw * bh;
        double[] cx = new double[n];
        double[] cy = new double[n];
        double[] level = new double[n];
        int[] hist = new int[256];
        for (int by = 0; by < bh; by++) {
            int y0 = by * img.height() / bh;
            int y1 = (by + 1) * img.height() / bh;
            for (int bx = 0; bx < bw; bx++) {
                int x0 = bx * img.width() / bw;
                int x1 = (bx + 1) * img.width() / bw;
                Arrays.fill(hist, 0);
                for (int y = y0; y < y1; y++) {
                    for (int x = x0; x < x1; x++) {
                        hist[img.grey(x, y)]++;
                    }
                }
                int i = by * bw + bx;
                level[i] = percentile(hist, (x1 - x0) * (y1 - y0), 0.75);
                cx[i] = norm((x0 + x1) / 2.0, img.width());
                cy[i] = norm((y0 + y1) / 2.0, img.height());
            }
        }
        boolean[] use = new boolean[n];
        Arrays.fill(use, true);
        double[] coef = fit(cx, cy, level, use);
        for (int round = 1; round < ROUNDS; round++) {
            double[] resid = new double[n];
            for (int i = 0; i < n; i++) {
                resid[i] = level[i] - eval(coef, cx[i], cy[i]);
            }
            double sigma = 1.4826 * median(absolute(resid, use)) + 1;
            int kept = 0;
            for (int i = 0; i < n; i++) {
                use[i] = resid[i] > -3 * sigma;
                kept += use[i] ? 1 : 0;
            }
            if (kept < TERMS * 2) {
                break; // too little background left to refit: keep the previous surface
            }
            coef = fit(cx, cy, level, use);
        }
        float[] bg = new float[img.width() * img.height()];
        for (int y = 0; y < img.height(); y++) {
            double ny = norm(y + 0.5, img.height());
            for (int x = 0; x < img.width(); x++) {
                bg[y * img.width() + x] = (float) eval(coef, norm(x + 0.5, img.width()), ny);
            }
        }
        return bg;
    }

    private static double norm(double p, int size) {
        return 2 * p / size - 1;
    }

    private static double eval(double[] c, double x, double y) {
        return c[0] + c[1] * x + c[2] * y + c[3] * x * x + c[4] * x * y + c[5] * y * y;
    }

    private static double[] fit(double[] x, double[] y, double[] v, boolean[] use) {
        double[][] a = new double[TERMS][TERMS + 1];
        double[] t = new double[TERMS];
        for (int i = 0; i < v.length; i++) {
            if (!use[i]) {
                continue;
            }
            t[0] = 1;
            t[1] = x[i];
            t[2] = y[i];
            t[3] = x[i] * x[i];
            t[4] = x[i] * y[i];
            t[5] = y[i] * y[i];
            for (int r = 0; r < TERMS; r++) {
                for (int c = 0; c < TERMS; c++) {
                    a[r][c] += t[r] * t[c];
                }
                a[r][TERMS] += t[r] * v[i];
            }
        }
        for (int r = 0; r < TERMS; r++) {
            a[r][r] += 1e-9; // a single row or column of blocks leaves some terms undetermined: keep them at 0
        }
        return solve(a);
    }

    /** Gaussian elimination with partial pivoting on an augmented matrix. */
    private static double[] solve(double[][] a) {
        int n = a.length;
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            double[] tmp = a[col];
            a[col] = a[pivot];
            a[pivot] = tmp;
            for (int r = col + 1; r < n; r++) {
                double f = a[r][col] / a[col][col];
                for (int c = col; c <= n; c++) {
                    a[r][c] -= f * a[col][c];
                }
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = a[r][n];
            for (int c = r + 1; c < n; c++) {
                s -= a[r][c] * x[c];
            }
            x[r] = s / a[r][r];
        }
        return x;
    }

    private static int percentile(int[] hist, int count, double q) {
        int target = (int) Math.ceil(q * count);
        int seen = 0;
        for (int g = 0; g < hist.length; g++) {
            seen += hist[g];
            if (seen >= target) {
                return g;
            }
        }
        return 255;
    }

    private static double[] absolute(double[] v, boolean[] use) {
        return java.util.stream.IntStream.range(0, v.length).filter(i -> use[i]).mapToDouble(i -> Math.abs(v[i]))
                .toArray();
    }

    static double median(double[] v) {
        if (v.length == 0) {
            return 0;
        }
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
