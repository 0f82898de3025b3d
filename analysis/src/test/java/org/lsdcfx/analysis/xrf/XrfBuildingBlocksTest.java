package org.lsdcfx.analysis.xrf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Tables, detector, scatter, background and fitting pieces of the XRF identification. */
class XrfBuildingBlocksTest {

    private static final EmissionLineTable LINES = EmissionLineTable.fromClasspath();

    @Test
    void lineTableHoldsTheKnownEnergies() {
        ElementLines se = LINES.element("se");
        assertEquals(34, se.z());
        assertEquals(11222, se.linesOf(Shell.K).get(0).energyEv(), 1, "Se Kα1 first (strongest)");
        assertEquals("KA1", se.linesOf(Shell.K).get(0).name());
        assertEquals(12658, se.edge(Shell.K).orElseThrow().energyEv(), 1);
        ElementLines pt = LINES.element("Pt");
        assertEquals(9442, pt.linesOf(Shell.L3).get(0).energyEv(), 1, "Pt Lα1");
        assertEquals(11071, pt.linesOf(Shell.L2).get(0).energyEv(), 1, "Pt Lβ1");
        assertEquals("Pt Lβ1", pt.linesOf(Shell.L2).get(0).label());
        assertTrue(LINES.elements().size() > 60);
    }

    @Test
    void detectorResolutionAndComptonEnergyFollowTheirFormulas() {
        DetectorResponse sdd = DetectorResponse.siliconDrift();
        assertEquals(Math.sqrt(120 * 120 + 8 * Math.log(2) * 0.114 * 3.85 * 5900), sdd.fwhmEv(5900), 1e-9);
        assertTrue(sdd.fwhmEv(5900) > 140 && sdd.fwhmEv(5900) < 170, "Mn Kα FWHM of an SDD");
        assertEquals(12657.8 / (1 + 12657.8 / 510998.95), Scatter.comptonEnergyEv(12657.8, 90), 1e-6);
        assertEquals(10000, Scatter.comptonEnergyEv(10000, 0), 1e-9);
    }

    @Test
    void generatorPutsTheRequestedCountsInExcitedShellsOnly() {
        DetectorResponse sdd = DetectorResponse.siliconDrift();
        SyntheticXrfGenerator generator = new SyntheticXrfGenerator(LINES, sdd);
        SyntheticXrfSpec bare = new SyntheticXrfSpec(13500, new EnergyCalibration(0, 10), 2048, Map.of(), 0, 0, 90, 0, 1);
        SyntheticXrfSpec withZn = new SyntheticXrfSpec(13500, new EnergyCalibration(0, 10), 2048, Map.of("Zn", 1e4), 0, 0, 90, 0, 1);
        double[] zn = generator.expected(withZn);
        double total = 0;
        for (int ch = 500; ch < 1100; ch++) { // 5-11 keV: all Zn K lines, no Zn L lines (about 1 keV)
            total += zn[ch];
        }
        assertEquals(1e4, total, 1, "all Zn K counts");
        // Se below its K edge: nothing in the K region
        SyntheticXrfSpec seBelow = new SyntheticXrfSpec(12000, new EnergyCalibration(0, 10), 2048, Map.of("Se", 1e4), 0, 0, 90, 0, 1);
        double[] se = generator.expected(seBelow);
        for (int ch = 1000; ch < 1300; ch++) {
            assertEquals(0, se[ch], 1e-9);
        }
        assertArrayEquals(new double[2048], generator.expected(bare), 1e-12);
        XrfSpectrum noisy = generator.generate(withZn, new SplittableRandom(1));
        assertEquals(2048, noisy.channels());
        assertTrue(noisy.count(864) > 0, "Zn Kα channel has counts");
    }

    @Test
    void snipFollowsAContinuumUnderPeaks() {
        double[] counts = new double[600];
        SplittableRandom rng = new SplittableRandom(2);
        for (int i = 0; i < counts.length; i++) {
            double continuum = 200 + 0.2 * i;
            double peak = 5000 * Math.exp(-0.5 * Math.pow((i - 300) / 7.0, 2));
            counts[i] = continuum + peak + Math.sqrt(continuum + peak) * rng.nextGaussian();
        }
        double[] bg = SnipBackground.estimate(counts, 25, 7);
        assertEquals(200 + 0.2 * 300, bg[300], 15, "under the peak");
        assertEquals(200 + 0.2 * 100, bg[100], 15, "away from it");
    }

    @Test
    void nonNegativeLeastSquaresHitsTheBoundAndOtherwiseSolves() {
        // minimise |A x - b| with A = I (2x2): x = max(b, 0)
        double[][] g = {{1, 0}, {0, 1}};
        assertArrayEquals(new double[] {3, 0}, NonNegativeLeastSquares.solve(g, new double[] {3, -2}, null), 1e-12);
        // correlated columns, interior solution: G x = h
        double[][] g2 = {{2, 1}, {1, 2}};
        assertArrayEquals(new double[] {1, 2}, NonNegativeLeastSquares.solve(g2, new double[] {4, 5}, null), 1e-12);
        assertArrayEquals(new double[] {1, 2}, NonNegativeLeastSquares.solve(g2, new double[] {4, 5}, new double[] {0, 7}), 1e-12);
        double[] err = NonNegativeLeastSquares.standardErrors(g2, new double[] {1, 2});
        assertEquals(Math.sqrt(2.0 / 3), err[0], 1e-12, "sqrt of (G^-1)_00");
    }
}
