package org.lsdcfx.analysis.xrf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Identification on synthetic spectra from {@link SyntheticXrfGenerator} with Poisson noise. */
class XrfIdentifierTest {

    private static final EmissionLineTable LINES = EmissionLineTable.fromClasspath();
    private static final DetectorResponse DETECTOR = DetectorResponse.siliconDrift();

    private final SyntheticXrfGenerator generator = new SyntheticXrfGenerator(LINES, DETECTOR);
    private final XrfIdentifier identifier = new XrfIdentifier(LINES, DETECTOR, XrfIdentifierConfig.defaults());

    @Test
    void findsSeleniumZincAndIronAndNothingElse() {
        for (int seed = 1; seed <= 3; seed++) {
            XrfSpectrum spectrum = generator.generate(
                    SyntheticXrfSpec.typical(13500, Map.of("Se", 2e4, "Zn", 1e4, "Fe", 5e3)), new SplittableRandom(seed));

            XrfIdentification id = identifier.identify(spectrum);

            assertEquals(Set.of("Se", "Zn", "Fe"), Set.copyOf(id.symbols()), () -> describe(id));
            assertTrue(id.unexplainedPeaks().isEmpty(), () -> describe(id));
            IdentifiedElement se = id.elements().stream().filter(e -> e.symbol().equals("Se")).findFirst().orElseThrow();
            assertEquals(List.of(Shell.K), se.shells());
            assertTrue(se.lines().stream().anyMatch(l -> l.line().name().equals("KA1") && l.observed()), () -> describe(id));
            // Zn shows both lines of its pair; Se's Kβ1 (12.50 keV) sits on the Compton shoulder and is left to it.
            IdentifiedElement zn = id.elements().stream().filter(e -> e.symbol().equals("Zn")).findFirst().orElseThrow();
            for (String name : List.of("KA1", "KB1")) {
                LineMatch line = zn.lines().stream().filter(l -> l.line().name().equals(name)).findFirst().orElseThrow();
                assertEquals(line.line().energyEv(), line.observedEnergyEv(), 40, "Zn " + name + " seen as a peak");
            }
            assertTrue(se.lines().stream().noneMatch(l -> l.line().name().equals("KB1")));
            // the generator put 2e4 counts in all Se K lines; the fit counts those it fitted (Kα)
            double kAlphaShare = LINES.element("Se").linesOf(Shell.K).stream().filter(l -> l.name().startsWith("KA"))
                    .mapToDouble(EmissionLine::rate).sum() / LINES.element("Se").linesOf(Shell.K).stream().mapToDouble(EmissionLine::rate).sum();
            assertEquals(2e4 * kAlphaShare, se.fittedCounts(), 0.05 * 2e4, "fitted Se counts");
        }
    }

    @Test
    void neverClaimsAnElementTheBeamCannotExcite() {
        // 12.0 keV is below the Se K edge (12.66 keV): selenium does not fluoresce.
        XrfSpectrum below = generator.generate(SyntheticXrfSpec.typical(12000, Map.of("Se", 2e4, "Zn", 1e4)), new SplittableRandom(4));
        assertEquals(List.of("Zn"), identifier.identify(below).symbols());

        // A spectrum that does show Se lines but is labelled with a 12.6 keV excitation: Se must not be claimed,
        // and its Kα peak is reported as unexplained instead.
        XrfSpectrum real = generator.generate(SyntheticXrfSpec.typical(13500, Map.of("Se", 2e4)), new SplittableRandom(5));
        XrfSpectrum mislabelled = new XrfSpectrum(real.counts(), real.calibration(), 12600, real.liveTimeS());
        XrfIdentification id = identifier.identify(mislabelled);
        assertFalse(id.symbols().contains("Se"), () -> describe(id));
        assertTrue(id.unexplainedPeaks().stream().anyMatch(p -> Math.abs(p.energyEv() - 11222) < 60), () -> describe(id));
    }

    @Test
    void platinumAtItsL3EdgeShowsOnlyL3Lines() {
        XrfSpectrum spectrum = generator.generate(SyntheticXrfSpec.typical(11700, Map.of("Pt", 2e4, "Zn", 5e3)), new SplittableRandom(6));

        XrfIdentification id = identifier.identify(spectrum);

        assertEquals(Set.of("Pt", "Zn"), Set.copyOf(id.symbols()), () -> describe(id));
        IdentifiedElement pt = id.elements().stream().filter(e -> e.symbol().equals("Pt")).findFirst().orElseThrow();
        assertEquals(List.of(Shell.L3), pt.shells(), "L2 (13.27 keV) is not excited at 11.7 keV");
    }

    @Test
    void overlappingLinesAreResolvedByTheOtherLineOfThePair() {
        // Pb Lα1 (10551 eV) and As Kα1 (10544 eV) coincide; Pb's Lβ1 and As's Kβ1 tell them apart.
        XrfIdentification lead = identifier.identify(
                generator.generate(SyntheticXrfSpec.typical(15500, Map.of("Pb", 2e4)), new SplittableRandom(7)));
        assertEquals(List.of("Pb"), lead.symbols(), () -> describe(lead));

        XrfIdentification arsenic = identifier.identify(
                generator.generate(SyntheticXrfSpec.typical(15500, Map.of("As", 2e4)), new SplittableRandom(8)));
        assertEquals(List.of("As"), arsenic.symbols(), () -> describe(arsenic));
    }

    @Test
    void heavyAtomSoakMixture() {
        XrfSpectrum spectrum = generator.generate(
                SyntheticXrfSpec.typical(14000, Map.of("Hg", 1.5e4, "Br", 8e3, "Ca", 4e3, "Cu", 3e3)), new SplittableRandom(9));

        XrfIdentification id = identifier.identify(spectrum);

        assertEquals(Set.of("Hg", "Br", "Ca", "Cu"), Set.copyOf(id.symbols()), () -> describe(id));
        assertTrue(id.unexplainedPeaks().isEmpty(), () -> describe(id));
    }

    @Test
    void blankSampleGivesNothing() {
        XrfIdentification id = identifier.identify(generator.generate(SyntheticXrfSpec.typical(13500, Map.of()), new SplittableRandom(10)));
        assertTrue(id.elements().isEmpty(), () -> describe(id));
        assertTrue(id.unexplainedPeaks().isEmpty(), () -> describe(id));
    }

    @Test
    void spectrumThatMissesTheRangeIsRefused() {
        XrfSpectrum narrow = new XrfSpectrum(new double[100], new EnergyCalibration(0, 10), 13500, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> identifier.identify(narrow));
        assertTrue(e.getMessage().contains("does not cover"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new XrfSpectrum(new double[] {1, -1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0},
                new EnergyCalibration(0, 10), 13500, 1));
        assertThrows(IllegalArgumentException.class, () -> LINES.element("Xx"));
    }

    private static String describe(XrfIdentification id) {
        return "identified " + id.elements().stream().map(e -> e.symbol() + String.format("(%.0fσ %s)", e.score(), e.shells()))
                .collect(Collectors.joining(" ")) + "; peaks " + id.peaks().stream()
                .map(p -> String.format("%.0f(%.0fσ)", p.energyEv(), p.significance())).collect(Collectors.joining(" "))
                + "; unexplained " + id.unexplainedPeaks().stream().map(p -> String.format("%.0f", p.energyEv()))
                .collect(Collectors.joining(" ")) + "; notes " + id.notes();
    }
}
