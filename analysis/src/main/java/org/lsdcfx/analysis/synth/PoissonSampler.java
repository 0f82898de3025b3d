package org.lsdcfx.analysis.synth;

import java.util.SplittableRandom;

/** Poisson and Gaussian helpers for the frame synthesiser; stateless. */
final class PoissonSampler {

    /** Above this mean the normal approximation is used (its error is far below the noise it models). */
    private static final double NORMAL_ABOVE = 30;

    private PoissonSampler() {
    }

    /** A Poisson deviate of mean {@code lambda} (0 for lambda ≤ 0). */
    static int sample(SplittableRandom rng, double lambda) {
        if (!(lambda > 0)) {
            return 0;
        }
        if (lambda >= NORMAL_ABOVE) {
            long v = Math.round(lambda + Math.sqrt(lambda) * rng.nextGaussian());
            return (int) Math.max(0, Math.min(Integer.MAX_VALUE, v));
        }
        // Knuth: multiply uniforms until the product drops below e^-λ
        double limit = Math.exp(-lambda);
        double p = rng.nextDouble();
        int k = 0;
        while (p > limit) {
            p *= rng.nextDouble();
            k++;
        }
        return k;
    }

    /** Standard normal cumulative distribution Φ(z). */
    static double normalCdf(double z) {
        return 0.5 * (1 + erf(z / Math.sqrt(2)));
    }

    /** erf by Abramowitz & Stegun 7.1.26 (absolute error below 1.5e-7). */
    static double erf(double x) {
        double sign = Math.signum(x);
        double a = Math.abs(x);
        double t = 1 / (1 + 0.3275911 * a);
        double poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
        return sign * (1 - poly * Math.exp(-a * a));
    }
}
