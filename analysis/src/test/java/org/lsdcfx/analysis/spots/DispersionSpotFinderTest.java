package org.lsdcfx.analysis.spots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lsdcfx.analysis.synth.CrystalHit;
import org.lsdcfx.analysis.synth.SynthParams;
import org.lsdcfx.analysis.synth.SyntheticFrame;
import org.lsdcfx.analysis.synth.SyntheticFrames;
import org.lsdcfx.analysis.synth.TrueSpot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class DispersionSpotFinderTest {

    private static final Logger LOG = LoggerFactory.getLogger(DispersionSpotFinderTest.class);
    private static final List<CrystalHit> WHOLE_CRYSTAL = List.of(new CrystalHit(1, 1));
    private static final int FRAMES = 5;

    private final DetectorGeometry geometry = TestDetectors.small();
    private final DispersionSpotFinder dialsDefaults = new DispersionSpotFinder(SpotFinderParams.defaults());

    @Test
    void findsEigerLikeSpotsWithHighRecallAndFewFalsePositives() {
        SyntheticFrames synth = new SyntheticFrames(geometry, TestDetectors.eigerLikeSpots());
        SpotMatch score = score(synth, dialsDefaults);
        LOG.info("σ 1–1.5 px, DIALS 7×7 kernel: {}", score);
        assertTrue(score.truth() > 400, "enough true spots to measure: " + score);
        assertTrue(score.recall() >= 0.9, "recall: " + score);
        assertTrue(score.falsePositiveRate() <= 0.02, "false positives: " + score);
    }

    @Test
    void findsWideSpotsWithAnElevenPixelKernel() {
        SyntheticFrames synth = new SyntheticFrames(geometry, TestDetectors.wideSpots());
        SpotMatch score = score(synth, new DispersionSpotFinder(SpotFinderParams.defaults().withKernelHalfSize(5)));
        LOG.info("σ 1–3 px, 11×11 kernel: {}", score);
        assertTrue(score.recall() >= 0.9, "recall: " + score);
        assertTrue(score.falsePositiveRate() <= 0.03, "false positives: " + score);
    }

    @Test
    void centroidAndIntensityOfAnIsolatedSpotAreAccurate() {
        SynthParams params = TestDetectors.eigerLikeSpots()
                .withBragg(new SynthParams.Bragg(1, 5000, 0, 1, 1.2, 1.2, 10, 4, 10));
        SyntheticFrame sf = new SyntheticFrames(geometry, params).generate(WHOLE_CRYSTAL, 7);
        FrameResult r = dialsDefaults.find(sf.frame());
        TrueSpot truth = sf.braggSpots().get(0);
        assertEquals(1, r.spotCount(), "spots: " + r.spots());
        Spot s = r.spots().get(0);
        assertEquals(truth.x(), s.x(), 0.2);
        assertEquals(truth.y(), s.y(), 0.2);
        assertEquals(truth.dSpacing(), s.dSpacing(), 0.05);
        // strong pixels hold most, not all, of a Gaussian's counts
        assertTrue(s.intensity() > 0.7 * truth.photons() && s.intensity() < 1.05 * truth.photons(),
                "intensity " + s.intensity() + " vs " + truth.photons());
        assertEquals(s.intensity(), r.totalIntensity(), 1e-9);
    }

    @Test
    void blankBackgroundGivesNoSpots() {
        SyntheticFrames synth = new SyntheticFrames(geometry, TestDetectors.blank());
        int spots = 0;
        int strongPixels = 0;
        for (int seed = 0; seed < FRAMES; seed++) {
            FrameResult r = dialsDefaults.find(synth.blank(seed).frame());
            spots += r.spotCount();
            strongPixels += r.strongPixelCount();
            assertFalse(r.hasResolutionEstimate());
            assertEquals(50, r.dMinOr(50));
        }
        LOG.info("{} blank frames: {} spots, {} strong pixels", FRAMES, spots, strongPixels);
        assertTrue(spots <= 1, "spots on blank frames: " + spots);
        assertTrue(strongPixels < 20 * FRAMES, "strong pixels on blank frames: " + strongPixels);
    }

    @Test
    void iceRingSpotsAreCountedButNotAsNoIce() {
        SyntheticFrames synth = new SyntheticFrames(geometry, TestDetectors.eigerLikeSpots().withIce(TestDetectors.ice()));
        IceRings rings = SpotFinderParams.defaults().iceRings();
        SyntheticFrame sf = synth.generate(WHOLE_CRYSTAL, 11);
        FrameResult r = dialsDefaults.find(sf.frame());

        long braggOutsideIce = sf.braggSpots().stream().filter(t -> !rings.contains(t.dSpacing())).count();
        int iceSpotsDrawn = sf.iceSpots().size();
        LOG.info("ice frame: count {}, no-ice {}, Bragg spots outside ice {}, ice spots drawn {}",
                r.spotCount(), r.spotCountNoIce(), braggOutsideIce, iceSpotsDrawn);
        assertTrue(iceSpotsDrawn >= 100, "ice spots drawn: " + iceSpotsDrawn);
        assertTrue(r.spotCount() - r.spotCountNoIce() >= 0.8 * iceSpotsDrawn,
                "ice spots counted: " + (r.spotCount() - r.spotCountNoIce()) + " of " + iceSpotsDrawn);
        assertTrue(Math.abs(r.spotCountNoIce() - braggOutsideIce) <= 0.1 * braggOutsideIce,
                "no-ice count " + r.spotCountNoIce() + " vs " + braggOutsideIce + " Bragg spots outside the rings");
        for (Spot s : r.spots()) {
            assertEquals(rings.contains(s.dSpacing()), s.inIceRing(), s.toString());
        }
        double iceFreeTotal = r.spots().stream().filter(s -> !s.inIceRing()).mapToDouble(Spot::intensity).sum();
        assertEquals(iceFreeTotal, r.totalIntensity(), 1e-6 * iceFreeTotal);

        FrameResult unfiltered = new DispersionSpotFinder(SpotFinderParams.defaults().withIceRings(IceRings.NONE))
                .find(sf.frame());
        assertEquals(unfiltered.spotCount(), unfiltered.spotCountNoIce());
        assertEquals(r.spotCount(), unfiltered.spotCount());
    }

    @Test
    void resolutionEstimateFollowsHowFarTheSpotsReach() {
        SynthParams base = TestDetectors.eigerLikeSpots();
        double lowLimit = estimatedDMin(base.withBragg(base.bragg().withResolution(40, 6.0)));
        double highLimit = estimatedDMin(base.withBragg(base.bragg().withResolution(40, 3.0)));
        LOG.info("d_min estimate: {} Å for spots to 6 Å, {} Å for spots to 3 Å", lowLimit, highLimit);
        assertTrue(lowLimit >= 5.5 && lowLimit <= 7.5, "spots to 6 Å: " + lowLimit);
        assertTrue(highLimit >= 2.9 && highLimit <= 3.6, "spots to 3 Å: " + highLimit);
    }

    @Test
    void resolutionQuantileIgnoresAFewOutliers() {
        double[] dStarSq = new double[100];
        Arrays.fill(dStarSq, 1 / 16.0);          // 95 spots at 4 Å …
        for (int i = 95; i < 100; i++) {
            dStarSq[i] = 1 / 4.0;                // … and 5 at 2 Å
        }
        assertEquals(4.0, DispersionSpotFinder.estimateDMin(dStarSq.clone(), 0.9), 1e-9);
        assertEquals(2.0, DispersionSpotFinder.estimateDMin(dStarSq.clone(), 1.0), 1e-9);
        assertTrue(Double.isNaN(DispersionSpotFinder.estimateDMin(new double[] {0.1, 0.2}, 0.95)));
    }

    @Test
    void maskedGapsProduceNoSpotsEvenWhenHot() {
        char[] px = new char[geometry.pixelCount()];
        Arrays.fill(px, (char) 5);
        PixelMask gaps = geometry.gapMask();
        for (int y = 0; y < geometry.ny(); y++) {
            for (int x = 0; x < geometry.nx(); x++) {
                if (gaps.isMasked(x, y) && (x + y) % 7 == 0) {
                    px[y * geometry.nx() + x] = 3000; // hot, but masked
                }
            }
        }
        FrameResult masked = dialsDefaults.find(new Frame(geometry, px.clone(), gaps, Frame.DEFAULT_OVERLOAD));
        assertEquals(0, masked.spotCount());
        assertEquals(0, masked.strongPixelCount());

        // the same hot pixels unmasked are found: the test above could fail
        FrameResult unmasked = dialsDefaults.find(new Frame(geometry, px.clone(),
                PixelMask.none(geometry.nx(), geometry.ny()), Frame.DEFAULT_OVERLOAD));
        assertTrue(unmasked.strongPixelCount() > 100, "strong pixels without the mask: " + unmasked.strongPixelCount());

        // 0xFFFF marks bad pixels even without a mask
        char[] bad = new char[geometry.pixelCount()];
        Arrays.fill(bad, (char) 5);
        for (int x = 100; x < 110; x++) {
            bad[200 * geometry.nx() + x] = Frame.BAD_PIXEL;
        }
        FrameResult badPixels = dialsDefaults.find(new Frame(geometry, bad,
                PixelMask.none(geometry.nx(), geometry.ny()), Frame.DEFAULT_OVERLOAD));
        assertEquals(0, badPixels.strongPixelCount());
    }

    @Test
    void groupsStrongPixelsByEightConnectivity() {
        char[] px = new char[geometry.pixelCount()];
        Arrays.fill(px, (char) 10);
        int w = geometry.nx();
        for (int i = 0; i < 5; i++) {
            px[(100 + i) * w + 100 + i] = 300;   // a diagonal line: one spot
        }
        px[100 * w + 300] = 300;                 // two pixels two apart: two spots
        px[102 * w + 302] = 300;
        for (int x = 400; x < 405; x++) {        // a U: one spot
            px[104 * w + x] = 300;
        }
        for (int y = 100; y < 104; y++) {
            px[y * w + 400] = 300;
            px[y * w + 404] = 300;
        }
        DispersionSpotFinder finder = new DispersionSpotFinder(
                SpotFinderParams.defaults().withSpotSize(1, 1000).withIceRings(IceRings.NONE));
        FrameResult r = finder.find(new Frame(geometry, px, PixelMask.none(w, geometry.ny()), Frame.DEFAULT_OVERLOAD));
        List<Integer> sizes = r.spots().stream().map(Spot::pixelCount).sorted().toList();
        assertEquals(List.of(1, 1, 5, 13), sizes);
    }

    @Test
    void overloadedPixelsBelongToTheirSpot() {
        char[] px = new char[geometry.pixelCount()];
        Arrays.fill(px, (char) 10);
        int w = geometry.nx();
        for (int y = 99; y <= 101; y++) {
            for (int x = 99; x <= 101; x++) {
                px[y * w + x] = 900;
            }
        }
        px[100 * w + 100] = 1000; // saturated centre
        Frame frame = new Frame(geometry, px, PixelMask.none(w, geometry.ny()), 1000);
        FrameResult r = dialsDefaults.find(frame);
        assertEquals(1, r.spotCount());
        assertEquals(9, r.spots().get(0).pixelCount());
        assertEquals(1000, r.spots().get(0).maxValue());
    }

    @Test
    void resolutionRangeAndSizeLimitsDiscardSpots() {
        SyntheticFrame sf = new SyntheticFrames(geometry, TestDetectors.eigerLikeSpots()).generate(WHOLE_CRYSTAL, 3);
        FrameResult all = dialsDefaults.find(sf.frame());
        FrameResult lowRes = new DispersionSpotFinder(SpotFinderParams.defaults()
                .withResolutionRange(new ResolutionRange(5.0, 40))).find(sf.frame());
        long expected = all.spots().stream().filter(s -> s.dSpacing() >= 5.0 && s.dSpacing() <= 40).count();
        assertEquals(expected, lowRes.spotCount());
        assertTrue(lowRes.spots().stream().allMatch(s -> s.dSpacing() >= 5.0));
        FrameResult small = new DispersionSpotFinder(SpotFinderParams.defaults().withSpotSize(3, 6)).find(sf.frame());
        assertTrue(small.spotCount() < all.spotCount());
        assertTrue(small.spots().stream().allMatch(s -> s.pixelCount() <= 6));
    }

    @Test
    void spotListIsBoundedButCountsAreNot() {
        SyntheticFrame sf = new SyntheticFrames(geometry, TestDetectors.eigerLikeSpots()).generate(WHOLE_CRYSTAL, 4);
        FrameResult full = dialsDefaults.find(sf.frame());
        FrameResult capped = new DispersionSpotFinder(SpotFinderParams.defaults().withMaxSpotsReported(10)).find(sf.frame());
        assertEquals(full.spotCount(), capped.spotCount());
        assertEquals(10, capped.spots().size());
        assertTrue(capped.spotsTruncated());
        assertFalse(full.spotsTruncated());
        assertEquals(full.spots().subList(0, 10), capped.spots()); // the most intense are kept
    }

    private SpotMatch score(SyntheticFrames synth, DispersionSpotFinder finder) {
        SpotMatch total = new SpotMatch(0, 0, 0);
        for (int seed = 0; seed < FRAMES; seed++) {
            SyntheticFrame sf = synth.generate(WHOLE_CRYSTAL, seed);
            FrameResult r = finder.find(sf.frame());
            assertFalse(r.spotsTruncated());
            total = total.plus(SpotMatch.of(sf.braggSpots(), r.spots(), 2.0));
        }
        return total;
    }

    private double estimatedDMin(SynthParams params) {
        SyntheticFrame sf = new SyntheticFrames(geometry, params).generate(WHOLE_CRYSTAL, 5);
        FrameResult r = new DispersionSpotFinder(SpotFinderParams.defaults().withIceRings(IceRings.NONE)).find(sf.frame());
        assertTrue(r.hasResolutionEstimate());
        return r.dMin();
    }
}
