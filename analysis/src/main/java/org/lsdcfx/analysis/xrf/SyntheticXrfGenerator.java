package org.lsdcfx.analysis.xrf;

import java.util.Objects;
import java.util.random.RandomGenerator;
import org.lsdcfx.analysis.escan.synthetic.PoissonNoise;

/**
 * Synthetic MCA spectra for tests and the simulated beamline: Gaussian fluorescence lines of each element's
 * excited shells (relative line intensities from the radiative rates, shells weighted roughly by
 * {@code yield · (1 − 1/jump) · (edge/excitation)^2.7}), an elastic peak, an asymmetric Compton peak (a
 * Doppler-broadened Gaussian with a skewed low-energy tail), a continuum rising towards low energy, then
 * Poisson noise. Good enough to test identification, not for quantification. Thread-safe if each thread
 * passes its own random generator.
 */
public final class SyntheticXrfGenerator {

    /** Doppler broadening of the Compton peak, as a fraction of the incident energy (1 σ). */
    private static final double COMPTON_DOPPLER_SIGMA = 0.01;
    /** Compton profile: (weight, centre offset in σ, width in σ) of three Gaussians, a skewed low-energy tail. */
    private static final double[][] COMPTON_PROFILE = {{0.6, 0, 1}, {0.25, -1, 1.3}, {0.15, -3, 2}};

    private final EmissionLineTable lines;
    private final DetectorResponse detector;

    public SyntheticXrfGenerator(EmissionLineTable lines, DetectorResponse detector) {
        this.lines = Objects.requireNonNull(lines, "lines");
        this.detector = Objects.requireNonNull(detector, "detector");
    }

    /** Noise-free counts per channel. */
    public double[] expected(SyntheticXrfSpec spec) {
        double[] counts = new double[spec.channels()];
        EnergyCalibration cal = spec.calibration();
        double top = cal.energyEv(spec.channels() - 1);
        spec.elementCounts().forEach((symbol, total) -> addElement(counts, spec, lines.element(symbol), total, top));
        double e = spec.excitationEnergyEv();
        addGaussian(counts, cal, e, detector.sigmaEv(e), spec.elasticCounts());
        double compton = Scatter.comptonEnergyEv(e, spec.scatteringAngleDeg());
        double sigma = Math.hypot(detector.sigmaEv(compton), COMPTON_DOPPLER_SIGMA * e);
        for (double[] part : COMPTON_PROFILE) {
            addGaussian(counts, cal, compton + part[1] * sigma, part[2] * sigma, part[0] * spec.comptonCounts());
        }
        for (int ch = 0; ch < counts.length; ch++) {
            double energy = cal.energyEv(ch);
            if (energy > 0 && energy < e) {
                counts[ch] += spec.backgroundPerChannel() * (1 + 3 * Math.exp(-energy / 2500));
            }
        }
        return counts;
    }

    /** One noisy spectrum. */
    public XrfSpectrum generate(SyntheticXrfSpec spec, RandomGenerator rng) {
        double[] counts = expected(spec);
        for (int ch = 0; ch < counts.length; ch++) {
            counts[ch] = PoissonNoise.sample(counts[ch], rng);
        }
        return new XrfSpectrum(counts, spec.calibration(), spec.excitationEnergyEv(), spec.liveTimeS());
    }

    private void addElement(double[] counts, SyntheticXrfSpec spec, ElementLines element, double total, double top) {
        double e = spec.excitationEnergyEv();
        double[] weight = new double[Shell.values().length];
        double strongest = 0;
        for (AbsorptionEdge edge : element.edges().values()) {
            if (edge.excitedBy(e)) {
                double w = edge.fluorescenceYield() * (1 - 1 / edge.jumpFactor()) * Math.pow(edge.energyEv() / e, 2.7);
                weight[edge.shell().ordinal()] = w;
                strongest = Math.max(strongest, w);
            }
        }
        if (strongest == 0) {
            return;
        }
        for (Shell shell : Shell.values()) {
            double w = weight[shell.ordinal()];
            double rates = element.linesOf(shell).stream().mapToDouble(EmissionLine::rate).sum();
            if (w == 0 || rates == 0) {
                continue;
            }
            for (EmissionLine line : element.linesOf(shell)) {
                if (line.energyEv() < top) {
                    double lineCounts = total * (w / strongest) * line.rate() / rates;
                    addGaussian(counts, spec.calibration(), line.energyEv(), detector.sigmaEv(line.energyEv()), lineCounts);
                }
            }
        }
    }

    static void addGaussian(double[] counts, EnergyCalibration cal, double centreEv, double sigmaEv, double area) {
        double perChannel = area * cal.gainEvPerChannel() / (sigmaEv * Math.sqrt(2 * Math.PI));
        int lo = Math.max(0, (int) Math.floor(cal.channel(centreEv - 6 * sigmaEv)));
        int hi = Math.min(counts.length - 1, (int) Math.ceil(cal.channel(centreEv + 6 * sigmaEv)));
        for (int ch = lo; ch <= hi; ch++) {
            double x = (cal.energyEv(ch) - centreEv) / sigmaEv;
            counts[ch] += perChannel * Math.exp(-0.5 * x * x);
        }
    }
}
