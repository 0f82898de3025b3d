package org.lsdcfx.daq.routine.center;

/**
 * The face-on omega from the loop's height across the axis in three views: a flat loop seen at ω looks
 * t + A·|cos(ω − φ)| high (t: wire and pin thickness, A: its diameter), so two orthogonal views give |tan(ω − φ)|
 * and a third, between them, tells +φ from −φ. φ is searched on a 0.25° grid, (t, A) fitted by least squares with
 * A ≥ 0 and 0 ≤ t ≤ the smallest height. Face-on repeats every 180°: the answer is the one within ±90° of
 * {@code nearDeg}. Stateless.
 */
final class FaceOnFit {
    private static final double STEP = 0.25;

    private FaceOnFit() {
    }

    static double faceOn(double[] omegaDeg, double[] heightUm, double nearDeg) {
        double minH = Double.MAX_VALUE;
        int widest = 0;
        for (int i = 0; i < heightUm.length; i++) {
            minH = Math.min(minH, heightUm[i]);
            if (heightUm[i] > heightUm[widest]) {
                widest = i;
            }
        }
        double bestPhi = omegaDeg[widest];
        double bestSse = Double.MAX_VALUE;
        double bestA = 0;
        for (double phi = nearDeg - 90; phi < nearDeg + 90; phi += STEP) {
            double[] fit = fit(omegaDeg, heightUm, phi, minH);
            // ties (within rounding) go to the angle nearest the widest view
            boolean better = fit[0] < bestSse - 1e-9 || (fit[0] < bestSse + 1e-9
                    && distance(phi, omegaDeg[widest]) < distance(bestPhi, omegaDeg[widest]));
            if (better) {
                bestSse = fit[0];
                bestPhi = phi;
                bestA = fit[1];
            }
        }
        if (bestA < 0.1 * heightUm[widest]) {
            return near(omegaDeg[widest], nearDeg); // not flat: no face to find, take the widest view
        }
        return near(bestPhi, nearDeg);
    }

    /** {sse, A} of the best (t, A) for face-on at {@code phi}. */
    private static double[] fit(double[] w, double[] h, double phi, double maxT) {
        int n = w.length;
        double[] c = new double[n];
        double sc = 0;
        double scc = 0;
        double sh = 0;
        double sch = 0;
        for (int i = 0; i < n; i++) {
            c[i] = Math.abs(Math.cos(Math.toRadians(w[i] - phi)));
            sc += c[i];
            scc += c[i] * c[i];
            sh += h[i];
            sch += c[i] * h[i];
        }
        double det = n * scc - sc * sc;
        double[] best = {Double.MAX_VALUE, 0};
        if (Math.abs(det) > 1e-12) {
            double a = (n * sch - sc * sh) / det;
            double t = (sh - a * sc) / n;
            consider(best, c, h, t, a, maxT);
        }
        consider(best, c, h, 0, scc > 0 ? sch / scc : 0, maxT);
        consider(best, c, h, maxT, scc > 0 ? (sch - maxT * sc) / scc : 0, maxT);
        consider(best, c, h, Math.min(maxT, sh / n), 0, maxT);
        return best;
    }

    private static void consider(double[] best, double[] c, double[] h, double t, double a, double maxT) {
        if (a < 0 || t < -1e-9 || t > maxT + 1e-9) {
            return;
        }
        double sse = 0;
        for (int i = 0; i < c.length; i++) {
            double r = h[i] - t - a * c[i];
            sse += r * r;
        }
        if (sse < best[0]) {
            best[0] = sse;
            best[1] = a;
        }
    }

    private static double distance(double a, double b) {
        double d = Math.abs(a - b) % 180;
        return Math.min(d, 180 - d);
    }

    /** The angle equivalent to {@code phi} modulo 180° within [near − 90, near + 90). */
    static double near(double phi, double nearDeg) {
        double d = ((phi - nearDeg + 90) % 180 + 180) % 180 - 90;
        return nearDeg + d;
    }
}
