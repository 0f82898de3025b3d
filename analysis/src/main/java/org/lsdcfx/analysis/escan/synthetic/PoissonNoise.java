package org.lsdcfx.analysis.escan.synthetic;

import java.util.random.RandomGenerator;

/**
 * Poisson-distributed counts: exact (Knuth's product method) for means below 30, the normal approximation
 * rounded and clipped at zero above (its error is far below a count's own noise there). Stateless; the
 * caller's generator supplies the randomness, so seeded runs repeat.
 */
public final class PoissonNoise {

    private static final double EXACT_BELOW = 30;

    private PoissonNoise() {
    }

    /** One Poisson sample of the given mean (≥ 0). */
    public static long sample(double mean, RandomGenerator rng) {
        if (!(mean >= 0) || !Double.isFinite(mean)) {
            throw new IllegalArgumentException("Poisson mean must be finite and ≥ 0, got " + mean);
        }
        if (mean < EXACT_BELOW) {
            double limit = Math.exp(-mean);
            long k = 0;
            double p = rng.nextDouble();
            while (p > limit) {
                k++;
                p *= rng.nextDouble();
            }
            return k;
        }
        return Math.max(0, Math.round(mean + Math.sqrt(mean) * rng.nextGaussian()));
    }
}
