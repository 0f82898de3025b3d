package org.lsdcfx.analysis.xrf;

import java.util.function.Predicate;

/** Amplitudes (counts) of a {@link SpectrumModel}'s components from one fit, with errors and χ². Immutable. */
final class SpectrumFit {

    private final SpectrumModel model;
    private final double[] amplitude;
    private final double[] error;
    private final double chiSquare;

    SpectrumFit(SpectrumModel model, double[] amplitude, double[] error, double chiSquare) {
        this.model = model;
        this.amplitude = amplitude;
        this.error = error;
        this.chiSquare = chiSquare;
    }

    /** Fitted counts of the model's component i. */
    double amplitude(int i) {
        return amplitude[i];
    }

    /** Amplitude over its standard error; 0 for a component fitted at zero or left out. */
    double significance(int i) {
        return amplitude[i] > 0 && error[i] > 0 ? amplitude[i] / error[i] : 0;
    }

    /** Weighted sum of squared residuals. */
    double chiSquare() {
        return chiSquare;
    }

    double counts(int channel) {
        return model.counts(channel);
    }

    /** The fitted model at a channel, summed over the components selected. */
    double model(int channel, Predicate<SpectrumComponent> which) {
        double sum = 0;
        for (int i = 0; i < amplitude.length; i++) {
            SpectrumComponent c = model.components().get(i);
            if (amplitude[i] > 0 && which.test(c)) {
                sum += amplitude[i] * c.value(channel);
            }
        }
        return sum;
    }
}
