package org.lsdcfx.analysis.xrf;

/**
 * Energy resolution of a semiconductor fluorescence detector: Gaussian peaks with
 * {@code FWHM(E) = sqrt(noiseFwhmEv² + 8 ln2 · fano · pairEnergyEv · E)}.
 */
public record DetectorResponse(double noiseFwhmEv, double fano, double pairEnergyEv) {

    private static final double EIGHT_LN2 = 8 * Math.log(2);

    public DetectorResponse {
        if (!(noiseFwhmEv >= 0) || !(fano > 0) || !(pairEnergyEv > 0)) {
            throw new IllegalArgumentException("detector response needs noise ≥ 0, Fano > 0 and pair energy > 0");
        }
    }

    /** A silicon drift detector such as the Vortex/Mercury LSDC reads: 120 eV noise, Fano 0.114, 3.85 eV/pair. */
    public static DetectorResponse siliconDrift() {
        return new DetectorResponse(120, 0.114, 3.85);
    }

    public double fwhmEv(double energyEv) {
        return Math.sqrt(noiseFwhmEv * noiseFwhmEv + EIGHT_LN2 * fano * pairEnergyEv * Math.max(energyEv, 0));
    }

    public double sigmaEv(double energyEv) {
        return fwhmEv(energyEv) / Math.sqrt(EIGHT_LN2);
    }
}
