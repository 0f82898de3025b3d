package org.lsdcfx.analysis.escan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lsdcfx.analysis.escan.synthetic.EdgeFeatures;
import org.lsdcfx.analysis.escan.synthetic.FluorescenceSignal;
import org.lsdcfx.analysis.escan.synthetic.SyntheticEdgeModel;
import org.lsdcfx.analysis.escan.synthetic.SyntheticScanGenerator;
import org.lsdcfx.analysis.escan.synthetic.WhiteLine;

/**
 * The analysis against synthetic scans whose true f' and f'' are known: theory from the shipped tables, a
 * Lorentzian white line, a 1.5 eV monochromator band pass, a sloping background and Poisson noise.
 */
class ChoochAnalysisTest {

    private static final ElementTables TABLES = ElementTables.fromClasspath();
    private static final WhiteLine K_WHITE_LINE = new WhiteLine(2, 2, 1.5);
    private static final WhiteLine L3_WHITE_LINE = new WhiteLine(3, 4, 3);
    private static final double MONO_FWHM_EV = 1.5;

    private final ChoochAnalysis analysis = new ChoochAnalysis(TABLES, ChoochConfig.defaults());

    static Stream<Arguments> edgesAndScans() {
        Stream.Builder<Arguments> cases = Stream.builder();
        String[][] edges = {{"Se", "K"}, {"Zn", "K"}, {"Fe", "K"}, {"Br", "K"}, {"Pt", "L3"}, {"Hg", "L3"}, {"Au", "L3"}, {"Pb", "L3"}};
        for (String[] e : edges) {
            // LSDC's default scan (41 steps of 1 eV) and a longer, finer one.
            cases.add(Arguments.of(e[0], Edge.parse(e[1]), -20.0, 20.0, 1.0));
            cases.add(Arguments.of(e[0], Edge.parse(e[1]), -60.0, 80.0, 0.5));
        }
        return cases.build();
    }

    @ParameterizedTest(name = "{0} {1} scan {2}..{3} eV step {4}")
    @MethodSource("edgesAndScans")
    void picksInflectionAndPeakWithinOneEvOfTheTrueFeatures(String element, Edge edge, double from, double to, double step) {
        AnomalousTable table = TABLES.table(element, edge);
        SyntheticEdgeModel model = new SyntheticEdgeModel(table, edge == Edge.K ? K_WHITE_LINE : L3_WHITE_LINE, 0, MONO_FWHM_EV);
        SyntheticScanGenerator generator = new SyntheticScanGenerator(model, FluorescenceSignal.typical());
        EdgeFeatures truth = model.features(table.edgeEnergyEv() - 10, table.edgeEnergyEv() + 10);

        for (int seed = 1; seed <= 3; seed++) {
            ChoochResult r = analysis.analyse(generator.scan(from, to, step, new SplittableRandom(seed)), element, edge);

            assertEquals(truth.inflectionEv(), r.infl(), 1.0, "inflection, seed " + seed);
            assertEquals(truth.peakEv(), r.peak(), 1.0, "peak, seed " + seed);
            assertEquals(truth.fprimeInfl(), r.fprimeInfl(), 0.1 * Math.abs(truth.fprimeInfl()), "f' at inflection");
            assertEquals(truth.f2primePeak(), r.f2primePeak(), 0.1 * truth.f2primePeak(), "f'' at peak");
            assertEquals(model.f2prime(r.infl()), r.f2primeInfl(), 0.1 * truth.f2primePeak(), "f'' at inflection");
            assertEquals(model.fprime(r.peak()), r.fprimePeak(), 0.1 * Math.abs(truth.fprimeInfl()), "f' at peak");
            assertTrue(r.infl() < r.peak(), "the f' dip precedes the f'' maximum");
            assertTrue(r.warnings().isEmpty(), () -> "warnings: " + r.warnings());
        }
    }

    @Test
    void remoteIsEdgePlusOffsetWithTheoreticalFactorsOutsideTheScan() {
        AnomalousTable se = TABLES.table("Se", Edge.K);
        SyntheticEdgeModel model = new SyntheticEdgeModel(se, K_WHITE_LINE, 0, MONO_FWHM_EV);
        ScanData scan = new SyntheticScanGenerator(model, FluorescenceSignal.typical()).scan(-20, 20, 1, new SplittableRandom(7));

        ChoochResult r = new ChoochAnalysis(TABLES, ChoochConfig.defaults().withRemoteOffsetEv(150)).analyse(scan, "Se", Edge.K);

        assertEquals(se.edgeEnergyEv() + 150, r.remote(), 1e-9);
        assertFalse(r.remoteInsideScan());
        assertEquals(se.f2prime(r.remote()), r.f2primeRemote(), 1e-12, "f'' outside the scan is the theory");
        // f' there is the theory plus the Kramers-Kronig tail of the measured white line.
        assertEquals(model.fprime(r.remote()), r.fprimeRemote(), 0.1);
        assertTrue(r.fprimeRemote() > r.fprimeInfl() + 3, "the remote is well away from the f' dip");
    }

    @Test
    void remoteInsideTheScanUsesTheMeasuredFactors() {
        AnomalousTable pt = TABLES.table("Pt", Edge.L3);
        SyntheticEdgeModel model = new SyntheticEdgeModel(pt, L3_WHITE_LINE, 0, MONO_FWHM_EV);
        ScanData scan = new SyntheticScanGenerator(model, FluorescenceSignal.typical()).scan(-60, 160, 1, new SplittableRandom(3));

        ChoochResult r = analysis.analyse(scan, "Pt", Edge.L3);

        assertEquals(pt.edgeEnergyEv() + ChoochConfig.defaults().remoteOffsetEv(), r.remote(), 1e-9);
        assertTrue(r.remoteInsideScan());
        assertEquals(ChoochAnalysis.linear(r.curves().energiesEv(), r.curves().f2prime(), r.remote()), r.f2primeRemote(), 1e-9);
        assertEquals(model.f2prime(r.remote()), r.f2primeRemote(), 0.15);
        assertEquals(model.fprime(r.remote()), r.fprimeRemote(), 0.15);
    }

    @Test
    void noiseFreeScanReproducesTheTrueCurvesEverywhere() {
        AnomalousTable se = TABLES.table("Se", Edge.K);
        SyntheticEdgeModel model = new SyntheticEdgeModel(se, K_WHITE_LINE, 0, MONO_FWHM_EV);
        SyntheticScanGenerator generator = new SyntheticScanGenerator(model, FluorescenceSignal.typical());
        double[] energies = new double[161];
        double[] counts = new double[energies.length];
        for (int i = 0; i < energies.length; i++) {
            energies[i] = se.edgeEnergyEv() - 40 + 0.5 * i;
            counts[i] = generator.expectedCounts(energies[i]);
        }

        ChoochResult r = new ChoochAnalysis(TABLES, ChoochConfig.defaults().withSmoothing(1, 2))
                .analyse(new ScanData(energies, counts), "Se", Edge.K);

        double[] e = r.curves().energiesEv();
        double[] f1 = r.curves().fprime();
        double[] f2 = r.curves().f2prime();
        double worstF1 = 0;
        double worstF2 = 0;
        for (int i = 0; i < e.length; i++) {
            worstF2 = Math.max(worstF2, Math.abs(f2[i] - model.f2prime(e[i])));
            if (Math.abs(e[i] - se.edgeEnergyEv()) < 30) { // f' near the scan ends lacks the data beyond them
                worstF1 = Math.max(worstF1, Math.abs(f1[i] - model.fprime(e[i])));
            }
        }
        // What remains is the white line's Lorentzian tail inside the fit windows, about 1 % of the peak f''.
        assertTrue(worstF2 < 0.08, "worst f'' error " + worstF2);
        assertTrue(worstF1 < 0.1, "worst f' error " + worstF1);
        EdgeFeatures truth = model.features(se.edgeEnergyEv() - 10, se.edgeEnergyEv() + 10);
        assertEquals(truth.inflectionEv(), r.infl(), 0.1);
        assertEquals(truth.peakEv(), r.peak(), 0.1);
    }

    @Test
    void findsAShiftedEdge() {
        AnomalousTable zn = TABLES.table("Zn", Edge.K);
        SyntheticEdgeModel model = new SyntheticEdgeModel(zn, K_WHITE_LINE, 4, MONO_FWHM_EV);
        ScanData scan = new SyntheticScanGenerator(model, FluorescenceSignal.typical()).scan(-25, 30, 1, new SplittableRandom(11));

        ChoochResult r = analysis.analyse(scan, "zn", Edge.K);

        EdgeFeatures truth = model.features(zn.edgeEnergyEv() - 10, zn.edgeEnergyEv() + 10);
        assertEquals(truth.inflectionEv(), r.infl(), 1.0);
        assertEquals(truth.peakEv(), r.peak(), 1.0);
        assertEquals(zn.edgeEnergyEv() + 4, r.infl(), 1.5, "the inflection follows the shifted edge");
    }

    @Test
    void edgeWithoutWhiteLineGivesAWarningNotAFalsePeak() {
        AnomalousTable se = TABLES.table("Se", Edge.K);
        SyntheticEdgeModel model = new SyntheticEdgeModel(se, WhiteLine.NONE, 0, MONO_FWHM_EV);
        ScanData scan = new SyntheticScanGenerator(model, FluorescenceSignal.typical()).scan(-20, 20, 1, new SplittableRandom(5));

        ChoochResult r = analysis.analyse(scan, "Se", Edge.K);

        assertEquals(se.edgeEnergyEv() + ChoochConfig.defaults().postEdgeGapEv(), r.peak(), 0.11);
        assertEquals(1, r.warnings().size(), () -> "warnings: " + r.warnings());
        assertTrue(r.warnings().get(0).contains("no maximum"), r.warnings().get(0));
        assertEquals(se.edgeEnergyEv(), r.infl(), 1.0, "the inflection is still well defined");
    }

    @Test
    void unknownElementOrEdgeNamesTheKnownTables() {
        ScanData scan = seScan(-20, 20);
        IllegalArgumentException unknownElement = assertThrows(IllegalArgumentException.class, () -> analysis.analyse(scan, "Xx", Edge.K));
        assertTrue(unknownElement.getMessage().contains("Xx") && unknownElement.getMessage().contains("Se K")
                && unknownElement.getMessage().contains("Pt L3"), unknownElement.getMessage());
        IllegalArgumentException unknownEdge = assertThrows(IllegalArgumentException.class, () -> analysis.analyse(scan, "Se", Edge.L3));
        assertTrue(unknownEdge.getMessage().contains("Se L3"), unknownEdge.getMessage());
    }

    @Test
    void edgeOutsideTheScanIsRefused() {
        ScanData below = seScan(-200, -100);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> analysis.analyse(below, "Se", Edge.K));
        assertTrue(e.getMessage().contains("outside the scan") && e.getMessage().contains("12657.8"), e.getMessage());

        ScanData wrongElement = seScan(-20, 20);
        IllegalArgumentException other = assertThrows(IllegalArgumentException.class, () -> analysis.analyse(wrongElement, "Br", Edge.K));
        assertTrue(other.getMessage().contains("Br K edge (13473.7 eV) is outside the scan"), other.getMessage());
    }

    @Test
    void scanWithTooFewPointsOnOneSideIsRefused() {
        ScanData scan = seScan(-20, 8);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> analysis.analyse(scan, "Se", Edge.K));
        assertTrue(e.getMessage().contains("post-edge"), e.getMessage());
    }

    @Test
    void scanWithoutAnEdgeStepIsRefused() {
        double e0 = TABLES.table("Se", Edge.K).edgeEnergyEv();
        double[] energies = new double[41];
        double[] counts = new double[41];
        SplittableRandom rng = new SplittableRandom(2);
        for (int i = 0; i < 41; i++) {
            energies[i] = e0 - 20 + i;
            counts[i] = 1000 + 30 * rng.nextGaussian();
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> analysis.analyse(new ScanData(energies, counts), "Se", Edge.K));
        assertTrue(e.getMessage().contains("no Se K edge step"), e.getMessage());
    }

    @Test
    void remoteOutsideTheTheoryIsRefused() {
        ChoochAnalysis far = new ChoochAnalysis(TABLES, ChoochConfig.defaults().withRemoteOffsetEv(2000));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> far.analyse(seScan(-20, 20), "Se", Edge.K));
        assertTrue(e.getMessage().contains("remote energy"), e.getMessage());
    }

    @Test
    void badConfigurationIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ChoochConfig.defaults().withFitOrder(3));
        assertThrows(IllegalArgumentException.class, () -> ChoochConfig.defaults().withSmoothing(4, 2));
        assertThrows(IllegalArgumentException.class, () -> ChoochConfig.defaults().withEdgeGapsEv(0.5, 0.5));
        assertThrows(IllegalArgumentException.class, () -> ChoochConfig.defaults().withGridStepEv(0));
    }

    private static ScanData seScan(double from, double to) {
        SyntheticEdgeModel model = new SyntheticEdgeModel(TABLES.table("Se", Edge.K), K_WHITE_LINE, 0, MONO_FWHM_EV);
        return new SyntheticScanGenerator(model, FluorescenceSignal.typical()).scan(from, to, 1, new SplittableRandom(1));
    }
}
