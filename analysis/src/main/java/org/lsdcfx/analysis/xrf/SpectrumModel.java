package org.lsdcfx.analysis.xrf;

import java.util.List;
import java.util.function.Predicate;

/**
 * The linear model of a spectrum's counts as a sum of non-negative components (continuum, element shells,
 * scatter), with Poisson weights 1/max(counts, 1) over the fitted channels. The weighted normal equations of
 * all components are built once, so fits of any subset ({@link #fit}) cost only the small non-negative
 * least-squares solve. Immutable.
 */
final class SpectrumModel {

    private final List<SpectrumComponent> components;
    private final double[] counts;
    private final double[][] gram;
    private final double[] rhs;
    private final double weightedNetSquare;

    SpectrumModel(List<SpectrumComponent> components, double[] counts, int first, int last) {
        this.components = List.copyOf(components);
        this.counts = counts.clone();
        double[] weight = new double[counts.length];
        double yy = 0;
        for (int ch = first; ch <= last; ch++) {
            weight[ch] = 1 / Math.max(counts[ch], 1);
            yy += weight[ch] * counts[ch] * counts[ch];
        }
        weightedNetSquare = yy;
        int m = components.size();
        gram = new double[m][m];
        rhs = new double[m];
        for (int i = 0; i < m; i++) {
            SpectrumComponent ci = components.get(i);
            for (int ch = first; ch <= last; ch++) {
                rhs[i] += weight[ch] * ci.value(ch) * counts[ch];
            }
            for (int j = 0; j <= i; j++) {
                SpectrumComponent cj = components.get(j);
                double s = 0;
                for (int ch = first; ch <= last; ch++) {
                    s += weight[ch] * ci.value(ch) * cj.value(ch);
                }
                gram[i][j] = s;
                gram[j][i] = s;
            }
        }
    }

    List<SpectrumComponent> components() {
        return components;
    }

    double counts(int channel) {
        return counts[channel];
    }

    /** Fits with the selected components only; the others get amplitude 0. */
    SpectrumFit fit(Predicate<SpectrumComponent> use) {
        return fit(use, null);
    }

    /** As {@link #fit(Predicate)}, warm-started from an earlier fit's amplitudes (may be null). */
    SpectrumFit fit(Predicate<SpectrumComponent> use, SpectrumFit start) {
        int[] idx = java.util.stream.IntStream.range(0, components.size()).filter(i -> use.test(components.get(i))).toArray();
        double[][] g = new double[idx.length][idx.length];
        double[] h = new double[idx.length];
        for (int r = 0; r < idx.length; r++) {
            h[r] = rhs[idx[r]];
            for (int c = 0; c < idx.length; c++) {
                g[r][c] = gram[idx[r]][idx[c]];
            }
        }
        double[] guess = null;
        if (start != null) {
            guess = new double[idx.length];
            for (int r = 0; r < idx.length; r++) {
                guess[r] = start.amplitude(idx[r]);
            }
        }
        double[] a = NonNegativeLeastSquares.solve(g, h, guess);
        double[] e = NonNegativeLeastSquares.standardErrors(g, a);
        double chi = weightedNetSquare;
        for (int r = 0; r < idx.length; r++) {
            chi -= 2 * a[r] * h[r];
            for (int c = 0; c < idx.length; c++) {
                chi += a[r] * g[r][c] * a[c];
            }
        }
        double[] amplitude = new double[components.size()];
        double[] error = new double[components.size()];
        java.util.Arrays.fill(error, Double.NaN);
        for (int r = 0; r < idx.length; r++) {
            amplitude[idx[r]] = a[r];
            error[idx[r]] = e[r];
        }
        return new SpectrumFit(this, amplitude, error, Math.max(0, chi));
    }
}
