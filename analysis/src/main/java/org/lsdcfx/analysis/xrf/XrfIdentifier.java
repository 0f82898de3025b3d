package org.lsdcfx.analysis.xrf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Identifies elements in an MCA fluorescence spectrum from their emission-line energies.
 *
 * <ol>
 * <li>A first continuum by SNIP, for the peak list ({@link PeakSearch}) and the choice of candidates.</li>
 * <li>Candidates: every element with a shell whose edge is below the excitation energy (so no element is ever
 *     claimed that the beam cannot excite) and whose strongest line has significant net counts around it.
 *     A candidate brings all its excited shells; lines on the elastic and Compton peaks are not fitted.</li>
 * <li>Weighted non-negative least-squares fits of the counts by the candidates' shells (each a set of
 *     Gaussians with the tabulated relative rates at the detector's resolution), an elastic peak, a Compton
 *     peak with a flexible low-energy tail and a B-spline continuum, so overlapping lines are shared out by each
 *     element's other lines and no clipped background biases line ratios.</li>
 * <li>Backward elimination, refitting each time: the element whose removal worsens the fit least goes while
 *     that worsening, sqrt(Δχ²), is below elementSignificance — an element whose lines the others can take
 *     over adds nothing; then the pair rule: the strongest fitted line at a resolvable distance from the
 *     principal one (Kβ1 after Kα1, Lβ1 or Lβ2 after Lα1) must not be clearly absent from the data.</li>
 * </ol>
 *
 * Stateless apart from its immutable tables and parameters; thread-safe.
 */
public final class XrfIdentifier {

    private static final Logger LOG = LoggerFactory.getLogger(XrfIdentifier.class);
    /** SNIP clipping half-width, in FWHMs of the detector at the excitation energy. */
    private static final double SNIP_WIDTH_FWHM = 1.5;
    /** Centres of the Compton tail components, in Compton σ below the Compton peak. */
    private static final double[] COMPTON_TAIL_OFFSETS = {1.5, 3, 4.5};
    /** Knot spacing of the B-spline continuum fitted with the lines (eV): far broader than any line. */
    private static final double CONTINUUM_KNOT_SPACING_EV = 1000;
    /** Lines this many Compton σ below the Compton peak or higher sit on scatter: never required. */
    private static final double SCATTER_REGION_SIGMA = 6;

    private final EmissionLineTable table;
    private final DetectorResponse detector;
    private final XrfIdentifierConfig config;

    public XrfIdentifier(EmissionLineTable table, DetectorResponse detector, XrfIdentifierConfig config) {
        this.table = Objects.requireNonNull(table, "table");
        this.detector = Objects.requireNonNull(detector, "detector");
        this.config = Objects.requireNonNull(config, "config");
    }

    /**
     * @throws IllegalArgumentException when the spectrum's channels do not cover minEnergyEv up to the
     *     excitation energy
     */
    public XrfIdentification identify(XrfSpectrum spectrum) {
        EnergyCalibration cal = spectrum.calibration();
        double excitation = spectrum.excitationEnergyEv();
        int first = (int) Math.max(0, Math.ceil(cal.channel(config.minEnergyEv())));
        int last = (int) Math.min(spectrum.channels() - 1,
                Math.floor(cal.channel(excitation + 5 * detector.sigmaEv(excitation))));
        if (last - first < 16) {
            throw new IllegalArgumentException(String.format(
                    "the spectrum (%.0f-%.0f eV) does not cover %.0f eV up to the excitation energy %.0f eV",
                    cal.energyEv(0), cal.energyEv(spectrum.channels() - 1), config.minEnergyEv(), excitation));
        }
        double[] counts = spectrum.counts();
        int snipWidth = (int) Math.max(3, Math.round(SNIP_WIDTH_FWHM * detector.fwhmEv(excitation) / cal.gainEvPerChannel()));
        int smoothing = (int) Math.max(1, Math.round(0.5 * detector.fwhmEv(excitation / 2) / cal.gainEvPerChannel()));
        double[] background = SnipBackground.estimate(counts, snipWidth, smoothing);
        List<XrfPeak> peaks = PeakSearch.find(spectrum, background, detector, first, last, config.peakSignificance());

        double compton = Scatter.comptonEnergyEv(excitation, config.scatteringAngleDeg());
        double comptonSigma = Math.hypot(detector.sigmaEv(compton), config.comptonWidth() * excitation);
        double scatterLow = compton - SCATTER_REGION_SIGMA * comptonSigma;
        List<SpectrumComponent> components = candidates(excitation, counts, background, scatterLow, cal, first, last);
        components.add(SpectrumComponent.gaussian("elastic", excitation, detector.sigmaEv(excitation), cal, first, last));
        components.add(SpectrumComponent.gaussian("Compton", compton, comptonSigma, cal, first, last));
        for (double offset : COMPTON_TAIL_OFFSETS) {
            components.add(SpectrumComponent.gaussian("Compton tail", compton - offset * comptonSigma, 1.5 * comptonSigma,
                    cal, first, last));
        }
        components.addAll(SpectrumComponent.continuum(CONTINUUM_KNOT_SPACING_EV, cal, first, last));
        SpectrumModel model = new SpectrumModel(components, counts, first, last);

        List<String> notes = new ArrayList<>();
        List<IdentifiedElement> elements = eliminate(model, peaks, cal, scatterLow, notes);
        List<XrfPeak> unexplained = peaks.stream()
                .filter(p -> p.energyEv() < scatterLow)
                .filter(p -> elements.stream().flatMap(e -> e.lines().stream())
                        .noneMatch(l -> Math.abs(l.line().energyEv() - p.energyEv()) <= tolerance(p.energyEv())))
                .toList();
        LOG.info("XRF at {} eV: {} peaks, identified {}, unexplained peaks at {} eV", Math.round(excitation), peaks.size(),
                elements.stream().map(IdentifiedElement::symbol).toList(),
                unexplained.stream().map(p -> Math.round(p.energyEv())).toList());
        return new XrfIdentification(elements, peaks, unexplained, notes);
    }

    /** Shell components of every candidate element (see the class comment). */
    private List<SpectrumComponent> candidates(double excitation, double[] counts, double[] background, double scatterLow,
                                               EnergyCalibration cal, int first, int last) {
        double lowest = cal.energyEv(first);
        List<SpectrumComponent> out = new ArrayList<>();
        for (ElementLines element : table.elements()) {
            List<SpectrumComponent> shells = new ArrayList<>();
            boolean seen = false;
            for (AbsorptionEdge edge : element.edges().values()) {
                // Lines on the scatter peaks are left to the Compton tail components: fitting them would let any
                // element with a line there soak up the mismatch between the real and the modelled Compton shape.
                // A shell whose strongest line lies outside the analysed range is left out altogether: its weak
                // remaining lines alone would be a caricature of it.
                // So is one whose strongest line lies within a FWHM of the lower limit, where the unseen lines of
                // other elements just below the limit spill over.
                List<EmissionLine> all = element.linesOf(edge.shell());
                List<EmissionLine> lines = all.stream().filter(l -> l.energyEv() >= lowest && l.energyEv() < scatterLow).toList();
                if (!edge.excitedBy(excitation) || lines.isEmpty() || lines.get(0) != all.get(0)
                        || lines.get(0).energyEv() < lowest + detector.fwhmEv(lowest)) {
                    continue;
                }
                shells.add(SpectrumComponent.shell(element, edge.shell(), lines, detector, cal, first, last));
                seen |= netCountsStandOut(lines.get(0).energyEv(), counts, background, cal);
            }
            if (seen) {
                out.addAll(shells);
            }
        }
        return out;
    }

    /**
     * Whether the net counts within ±½ FWHM of an energy exceed peakSignificance standard deviations. Unlike a
     * detected peak this needs no local maximum, so lines blended with a stronger neighbour or sitting on the
     * Compton shoulder still become candidates.
     */
    private boolean netCountsStandOut(double energyEv, double[] counts, double[] background, EnergyCalibration cal) {
        double half = 0.5 * detector.fwhmEv(energyEv);
        double net = 0;
        double total = 0;
        for (int ch = (int) Math.ceil(cal.channel(energyEv - half)); ch <= (int) Math.floor(cal.channel(energyEv + half)); ch++) {
            if (ch >= 0 && ch < counts.length) {
                net += counts[ch] - background[ch];
                total += counts[ch];
            }
        }
        return net > config.peakSignificance() * Math.sqrt(total + 1);
    }

    /** Backward elimination (see the class comment); returns the elements kept, best first. */
    private List<IdentifiedElement> eliminate(SpectrumModel model, List<XrfPeak> peaks, EnergyCalibration cal,
                                              double scatterLow, List<String> notes) {
        Set<ElementLines> active = new LinkedHashSet<>();
        model.components().stream().filter(c -> c.element() != null).forEach(c -> active.add(c.element()));
        SpectrumFit previous = null;
        while (true) {
            SpectrumFit fit = model.fit(c -> c.element() == null || active.contains(c.element()), previous);
            previous = fit;
            // Elements the fit gives nothing leave together: removing them cannot change the fit.
            List<ElementLines> unused = active.stream().filter(e -> elementCounts(model, fit, e) == 0).toList();
            if (!unused.isEmpty()) {
                unused.forEach(e -> notes.add(e.symbol() + ": a line energy shows counts, but the fit gives it none"));
                unused.forEach(active::remove);
                continue;
            }
            Map<ElementLines, Double> worsening = new LinkedHashMap<>();
            for (ElementLines element : active) {
                SpectrumFit without = model.fit(c -> c.element() == null
                        || (c.element() != element && active.contains(c.element())), fit);
                worsening.put(element, Math.sqrt(Math.max(0, without.chiSquare() - fit.chiSquare())));
            }
            ElementLines weakest = worsening.entrySet().stream().min(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
            if (weakest != null && worsening.get(weakest) < config.elementSignificance()) {
                notes.add(String.format("%s: a line energy shows counts, but the fit improves by only %.1f σ with it",
                        weakest.symbol(), worsening.get(weakest)));
                active.remove(weakest);
                continue;
            }
            List<IdentifiedElement> kept = new ArrayList<>();
            ElementLines failing = null;
            for (ElementLines element : active) {
                IdentifiedElement found = describe(element, worsening.get(element), model, fit, peaks);
                String missing = missingPartner(element, found, fit, cal, scatterLow);
                if (missing != null && failing == null) {
                    notes.add(element.symbol() + ": " + missing);
                    failing = element;
                }
                kept.add(found);
            }
            if (failing != null) {
                active.remove(failing);
                continue;
            }
            kept.sort(Comparator.comparingDouble(IdentifiedElement::score).reversed());
            return kept;
        }
    }

    private static double elementCounts(SpectrumModel model, SpectrumFit fit, ElementLines element) {
        double sum = 0;
        for (int i = 0; i < model.components().size(); i++) {
            if (model.components().get(i).element() == element) {
                sum += fit.amplitude(i);
            }
        }
        return sum;
    }

    /** The element as the fit sees it: shells with fitted counts (significant ones first), lines strongest first. */
    private IdentifiedElement describe(ElementLines element, double score, SpectrumModel model, SpectrumFit fit, List<XrfPeak> peaks) {
        List<SpectrumComponent> components = model.components();
        List<Integer> fitted = IntStream.range(0, components.size())
                .filter(i -> components.get(i).element() == element && fit.amplitude(i) > 0).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> fit.significance(i) >= config.elementSignificance() ? 0 : 1)
                        .thenComparing(Comparator.comparingDouble((Integer i) -> fit.amplitude(i)).reversed()))
                .toList();
        List<LineMatch> lines = new ArrayList<>();
        for (int i : fitted) {
            SpectrumComponent c = components.get(i);
            for (int k = 0; k < c.lines().size(); k++) {
                EmissionLine line = c.lines().get(k);
                lines.add(new LineMatch(line, fit.amplitude(i) * c.fractions()[k], observedNear(line.energyEv(), peaks)));
            }
        }
        lines.sort(Comparator.comparingDouble(LineMatch::fittedCounts).reversed());
        return new IdentifiedElement(element.symbol(), element.z(), fitted.stream().map(i -> components.get(i).shell()).toList(),
                score, fitted.stream().mapToDouble(fit::amplitude).sum(), lines);
    }

    /**
     * The pair rule: null when satisfied, else why not. The partner is the element's strongest fitted line more
     * than one FWHM from its strongest line and below the scatter region. It fails only when the partner is
     * clearly absent: the net counts left there by every other element and scatter fall short of the
     * prediction by more than peakSignificance standard deviations and reach less than a quarter of it.
     */
    private String missingPartner(ElementLines element, IdentifiedElement found, SpectrumFit fit, EnergyCalibration cal,
                                  double scatterLow) {
        if (found.lines().isEmpty()) {
            return null;
        }
        EmissionLine principal = found.lines().get(0).line();
        double separation = detector.fwhmEv(principal.energyEv());
        LineMatch partner = found.lines().stream()
                .filter(l -> Math.abs(l.line().energyEv() - principal.energyEv()) > separation)
                .filter(l -> l.line().energyEv() < scatterLow)
                .findFirst().orElse(null);
        if (partner == null) {
            return null;
        }
        LineSupport s = LineSupport.of(element, partner, fit, cal, detector);
        if (s.predicted() - s.excess() < config.peakSignificance() * s.noise() || s.excess() >= 0.25 * s.predicted()) {
            return null;
        }
        return String.format("%s expected at %.0f eV with about %.0f counts, but the spectrum there shows %.0f",
                partner.line().siegbahn(), partner.line().energyEv(), s.predicted(), Math.max(0, s.excess()));
    }

    private double observedNear(double energyEv, List<XrfPeak> peaks) {
        return peaks.stream().filter(p -> Math.abs(p.energyEv() - energyEv) <= tolerance(energyEv))
                .min(Comparator.comparingDouble(p -> Math.abs(p.energyEv() - energyEv)))
                .map(XrfPeak::energyEv).orElse(Double.NaN);
    }

    private double tolerance(double energyEv) {
        return config.lineToleranceEv() + 0.25 * detector.fwhmEv(energyEv);
    }
}
