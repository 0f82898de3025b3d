package org.lsdcfx.analysis.escan.synthetic;

import java.util.Objects;
import org.lsdcfx.analysis.escan.AnomalousTable;

/**
 * The "true" anomalous scattering of a synthetic sample: the shipped theory, shifted by a chemical shift,
 * plus a {@link WhiteLine}, optionally seen through a monochromator with a Gaussian band pass. f' and f''
 * are known exactly (the mono convolution is done by quadrature), so the peak and inflection of a synthetic
 * scan are known independently of the analysis under test. Immutable and thread-safe.
 */
public final class SyntheticEdgeModel {

    /** Quadrature nodes each side of the centre for the mono band pass, spanning ±4σ. */
    private static final int HALF_NODES = 16;
    private static final double SEARCH_STEP_EV = 0.01;

    private final AnomalousTable theory;
    private final WhiteLine whiteLine;
    private final double edgeShiftEv;
    private final double monoFwhmEv;
    private final double[] offsets;
    private final double[] weights;

    /**
     * @param edgeShiftEv true edge minus tabulated edge (eV), e.g. a chemical shift or mono miscalibration
     * @param monoFwhmEv  monochromator band pass, Gaussian FWHM (eV); 0 for none
     */
    public SyntheticEdgeModel(AnomalousTable theory, WhiteLine whiteLine, double edgeShiftEv, double monoFwhmEv) {
        this.theory = Objects.requireNonNull(theory, "theory");
        this.whiteLine = Objects.requireNonNull(whiteLine, "whiteLine");
        if (!Double.isFinite(edgeShiftEv) || !(monoFwhmEv >= 0) || !Double.isFinite(monoFwhmEv)) {
            throw new IllegalArgumentException("edge shift must be finite and mono FWHM ≥ 0, got " + edgeShiftEv + ", " + monoFwhmEv);
        }
        this.edgeShiftEv = edgeShiftEv;
        this.monoFwhmEv = monoFwhmEv;
        if (monoFwhmEv == 0) {
            offsets = new double[] {0};
            weights = new double[] {1};
        } else {
            double sigma = monoFwhmEv / (2 * Math.sqrt(2 * Math.log(2)));
            offsets = new double[2 * HALF_NODES + 1];
            weights = new double[offsets.length];
            double sum = 0;
            for (int k = -HALF_NODES; k <= HALF_NODES; k++) {
                double t = 4.0 * k / HALF_NODES;
                offsets[k + HALF_NODES] = t * sigma;
                weights[k + HALF_NODES] = Math.exp(-0.5 * t * t);
                sum += weights[k + HALF_NODES];
            }
            for (int k = 0; k < weights.length; k++) {
                weights[k] /= sum;
            }
        }
    }

    public AnomalousTable theory() {
        return theory;
    }

    /** Tabulated edge energy + shift: where this sample's edge really is (eV). */
    public double trueEdgeEv() {
        return theory.edgeEnergyEv() + edgeShiftEv;
    }

    public double monoFwhmEv() {
        return monoFwhmEv;
    }

    /** True f'' (electrons) as the monochromator sees it at an energy (eV). */
    public double f2prime(double energyEv) {
        double sum = 0;
        for (int k = 0; k < offsets.length; k++) {
            double e = energyEv + offsets[k];
            sum += weights[k] * (theory.f2prime(e - edgeShiftEv) + whiteLine.f2prime(e - trueEdgeEv()));
        }
        return sum;
    }

    /** True f' (electrons) as the monochromator sees it at an energy (eV). */
    public double fprime(double energyEv) {
        double sum = 0;
        for (int k = 0; k < offsets.length; k++) {
            double e = energyEv + offsets[k];
            sum += weights[k] * (theory.fprime(e - edgeShiftEv) + whiteLine.fprime(e - trueEdgeEv()));
        }
        return sum;
    }

    /** Peak and inflection found by a dense (0.01 eV) search over the range (eV, absolute). */
    public EdgeFeatures features(double fromEv, double toEv) {
        double peak = fromEv;
        double infl = fromEv;
        double maxF2 = Double.NEGATIVE_INFINITY;
        double minF1 = Double.POSITIVE_INFINITY;
        int n = (int) Math.round((toEv - fromEv) / SEARCH_STEP_EV);
        for (int i = 0; i <= n; i++) {
            double e = fromEv + i * SEARCH_STEP_EV;
            double f2 = f2prime(e);
            double f1 = fprime(e);
            if (f2 > maxF2) {
                maxF2 = f2;
                peak = e;
            }
            if (f1 < minF1) {
                minF1 = f1;
                infl = e;
            }
        }
        return new EdgeFeatures(peak, fprime(peak), maxF2, infl, minF1, f2prime(infl));
    }
}
