package org.lsdcfx.analysis.escan;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooch-equivalent analysis of a fluorescence energy scan: experimental f'' from the scan normalised to
 * theory away from the edge, f' by a differential Kramers–Kronig transform, and the peak (max f''),
 * inflection (min f') and remote energies with their f' and f''.
 *
 * <p>Steps: (1) Savitzky–Golay smoothing of the counts; (2) pre-/post-edge polynomial fits matched to the
 * theoretical f'' ({@link EdgeNormalisation}); (3) a natural cubic spline of the smoothed counts onto a
 * uniform grid, mapped to f''; (4) {@code f' = f'_theory + KK[f''_exp − f''_theory]}, the difference being
 * zero outside the scan by construction, so no truncation error; (5) extrema searched between the two fit
 * windows and refined by a parabola through the three grid points around them. A curve without an
 * extremum there (no white line, say) gives the end of that range and a warning in the result.
 *
 * <p>Pure computation on immutable inputs; one instance may be shared between threads.
 */
public final class ChoochAnalysis {

    private static final Logger LOG = LoggerFactory.getLogger(ChoochAnalysis.class);

    private final ElementTables tables;
    private final ChoochConfig config;

    public ChoochAnalysis(ElementTables tables, ChoochConfig config) {
        this.tables = Objects.requireNonNull(tables, "tables");
        this.config = Objects.requireNonNull(config, "config");
    }

    public ChoochConfig config() {
        return config;
    }

    /** Analyses at the element's default edge ({@link ElementTables#defaultEdge}). */
    public ChoochResult analyse(ScanData scan, String element) {
        return analyse(scan, element, tables.defaultEdge(element));
    }

    /**
     * @throws IllegalArgumentException with a message for the user when the element/edge is unknown, the
     *     scan does not straddle the edge with enough points on each side or shows no edge step
     */
    public ChoochResult analyse(ScanData scan, String element, Edge edge) {
        Objects.requireNonNull(scan, "scan");
        AnomalousTable table = tables.table(element, edge);
        String label = table.key().label();
        double e0 = table.edgeEnergyEv();
        if (scan.minEnergyEv() < table.minEnergyEv() || scan.maxEnergyEv() > table.maxEnergyEv()) {
            throw new IllegalArgumentException(String.format(
                    "scan %.1f-%.1f eV extends beyond the %s theory (%.1f-%.1f eV); is this the right element and edge?",
                    scan.minEnergyEv(), scan.maxEnergyEv(), label, table.minEnergyEv(), table.maxEnergyEv()));
        }
        if (e0 <= scan.minEnergyEv() || e0 >= scan.maxEnergyEv()) {
            throw new IllegalArgumentException(String.format(
                    "the %s edge (%.1f eV) is outside the scan %.1f-%.1f eV", label, e0, scan.minEnergyEv(), scan.maxEnergyEv()));
        }
        double remote = e0 + config.remoteOffsetEv();
        if (!table.covers(remote)) {
            throw new IllegalArgumentException(String.format(
                    "remote energy %.1f eV (edge %+.1f eV) is outside the %s theory (%.1f-%.1f eV)",
                    remote, config.remoteOffsetEv(), label, table.minEnergyEv(), table.maxEnergyEv()));
        }

        EdgeNormalisation norm = EdgeNormalisation.fit(scan, table, config);
        double[] energies = scan.energiesEv();
        double[] smoothed = SavitzkyGolay.smooth(energies, scan.counts(), config.smoothingPoints(), config.smoothingOrder());
        CubicSpline spline = new CubicSpline(energies, smoothed);

        double[] grid = grid(scan.minEnergyEv(), scan.maxEnergyEv());
        double[] f2 = new double[grid.length];
        double[] f2Theory = new double[grid.length];
        double[] difference = new double[grid.length];
        for (int i = 0; i < grid.length; i++) {
            f2[i] = norm.f2prime(grid[i] - e0, spline.value(grid[i]));
            f2Theory[i] = table.f2prime(grid[i]);
            difference[i] = f2[i] - f2Theory[i];
        }
        double[] kk = KramersKronig.transform(grid, difference, grid);
        double[] f1 = new double[grid.length];
        for (int i = 0; i < grid.length; i++) {
            f1[i] = table.fprime(grid[i]) + kk[i];
        }

        double lo = e0 - config.preEdgeGapEv();
        double hi = e0 + config.postEdgeGapEv();
        Extremum peak = Extremum.find(grid, f2, lo, hi, true, "f'' maximum (peak)");
        Extremum infl = Extremum.find(grid, f1, lo, hi, false, "f' minimum (inflection)");
        List<String> warnings = new ArrayList<>();
        if (peak.onBoundary()) {
            warnings.add(String.format("f'' has no maximum between %.1f and %.1f eV (no white line?): peak set to %.1f eV "
                    + "where f'' is largest", lo, hi, peak.position()));
        }
        if (infl.onBoundary()) {
            warnings.add(String.format("f' has no minimum between %.1f and %.1f eV: the edge is not where the %s theory "
                    + "puts it (check element, edge and energy calibration) or preEdgeGapEv/postEdgeGapEv are too small; "
                    + "inflection set to %.1f eV", lo, hi, label, infl.position()));
        }
        warnings.forEach(w -> LOG.warn("Chooch {}: {}", label, w));

        boolean remoteInside = remote >= grid[0] && remote <= grid[grid.length - 1];
        double f1Remote = table.fprime(remote) + KramersKronig.transform(grid, difference, new double[] {remote})[0];
        double f2Remote = remoteInside ? linear(grid, f2, remote) : table.f2prime(remote);

        LOG.info("Chooch {}: edge jump {} counts, infl {} eV (f' {}, f'' {}), peak {} eV (f' {}, f'' {}), remote {} eV",
                label, String.format("%.4g", norm.edgeJumpCounts()), fmt(infl.position()), fmt(infl.value()),
                fmt(linear(grid, f2, infl.position())), fmt(peak.position()), fmt(linear(grid, f1, peak.position())),
                fmt(peak.value()), fmt(remote));
        return new ChoochResult(table.element(), table.edge(), e0,
                infl.position(), infl.value(), linear(grid, f2, infl.position()),
                peak.position(), linear(grid, f1, peak.position()), peak.value(),
                remote, f1Remote, f2Remote, remoteInside,
                new ChoochCurves(grid, f1, f2), scan, config, warnings);
    }

    private double[] grid(double from, double to) {
        double step = Math.max(config.gridStepEv(), (to - from) / (config.maxGridPoints() - 1));
        int n = (int) Math.floor((to - from) / step + 1e-9) + 1;
        double[] grid = new double[n];
        for (int i = 0; i < n; i++) {
            grid[i] = from + i * step;
        }
        return grid;
    }

    static double linear(double[] x, double[] y, double at) {
        int i = java.util.Arrays.binarySearch(x, at);
        if (i >= 0) {
            return y[i];
        }
        int hi = Math.min(Math.max(-i - 1, 1), x.length - 1);
        int lo = hi - 1;
        double t = (at - x[lo]) / (x[hi] - x[lo]);
        return y[lo] + t * (y[hi] - y[lo]);
    }

    private static String fmt(double v) {
        return String.format("%.2f", v);
    }
}
