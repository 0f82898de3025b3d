package org.lsdcfx.analysis.xrf;

import java.util.List;

/**
 * One column of the spectrum fit: the counts per channel, over the fitted channels, of one unit of a shell's
 * lines (Gaussians at the detector resolution, weighted by the lines' relative rates) or of a scatter peak.
 * Immutable.
 */
record SpectrumComponent(String name, ElementLines element, Shell shell, List<EmissionLine> lines, double[] fractions,
                         int first, double[] values) {

    static SpectrumComponent shell(ElementLines element, Shell shell, List<EmissionLine> lines, DetectorResponse detector,
                                   EnergyCalibration cal, int first, int last) {
        double total = lines.stream().mapToDouble(EmissionLine::rate).sum();
        double[] fractions = lines.stream().mapToDouble(l -> l.rate() / total).toArray();
        double[] values = new double[last - first + 1];
        for (int k = 0; k < lines.size(); k++) {
            double e = lines.get(k).energyEv();
            add(values, cal, first, e, detector.sigmaEv(e), fractions[k]);
        }
        return new SpectrumComponent(element.symbol() + " " + shell, element, shell, List.copyOf(lines), fractions, first, values);
    }

    static SpectrumComponent gaussian(String name, double centreEv, double sigmaEv, EnergyCalibration cal, int first, int last) {
        double[] values = new double[last - first + 1];
        add(values, cal, first, centreEv, sigmaEv, 1);
        return new SpectrumComponent(name, null, null, List.of(), new double[0], first, values);
    }

    /**
     * Smooth continuum: cubic B-splines with knots every {@code spacingEv} across the fitted channels. Being
     * non-negative with non-negative amplitudes, and far broader than any line, they follow the continuum
     * without taking peaks.
     */
    static java.util.List<SpectrumComponent> continuum(double spacingEv, EnergyCalibration cal, int first, int last) {
        double from = cal.energyEv(first);
        int intervals = (int) Math.max(1, Math.ceil((cal.energyEv(last) - from) / spacingEv));
        java.util.List<SpectrumComponent> out = new java.util.ArrayList<>();
        for (int k = 0; k < intervals + 3; k++) {
            double start = from + (k - 3) * spacingEv;
            double[] values = new double[last - first + 1];
            for (int i = 0; i < values.length; i++) {
                values[i] = cubicBSpline((cal.energyEv(first + i) - start) / spacingEv);
            }
            out.add(new SpectrumComponent("continuum " + k, null, null, List.of(), new double[0], first, values));
        }
        return out;
    }

    /** The uniform cubic B-spline on [0, 4]. */
    private static double cubicBSpline(double u) {
        if (u <= 0 || u >= 4) {
            return 0;
        }
        if (u < 1) {
            return u * u * u / 6;
        }
        if (u < 2) {
            return (-3 * u * u * u + 12 * u * u - 12 * u + 4) / 6;
        }
        if (u < 3) {
            return (3 * u * u * u - 24 * u * u + 60 * u - 44) / 6;
        }
        double v = 4 - u;
        return v * v * v / 6;
    }

    /** The strongest line. */
    EmissionLine principal() {
        return lines.get(0);
    }

    /** Counts per unit amplitude at a channel; 0 outside the fitted channels. */
    double value(int channel) {
        int k = channel - first;
        return k >= 0 && k < values.length ? values[k] : 0;
    }

    private static void add(double[] values, EnergyCalibration cal, int first, double centreEv, double sigmaEv, double area) {
        double perChannel = area * cal.gainEvPerChannel() / (sigmaEv * Math.sqrt(2 * Math.PI));
        for (int k = 0; k < values.length; k++) {
            double x = (cal.energyEv(first + k) - centreEv) / sigmaEv;
            if (Math.abs(x) < 6) {
                values[k] += perChannel * Math.exp(-0.5 * x * x);
            }
        }
    }
}
