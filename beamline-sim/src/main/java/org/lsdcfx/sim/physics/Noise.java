package org.lsdcfx.sim.physics;

import java.util.Random;

/** Counting noise. Not thread-safe (one per simulator thread). */
public final class Noise {
    private final Random random;

    public Noise(long seed) {
        this.random = new Random(seed);
    }

    /** A Poisson-distributed count with mean {@code mean} (normal approximation above 50). */
    public double poisson(double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 50) {
            return Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
        }
        double l = Math.exp(-mean);
        double p = 1;
        int k = 0;
        do {
            k++;
            p *= random.nextDouble();
        } while (p > l);
        return k - 1;
    }

    /** Gaussian noise with standard deviation {@code sigma}. */
    public double gaussian(double sigma) {
        return sigma * random.nextGaussian();
    }
}
