package org.lsdcfx.analysis.escan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.lsdcfx.analysis.escan.synthetic.EdgeFeatures;
import org.lsdcfx.analysis.escan.synthetic.FluorescenceSignal;
import org.lsdcfx.analysis.escan.synthetic.PoissonNoise;
import org.lsdcfx.analysis.escan.synthetic.SyntheticEdgeModel;
import org.lsdcfx.analysis.escan.synthetic.SyntheticScanGenerator;
import org.lsdcfx.analysis.escan.synthetic.WhiteLine;

class SyntheticScanTest {

    private final AnomalousTable se = ElementTables.fromClasspath().table("Se", Edge.K);

    @Test
    void countsFollowTheModelAndAreReproduciblePerSeed() {
        SyntheticEdgeModel model = new SyntheticEdgeModel(se, new WhiteLine(2, 2, 1.5), 0, 0);
        FluorescenceSignal signal = new FluorescenceSignal(1000, 500, 2);
        SyntheticScanGenerator gen = new SyntheticScanGenerator(model, signal);
        double e = se.edgeEnergyEv() + 5;
        double expected = 1000 * (se.f2prime(e) + new WhiteLine(2, 2, 1.5).f2prime(5)) * se.edgeEnergyEv() / e + 500 + 2 * 5;
        assertEquals(expected, gen.expectedCounts(e), 1e-9);

        ScanData a = gen.scan(-20, 20, 1, new SplittableRandom(3));
        assertEquals(a, gen.scan(-20, 20, 1, new SplittableRandom(3)));
        assertNotEquals(a, gen.scan(-20, 20, 1, new SplittableRandom(4)));
        assertEquals(41, a.size());
        assertEquals(se.edgeEnergyEv() - 20, a.minEnergyEv(), 1e-9);
    }

    @Test
    void featuresOfAWhiteLineSitAboveTheEdgeAndTheMonoBroadensThem() {
        SyntheticEdgeModel sharp = new SyntheticEdgeModel(se, new WhiteLine(2, 2, 1.5), 0, 0);
        SyntheticEdgeModel blurred = new SyntheticEdgeModel(se, new WhiteLine(2, 2, 1.5), 0, 3);
        EdgeFeatures s = sharp.features(se.edgeEnergyEv() - 10, se.edgeEnergyEv() + 10);
        EdgeFeatures b = blurred.features(se.edgeEnergyEv() - 10, se.edgeEnergyEv() + 10);
        assertTrue(s.peakEv() > se.edgeEnergyEv() + 1 && s.peakEv() < se.edgeEnergyEv() + 3, "peak near the white line");
        assertTrue(s.inflectionEv() < s.peakEv());
        assertTrue(b.f2primePeak() < s.f2primePeak() && b.fprimeInfl() > s.fprimeInfl(), "band pass flattens the extremes");
        SyntheticEdgeModel shifted = new SyntheticEdgeModel(se, new WhiteLine(2, 2, 1.5), 5, 0);
        assertEquals(s.peakEv() + 5, shifted.features(se.edgeEnergyEv() - 10, se.edgeEnergyEv() + 15).peakEv(), 0.011);
    }

    @Test
    void poissonNoiseHasTheRightMeanAndVariance() {
        SplittableRandom rng = new SplittableRandom(8);
        for (double mean : new double[] {3, 400}) {
            double sum = 0;
            double sumSq = 0;
            int n = 20000;
            for (int i = 0; i < n; i++) {
                long k = PoissonNoise.sample(mean, rng);
                sum += k;
                sumSq += (double) k * k;
            }
            double m = sum / n;
            double var = sumSq / n - m * m;
            assertEquals(mean, m, 4 * Math.sqrt(mean / n), "mean for " + mean);
            assertEquals(mean, var, 0.05 * mean, "variance for " + mean);
        }
        assertThrows(IllegalArgumentException.class, () -> PoissonNoise.sample(-1, rng));
    }
}
