package org.lsdcfx.analysis.escan.synthetic;

import java.util.Objects;
import java.util.random.RandomGenerator;
import org.lsdcfx.analysis.escan.ScanData;

/**
 * Fluorescence energy scans of a {@link SyntheticEdgeModel}: expected counts from a
 * {@link FluorescenceSignal}, then Poisson noise. For tests of the analysis and for the simulated
 * beamline's energy scan. Immutable; thread-safe if each thread passes its own random generator.
 */
public final class SyntheticScanGenerator {

    private final SyntheticEdgeModel model;
    private final FluorescenceSignal signal;

    public SyntheticScanGenerator(SyntheticEdgeModel model, FluorescenceSignal signal) {
        this.model = Objects.requireNonNull(model, "model");
        this.signal = Objects.requireNonNull(signal, "signal");
    }

    public SyntheticEdgeModel model() {
        return model;
    }

    /** Noise-free counts at an energy (eV), never negative. */
    public double expectedCounts(double energyEv) {
        double e0 = model.theory().edgeEnergyEv();
        double counts = signal.countsPerElectron() * model.f2prime(energyEv) * e0 / energyEv
                + signal.backgroundCounts() + signal.backgroundSlopePerEv() * (energyEv - e0);
        return Math.max(0, counts);
    }

    /** One noisy measurement at each energy (eV, strictly increasing). */
    public ScanData measure(double[] energiesEv, RandomGenerator rng) {
        double[] counts = new double[energiesEv.length];
        for (int i = 0; i < energiesEv.length; i++) {
            counts[i] = PoissonNoise.sample(expectedCounts(energiesEv[i]), rng);
        }
        return new ScanData(energiesEv, counts);
    }

    /**
     * A noisy scan on a uniform grid given relative to the tabulated edge, e.g. (-20, +20, 1) for LSDC's
     * default 41 steps of 1 eV.
     */
    public ScanData scan(double fromRelativeEv, double toRelativeEv, double stepEv, RandomGenerator rng) {
        if (!(stepEv > 0) || !(toRelativeEv > fromRelativeEv)) {
            throw new IllegalArgumentException("scan needs from < to and step > 0, got " + fromRelativeEv + ", "
                    + toRelativeEv + ", " + stepEv);
        }
        int n = (int) Math.floor((toRelativeEv - fromRelativeEv) / stepEv + 1e-9) + 1;
        double[] energies = new double[n];
        for (int i = 0; i < n; i++) {
            energies[i] = model.theory().edgeEnergyEv() + fromRelativeEv + i * stepEv;
        }
        return measure(energies, rng);
    }
}
