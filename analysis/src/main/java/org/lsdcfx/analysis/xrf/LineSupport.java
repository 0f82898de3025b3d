package org.lsdcfx.analysis.xrf;

/**
 * What the spectrum says about one fitted line of one element, within ±½ FWHM of it: the counts the fit
 * predicts for the line, the counts left after the fitted continuum, scatter and every other element
 * ("excess"), and the Poisson noise there. Immutable.
 */
record LineSupport(LineMatch line, double predicted, double excess, double noise) {

    /** Share of a Gaussian's area within ±½ FWHM. */
    private static final double CORE_FRACTION = 0.7610;

    static LineSupport of(ElementLines element, LineMatch line, SpectrumFit fit, EnergyCalibration cal, DetectorResponse detector) {
        double e = line.line().energyEv();
        double half = 0.5 * detector.fwhmEv(e);
        double excess = 0;
        double variance = 0;
        for (int ch = (int) Math.ceil(cal.channel(e - half)); ch <= (int) Math.floor(cal.channel(e + half)); ch++) {
            excess += fit.counts(ch) - fit.model(ch, c -> c.element() != element);
            variance += fit.counts(ch);
        }
        return new LineSupport(line, CORE_FRACTION * line.fittedCounts(), excess, Math.sqrt(variance + 1));
    }
}
