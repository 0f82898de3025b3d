package org.lsdcfx.analysis.escan;

/**
 * Kramers–Kronig transform from f'' to f' of a function known on a finite grid:
 * {@code f'(E) = (2/π) P∫ E' g(E') / (E² − E'²) dE'} over the grid, g taken as piecewise linear between
 * grid points. Used on the difference between experimental and theoretical f'' (zero outside the scan by
 * construction), so the truncation at the grid ends costs nothing — Chooch's differential approach.
 *
 * <p>The singular part {@code (1/π) P∫ g/(E − E')} is integrated exactly segment by segment; the
 * logarithms at a grid point shared by two segments cancel and are dropped. The regular part
 * {@code −(1/π) ∫ g/(E + E')} uses the trapezoidal rule. Cost O(grid × evaluation points). Stateless.
 */
public final class KramersKronig {

    private KramersKronig() {
    }

    /**
     * @param energiesEv strictly increasing grid (eV)
     * @param g          f'' values (electrons) on the grid
     * @param atEv       energies (eV) at which to evaluate the transform; inside or outside the grid
     * @return f' contribution (electrons) at each {@code atEv}
     */
    public static double[] transform(double[] energiesEv, double[] g, double[] atEv) {
        int n = energiesEv.length;
        if (g.length != n || n < 2) {
            throw new IllegalArgumentException("Kramers-Kronig needs ≥ 2 grid points with one value each");
        }
        double[] slope = new double[n - 1];
        for (int j = 0; j < n - 1; j++) {
            slope[j] = (g[j + 1] - g[j]) / (energiesEv[j + 1] - energiesEv[j]);
        }
        double[] out = new double[atEv.length];
        double[] logs = new double[n];
        for (int k = 0; k < atEv.length; k++) {
            double e = atEv[k];
            for (int j = 0; j < n; j++) {
                double d = Math.abs(e - energiesEv[j]);
                logs[j] = d > 0 ? Math.log(d) : 0; // the shared-node singularities cancel
            }
            double singular = 0;
            double regular = 0;
            for (int j = 0; j < n - 1; j++) {
                double h = energiesEv[j + 1] - energiesEv[j];
                double gAtE = g[j] + slope[j] * (e - energiesEv[j]);
                singular += gAtE * (logs[j] - logs[j + 1]) - slope[j] * h;
                regular += 0.5 * h * (g[j] / (e + energiesEv[j]) + g[j + 1] / (e + energiesEv[j + 1]));
            }
            out[k] = (singular - regular) / Math.PI;
        }
        return out;
    }
}
