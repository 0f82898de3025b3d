package org.lsdcfx.analysis.xrf;

/**
 * Parameters of {@link XrfIdentifier}.
 *
 * @param minEnergyEv         lowest energy analysed (eV); below it detector windows and air absorb. Default 1500.
 *                            Shells whose strongest line lies within a FWHM above it are not considered.
 * @param peakSignificance    a peak (and a candidate's strongest line) must have net counts this many standard
 *                            deviations above the continuum; also the threshold of the pair rule. Default 6.
 * @param elementSignificance leaving an element out must worsen the fit by at least this, as sqrt(Δχ²); it is
 *                            also the element's score. Default 10.
 * @param lineToleranceEv     a line and a detected peak match when their energies differ by at most this plus
 *                            a quarter of the detector FWHM (calibration error). Default 40.
 * @param scatteringAngleDeg  detector angle to the beam, for the Compton energy. Default 90.
 * @param comptonWidth        Doppler broadening of the Compton peak, 1 σ as a fraction of the incident energy.
 *                            Default 0.01.
 */
public record XrfIdentifierConfig(double minEnergyEv, double peakSignificance, double elementSignificance,
                                  double lineToleranceEv, double scatteringAngleDeg, double comptonWidth) {

    public XrfIdentifierConfig {
        if (!(minEnergyEv >= 0) || !(peakSignificance > 0) || !(elementSignificance > 0) || !(lineToleranceEv >= 0)
                || !Double.isFinite(scatteringAngleDeg) || !(comptonWidth >= 0)) {
            throw new IllegalArgumentException("XRF identifier parameters must be finite and non-negative (significances > 0)");
        }
    }

    public static XrfIdentifierConfig defaults() {
        return new XrfIdentifierConfig(1500, 6, 10, 40, 90, 0.01);
    }
}
