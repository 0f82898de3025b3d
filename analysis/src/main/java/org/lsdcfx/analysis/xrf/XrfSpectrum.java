package org.lsdcfx.analysis.xrf;

import java.util.Arrays;
import java.util.Objects;

/**
 * One MCA fluorescence spectrum taken at a fixed excitation energy: counts per channel (finite, ≥ 0), the
 * channel energy calibration, the excitation energy (eV) and the live time (s). Immutable: the counts are
 * copied in and out.
 */
public record XrfSpectrum(double[] counts, EnergyCalibration calibration, double excitationEnergyEv, double liveTimeS) {

    public XrfSpectrum {
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(calibration, "calibration");
        if (counts.length < 16) {
            throw new IllegalArgumentException("spectrum has " + counts.length + " channels; at least 16 are needed");
        }
        for (int i = 0; i < counts.length; i++) {
            if (!(counts[i] >= 0) || !Double.isFinite(counts[i])) {
                throw new IllegalArgumentException("channel " + i + " holds " + counts[i] + "; counts must be finite and ≥ 0");
            }
        }
        if (!(excitationEnergyEv > 0) || !Double.isFinite(excitationEnergyEv)) {
            throw new IllegalArgumentException("excitation energy must be > 0 eV, got " + excitationEnergyEv);
        }
        if (!(liveTimeS > 0) || !Double.isFinite(liveTimeS)) {
            throw new IllegalArgumentException("live time must be > 0 s, got " + liveTimeS);
        }
        counts = counts.clone();
    }

    @Override
    public double[] counts() {
        return counts.clone();
    }

    public int channels() {
        return counts.length;
    }

    public double count(int channel) {
        return counts[channel];
    }

    public double energyEv(int channel) {
        return calibration.energyEv(channel);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof XrfSpectrum s && Arrays.equals(counts, s.counts) && calibration.equals(s.calibration)
                && excitationEnergyEv == s.excitationEnergyEv && liveTimeS == s.liveTimeS;
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(counts), calibration, excitationEnergyEv, liveTimeS);
    }

    @Override
    public String toString() {
        return "XrfSpectrum[" + counts.length + " channels, excitation " + excitationEnergyEv + " eV, " + liveTimeS + " s]";
    }
}
