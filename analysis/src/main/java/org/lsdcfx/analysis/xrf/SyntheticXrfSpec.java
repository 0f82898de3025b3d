package org.lsdcfx.analysis.xrf;

import java.util.Map;
import java.util.Objects;

/**
 * What a synthetic MCA spectrum contains.
 *
 * @param excitationEnergyEv  incident energy (eV)
 * @param calibration         channel energies
 * @param channels            number of MCA channels
 * @param elementCounts       per element symbol, the counts in the lines of its most intense excited shell
 *                            (other excited shells scale with it); elements whose edges are all above the
 *                            excitation energy give nothing
 * @param elasticCounts       counts in the elastic scatter peak
 * @param comptonCounts       counts in the Compton scatter peak
 * @param scatteringAngleDeg  detector angle to the beam (90° in the horizontal plane at a synchrotron)
 * @param backgroundPerChannel flat continuum level (counts per channel), with a rise towards low energy
 * @param liveTimeS           live time recorded with the spectrum (s)
 */
public record SyntheticXrfSpec(double excitationEnergyEv, EnergyCalibration calibration, int channels,
                               Map<String, Double> elementCounts, double elasticCounts, double comptonCounts,
                               double scatteringAngleDeg, double backgroundPerChannel, double liveTimeS) {

    public SyntheticXrfSpec {
        Objects.requireNonNull(calibration, "calibration");
        elementCounts = Map.copyOf(elementCounts);
        if (channels < 16 || !(excitationEnergyEv > 0) || elasticCounts < 0 || comptonCounts < 0 || backgroundPerChannel < 0) {
            throw new IllegalArgumentException("synthetic spectrum needs ≥ 16 channels, excitation > 0 and counts ≥ 0");
        }
        elementCounts.forEach((e, c) -> {
            if (!(c >= 0)) {
                throw new IllegalArgumentException("counts for " + e + " must be ≥ 0, got " + c);
            }
        });
    }

    /** A Mercury/Vortex-like spectrum: 2048 channels of 10 eV, 90° geometry, 1 s. */
    public static SyntheticXrfSpec typical(double excitationEnergyEv, Map<String, Double> elementCounts) {
        return new SyntheticXrfSpec(excitationEnergyEv, new EnergyCalibration(0, 10), 2048, elementCounts,
                2e5, 3e5, 90, 20, 1);
    }
}
