package org.lsdcfx.analysis.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.CharBuffer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lsdcfx.analysis.spots.DetectorGeometry;
import org.lsdcfx.analysis.spots.Frame;
import org.lsdcfx.analysis.spots.PixelMask;
import org.lsdcfx.analysis.spots.TestDetectors;

class SyntheticFramesTest {

    private final DetectorGeometry geometry = TestDetectors.small();
    private final SyntheticFrames synth = new SyntheticFrames(geometry, TestDetectors.eigerLikeSpots());

    @Test
    void sameSeedSameFrameOtherSeedOtherFrame() {
        SyntheticFrame a = synth.generate(List.of(new CrystalHit(0.7, 1)), 42);
        SyntheticFrame b = synth.generate(List.of(new CrystalHit(0.7, 1)), 42);
        SyntheticFrame c = synth.generate(List.of(new CrystalHit(0.7, 1)), 43);
        assertEquals(a.spots(), b.spots());
        assertEquals(a.frame().pixels(), b.frame().pixels());
        assertNotEquals(a.frame().pixels(), c.frame().pixels());
    }

    @Test
    void spotNumberAndIntensityScaleWithTheCrystalFraction() {
        double fewSpots = 0;
        double manySpots = 0;
        double weakPhotons = 0;
        double strongPhotons = 0;
        for (int seed = 0; seed < 5; seed++) {
            List<TrueSpot> small = synth.generate(List.of(new CrystalHit(0.25, 1)), seed).braggSpots();
            List<TrueSpot> whole = synth.generate(List.of(new CrystalHit(1.0, 1)), seed).braggSpots();
            fewSpots += small.size();
            manySpots += whole.size();
            weakPhotons += small.stream().mapToDouble(TrueSpot::photons).average().orElse(0);
            strongPhotons += whole.stream().mapToDouble(TrueSpot::photons).average().orElse(0);
        }
        double spotRatio = manySpots / fewSpots;
        double photonRatio = strongPhotons / weakPhotons;
        assertTrue(spotRatio > 3 && spotRatio < 5.3, "spot number ratio for 4× crystal: " + spotRatio);
        assertTrue(photonRatio > 3 && photonRatio < 5.3, "spot intensity ratio for 4× crystal: " + photonRatio);
        assertTrue(synth.generate(List.of(new CrystalHit(0, 1)), 1).spots().isEmpty());
        assertTrue(synth.generate(List.of(new CrystalHit(1, 0)), 1).spots().isEmpty());
    }

    @Test
    void twoCrystalsAddTheirSpots() {
        int one = synth.generate(List.of(new CrystalHit(1, 1)), 5).spots().size();
        int two = synth.generate(List.of(new CrystalHit(1, 1), new CrystalHit(1, 1)), 5).spots().size();
        assertTrue(two > 1.6 * one, one + " vs " + two);
    }

    @Test
    void spotsCrowdAtLowToMidResolutionAndStayWithinTheLimits() {
        SynthParams.Bragg bragg = TestDetectors.eigerLikeSpots().bragg();
        double sLow = 1 / bragg.lowResolutionA();
        double sHigh = 1 / bragg.highResolutionA();
        // equal-width shells in d*: the model must put more spots in the middle shells than in the outermost one
        int[] shells = new int[4];
        int total = 0;
        for (int seed = 0; seed < 5; seed++) {
            for (TrueSpot s : synth.generate(List.of(new CrystalHit(1, 1)), seed).braggSpots()) {
                assertTrue(s.dSpacing() <= bragg.lowResolutionA() + 1e-9 && s.dSpacing() >= bragg.highResolutionA() - 1e-9,
                        "spot outside the resolution range: " + s);
                int shell = (int) Math.min(3, (1 / s.dSpacing() - sLow) / (sHigh - sLow) * 4);
                shells[shell]++;
                total++;
            }
        }
        assertTrue(total > 300);
        assertTrue(shells[1] > shells[3] && shells[2] > shells[3], java.util.Arrays.toString(shells));
        assertTrue(shells[3] > 0, "spots reach the limit: " + java.util.Arrays.toString(shells));
    }

    @Test
    void noSpotInTheBeamstopShadowOrOnGaps() {
        double beamstop = TestDetectors.eigerLikeSpots().beamstopRadiusPx();
        SyntheticFrame sf = synth.generate(List.of(new CrystalHit(1, 1)), 9);
        for (TrueSpot s : sf.spots()) {
            double r = Math.hypot(s.x() - geometry.beamCentreXPx(), s.y() - geometry.beamCentreYPx());
            assertTrue(r > beamstop + 3 * s.sigmaPx(), "spot in the beamstop shadow: " + s);
            assertTrue(!geometry.isInGap((int) s.x(), (int) s.y()), "spot on a gap: " + s);
        }
        PixelMask mask = sf.frame().mask();
        assertTrue(mask.isMasked((int) geometry.beamCentreXPx(), (int) geometry.beamCentreYPx()));
        CharBuffer px = sf.frame().pixels();
        for (int y = 0; y < geometry.ny(); y++) {
            for (int x = 0; x < geometry.nx(); x++) {
                if (geometry.isInGap(x, y)) {
                    assertTrue(mask.isMasked(x, y));
                    assertEquals(Frame.BAD_PIXEL, px.get(y * geometry.nx() + x));
                }
            }
        }
    }

    @Test
    void backgroundFallsWithRadiusAndIceRingsStandOut() {
        SyntheticFrames icy = new SyntheticFrames(geometry,
                TestDetectors.blank().withIce(new SynthParams.Ice(List.of(3.90), 8, 1.5, 0, 0)));
        Frame frame = icy.blank(3).frame();
        double ring = geometry.radiusPxForD(3.90);
        double inner = annulusMean(frame, 30, 60);
        double outer = annulusMean(frame, ring + 20, ring + 40);
        double onRing = annulusMean(frame, ring - 1, ring + 1);
        double besideRing = annulusMean(frame, ring - 12, ring - 8);
        assertTrue(inner > 1.5 * outer, "background inner " + inner + " vs outer " + outer);
        assertTrue(onRing > besideRing + 5, "ring " + onRing + " vs beside " + besideRing);
    }

    @Test
    void pixelsSaturateAtTheOverload() {
        SynthParams hot = TestDetectors.eigerLikeSpots().withBragg(
                new SynthParams.Bragg(5, 1e6, 0, 1, 1, 1, 40, 3, 10));
        SynthParams capped = new SynthParams(hot.background(), hot.bragg(), hot.ice(), hot.beamstopRadiusPx(), 4000);
        Frame frame = new SyntheticFrames(geometry, capped).generate(List.of(new CrystalHit(1, 1)), 2).frame();
        int max = 0;
        CharBuffer px = frame.pixels();
        for (int i = 0; i < px.limit(); i++) {
            if (px.get(i) != Frame.BAD_PIXEL) {
                max = Math.max(max, px.get(i));
            }
        }
        assertEquals(4000, max);
        assertEquals(4000, frame.overload());
    }

    @Test
    void rejectsNonsenseSettings() {
        assertThrows(IllegalArgumentException.class, () -> new CrystalHit(1.5, 1));
        assertThrows(IllegalArgumentException.class, () -> new SynthParams.Bragg(10, 100, 0, 1, 2, 1, 40, 3, 0));
        assertThrows(IllegalArgumentException.class, () -> new SynthParams.Bragg(10, 100, 0, 1, 1, 2, 3, 40, 0));
        assertThrows(IllegalArgumentException.class, () -> new SynthParams.Background(1, 1, 0));
    }

    private static double annulusMean(Frame frame, double r0, double r1) {
        DetectorGeometry g = frame.geometry();
        long sum = 0;
        int n = 0;
        for (int y = 0; y < frame.height(); y++) {
            for (int x = 0; x < frame.width(); x++) {
                double r = Math.hypot(x + 0.5 - g.beamCentreXPx(), y + 0.5 - g.beamCentreYPx());
                if (r >= r0 && r < r1 && !frame.isBad(x, y)) {
                    sum += frame.value(x, y);
                    n++;
                }
            }
        }
        return (double) sum / n;
    }
}
