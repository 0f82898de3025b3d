package org.lsdcfx.analysis.escan;

/**
 * Parameters of {@link ChoochAnalysis}. Immutable; start from {@link #defaults()} and change with the
 * {@code with...} methods.
 *
 * @param remoteOffsetEv    remote energy = tabulated edge + this (eV). Default 100 eV: far enough above the
 *                          edge that f' has recovered most of the way (a dispersive difference of about
 *                          4 e for Se, 10 e for an L3 edge) and still close enough for one mono setting.
 *                          May be negative (a low-energy remote). Must stay inside the ±1500 eV of the tables.
 * @param preEdgeGapEv      the pre-edge window is every scan point at or below edge − this (eV). Default 10.
 * @param postEdgeGapEv     the post-edge window is every scan point at or above edge + this (eV). Default 10;
 *                          keep the white line out of it. The peak and inflection are searched between the
 *                          two windows, so the gaps must also cover any chemical shift of the edge.
 * @param fitOrder          order of the pre- and post-edge polynomials (0-2). Default 1 (straight lines).
 * @param minWindowPoints   fewest points each window must hold (≥ fitOrder + 2). Default 3.
 * @param smoothingPoints   Savitzky–Golay window in scan points (odd; ≤ 1 = no smoothing). Default 5.
 * @param smoothingOrder    Savitzky–Golay polynomial order. Default 2.
 * @param gridStepEv        spacing of the output curves and of the peak/inflection search (eV). Default 0.1.
 * @param maxGridPoints     the step is widened for long scans so that the curves hold at most this many
 *                          points (the Kramers–Kronig transform is quadratic in it). Default 4000.
 * @param minEdgeJumpSigma  the edge jump must exceed this many standard deviations of the window fits, or
 *                          the scan is refused as showing no edge. Default 5.
 */
public record ChoochConfig(double remoteOffsetEv, double preEdgeGapEv, double postEdgeGapEv, int fitOrder,
                           int minWindowPoints, int smoothingPoints, int smoothingOrder, double gridStepEv,
                           int maxGridPoints, double minEdgeJumpSigma) {

    /** @throws IllegalArgumentException naming the bad parameter */
    public ChoochConfig {
        require(Double.isFinite(remoteOffsetEv) && Math.abs(remoteOffsetEv) >= 1, "remoteOffsetEv must be finite and at least 1 eV from the edge, got " + remoteOffsetEv);
        require(preEdgeGapEv >= 0 && Double.isFinite(preEdgeGapEv), "preEdgeGapEv must be ≥ 0, got " + preEdgeGapEv);
        require(postEdgeGapEv >= 0 && Double.isFinite(postEdgeGapEv), "postEdgeGapEv must be ≥ 0, got " + postEdgeGapEv);
        require(preEdgeGapEv + postEdgeGapEv >= 2, "preEdgeGapEv + postEdgeGapEv must be ≥ 2 eV (the peak and inflection are searched between the windows)");
        require(fitOrder >= 0 && fitOrder <= 2, "fitOrder must be 0, 1 or 2, got " + fitOrder);
        require(minWindowPoints >= fitOrder + 2, "minWindowPoints must be ≥ fitOrder + 2, got " + minWindowPoints);
        require(smoothingPoints <= 1 || (smoothingPoints % 2 == 1 && smoothingPoints >= smoothingOrder + 2),
                "smoothingPoints must be ≤ 1 (off) or odd and ≥ smoothingOrder + 2, got " + smoothingPoints);
        require(smoothingOrder >= 0 && smoothingOrder <= 4, "smoothingOrder must be 0-4, got " + smoothingOrder);
        require(gridStepEv > 0 && gridStepEv <= 5, "gridStepEv must be in (0, 5] eV, got " + gridStepEv);
        require(maxGridPoints >= 100, "maxGridPoints must be ≥ 100, got " + maxGridPoints);
        require(minEdgeJumpSigma >= 0, "minEdgeJumpSigma must be ≥ 0, got " + minEdgeJumpSigma);
    }

    public static ChoochConfig defaults() {
        return new ChoochConfig(100, 10, 10, 1, 3, 5, 2, 0.1, 4000, 5);
    }

    public ChoochConfig withRemoteOffsetEv(double v) {
        return new ChoochConfig(v, preEdgeGapEv, postEdgeGapEv, fitOrder, minWindowPoints, smoothingPoints, smoothingOrder, gridStepEv, maxGridPoints, minEdgeJumpSigma);
    }

    public ChoochConfig withEdgeGapsEv(double pre, double post) {
        return new ChoochConfig(remoteOffsetEv, pre, post, fitOrder, minWindowPoints, smoothingPoints, smoothingOrder, gridStepEv, maxGridPoints, minEdgeJumpSigma);
    }

    public ChoochConfig withFitOrder(int v) {
        return new ChoochConfig(remoteOffsetEv, preEdgeGapEv, postEdgeGapEv, v, Math.max(minWindowPoints, v + 2), smoothingPoints, smoothingOrder, gridStepEv, maxGridPoints, minEdgeJumpSigma);
    }

    public ChoochConfig withSmoothing(int points, int order) {
        return new ChoochConfig(remoteOffsetEv, preEdgeGapEv, postEdgeGapEv, fitOrder, minWindowPoints, points, order, gridStepEv, maxGridPoints, minEdgeJumpSigma);
    }

    public ChoochConfig withGridStepEv(double v) {
        return new ChoochConfig(remoteOffsetEv, preEdgeGapEv, postEdgeGapEv, fitOrder, minWindowPoints, smoothingPoints, smoothingOrder, v, maxGridPoints, minEdgeJumpSigma);
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
