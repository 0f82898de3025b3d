package org.lsdcfx.analysis.escan;

import java.util.Arrays;

/**
 * Maps fluorescence counts to experimental f'' by matching the scan to theory away from the edge.
 *
 * <p>Polynomials are fitted to the counts in the pre-edge window (P) and the post-edge window (Q), and of
 * the same order over the same points to the theoretical f'' (Tpre, Tpost). A point is mapped by its
 * fraction of the edge step, {@code f'' = Tpre + (c − P) / (Q − P) · (Tpost − Tpre)}. Because
 * least-squares fitting is linear in the data, a scan that is a multiple of the theoretical f'' plus a
 * background polynomial maps exactly onto the theory; white lines and other edge structure stay as
 * deviations from it. Immutable.
 */
final class EdgeNormalisation {

    /** Q − P may shrink to this fraction of the edge jump within the scan; less means the fits cross. */
    private static final double MIN_STEP_FRACTION = 0.25;

    private final PolynomialFit pre;
    private final PolynomialFit post;
    private final PolynomialFit theoryPre;
    private final PolynomialFit theoryPost;
    private final double edgeJumpCounts;

    private EdgeNormalisation(PolynomialFit pre, PolynomialFit post, PolynomialFit theoryPre,
                              PolynomialFit theoryPost, double edgeJumpCounts) {
        this.pre = pre;
        this.post = post;
        this.theoryPre = theoryPre;
        this.theoryPost = theoryPost;
        this.edgeJumpCounts = edgeJumpCounts;
    }

    /**
     * @throws IllegalArgumentException when a window holds too few points, the scan shows no edge step, or
     *     the pre- and post-edge fits cross inside the scan
     */
    static EdgeNormalisation fit(ScanData scan, AnomalousTable table, ChoochConfig config) {
        double e0 = table.edgeEnergyEv();
        String label = table.key().label();
        double preEnd = e0 - config.preEdgeGapEv();
        double postStart = e0 + config.postEdgeGapEv();
        int[] preIdx = indices(scan, Double.NEGATIVE_INFINITY, preEnd);
        int[] postIdx = indices(scan, postStart, Double.POSITIVE_INFINITY);
        int need = config.minWindowPoints();
        if (preIdx.length < need) {
            throw new IllegalArgumentException(String.format(
                    "the %s edge is at %.1f eV: the scan needs at least %d points at or below %.1f eV for the pre-edge fit, "
                            + "it has %d (scan %.1f-%.1f eV)", label, e0, need, preEnd, preIdx.length,
                    scan.minEnergyEv(), scan.maxEnergyEv()));
        }
        if (postIdx.length < need) {
            throw new IllegalArgumentException(String.format(
                    "the %s edge is at %.1f eV: the scan needs at least %d points at or above %.1f eV for the post-edge fit, "
                            + "it has %d (scan %.1f-%.1f eV)", label, e0, need, postStart, postIdx.length,
                    scan.minEnergyEv(), scan.maxEnergyEv()));
        }
        int order = config.fitOrder();
        PolynomialFit p = fitCounts(scan, preIdx, e0, order);
        PolynomialFit q = fitCounts(scan, postIdx, e0, order);
        PolynomialFit tp = fitTheory(scan, preIdx, table, order);
        PolynomialFit tq = fitTheory(scan, postIdx, table, order);
        double jump = q.value(0) - p.value(0);
        double scatter = Math.hypot(p.rmsResidual(), q.rmsResidual());
        if (!(jump > 0) || jump < config.minEdgeJumpSigma() * scatter) {
            throw new IllegalArgumentException(String.format(
                    "no %s edge step in the scan: post-edge minus pre-edge counts at %.1f eV is %.4g against a point "
                            + "scatter of %.3g (need > %.1f times it); is the element in the sample and the scan at its edge?",
                    label, e0, jump, scatter, config.minEdgeJumpSigma()));
        }
        for (int i = 0; i < scan.size(); i++) {
            double x = scan.energyEv(i) - e0;
            if (q.value(x) - p.value(x) < MIN_STEP_FRACTION * jump) {
                throw new IllegalArgumentException(String.format(
                        "the pre- and post-edge fits converge at %.1f eV, inside the scan; use a lower fitOrder "
                                + "or a shorter scan", scan.energyEv(i)));
            }
        }
        return new EdgeNormalisation(p, q, tp, tq, jump);
    }

    /** Experimental f'' (electrons) for the counts measured at an energy, given relative to the edge (eV). */
    double f2prime(double relativeEnergyEv, double counts) {
        double p = pre.value(relativeEnergyEv);
        double q = post.value(relativeEnergyEv);
        double tp = theoryPre.value(relativeEnergyEv);
        double tq = theoryPost.value(relativeEnergyEv);
        return tp + (counts - p) / (q - p) * (tq - tp);
    }

    /** Post- minus pre-edge fit at the tabulated edge (counts). */
    double edgeJumpCounts() {
        return edgeJumpCounts;
    }

    private static int[] indices(ScanData scan, double from, double to) {
        return java.util.stream.IntStream.range(0, scan.size())
                .filter(i -> scan.energyEv(i) >= from && scan.energyEv(i) <= to).toArray();
    }

    private static PolynomialFit fitCounts(ScanData scan, int[] idx, double e0, int order) {
        double[] x = Arrays.stream(idx).mapToDouble(i -> scan.energyEv(i) - e0).toArray();
        double[] y = Arrays.stream(idx).mapToDouble(scan::count).toArray();
        return PolynomialFit.fit(x, y, order);
    }

    private static PolynomialFit fitTheory(ScanData scan, int[] idx, AnomalousTable table, int order) {
        double e0 = table.edgeEnergyEv();
        double[] x = Arrays.stream(idx).mapToDouble(i -> scan.energyEv(i) - e0).toArray();
        double[] y = Arrays.stream(idx).mapToDouble(i -> table.f2prime(scan.energyEv(i))).toArray();
        return PolynomialFit.fit(x, y, order);
    }
}
