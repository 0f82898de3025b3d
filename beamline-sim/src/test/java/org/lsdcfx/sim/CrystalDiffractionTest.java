package org.lsdcfx.sim;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lsdcfx.analysis.spots.DetectorGeometry;
import org.lsdcfx.analysis.spots.DispersionSpotFinder;
import org.lsdcfx.analysis.spots.Frame;
import org.lsdcfx.analysis.spots.FrameResult;
import org.lsdcfx.analysis.spots.SpotFinderParams;
import org.lsdcfx.analysis.synth.VirtualCrystal;
import org.lsdcfx.sim.detector.BinaryFrameSink;
import org.lsdcfx.sim.detector.DetectorFrame;
import org.lsdcfx.sim.detector.FrameSize;
import org.lsdcfx.sim.physics.BeamSize;
import org.lsdcfx.sim.support.RecordingFrameSink;
import org.lsdcfx.sim.support.SimClient;

import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Frames of the simulated detector over real PVA: a crystal in the loop diffracts only when the goniometer puts it in
 * the beam, as much as the beam overlaps it; ice rings only with ice. Frames are checked with analysis' spot finder,
 * as the daq server's raster will.
 */
class CrystalDiffractionTest {
    private static final Logger PVA_LOG = Logger.getLogger("org.epics.pva");
    /** A 60 µm crystal 400 µm along the omega axis from the loop centre, 50 µm up at omega 0. */
    private static final VirtualCrystal CRYSTAL = new VirtualCrystal(0.400, 0.050, 0.0, 0.060, 1.0);
    private static final DispersionSpotFinder FINDER = new DispersionSpotFinder(SpotFinderParams.defaults());

    @TempDir
    static Path data;
    static SimBeamline sim;
    static SimClient pva;
    static RecordingFrameSink frames;
    private static int series;

    @BeforeAll
    static void start() throws Exception {
        PVA_LOG.setLevel(Level.SEVERE);
        PvaPorts.free().applyLoopback();
        frames = new RecordingFrameSink(new BinaryFrameSink());
        sim = SimBeamline.start(SimConfig.of("CD", 0.01, data).withFrameSize(new FrameSize(256, 256))
                .withFrameSink(frames).withCrystals(List.of(CRYSTAL)).withBeam(new BeamSize(10, 10)));
        pva = new SimClient(sim.profile());
        pva.openShutter();
    }

    @AfterAll
    static void stop() {
        pva.close();
        sim.close();
    }

    @BeforeEach
    void noIce() {
        sim.controls().setIce(false);
        sim.controls().setCrystals(List.of(CRYSTAL));
    }

    /** One still frame with the goniometer at (x, y, z) µm and omega; the frame as the detector wrote it. */
    static DetectorFrame frameAt(double xUm, double yUm, double zUm, double omega) throws Exception {
        pva.goniometer(xUm, yUm, zUm, omega);
        String name = "still_" + (++series);
        pva.series(data.resolve("stills").toString(), name, 1, 10, omega, 0);
        List<DetectorFrame> written = frames.frames(name);
        assertEquals(1, written.size());
        return written.get(0);
    }

    @Test
    void theCrystalDiffractsOnlyInTheBeam() throws Exception {
        FrameResult on = FINDER.find(frameAt(400, 50, 0, 0).image());
        FrameResult off = FINDER.find(frameAt(0, 0, 0, 0).image());
        // At omega 90 the crystal's y offset runs along the beam, so any y hits it, while a 50 µm change of z now
        // moves it out of the beam.
        FrameResult rotatedOn = FINDER.find(frameAt(400, 0, 0, 90).image());
        FrameResult rotatedOffAxis = FINDER.find(frameAt(400, 0, 50, 90).image());
        assertTrue(on.spotCount() >= 100, "on the crystal: " + on.spotCount() + " spots");
        assertTrue(off.spotCount() <= 2, "off the crystal: " + off.spotCount() + " spots");
        assertTrue(rotatedOn.spotCount() >= 100, "on the crystal at 90 deg: " + rotatedOn.spotCount());
        assertTrue(rotatedOffAxis.spotCount() <= 2, "z 50 um off at 90 deg: " + rotatedOffAxis.spotCount());
        assertTrue(on.hasResolutionEstimate() && on.dMin() < 4, "d_min " + on.dMin());
    }

    @Test
    void spotsAndIntensityScaleWithTheOverlap() throws Exception {
        // Beam 10 µm, crystal radius 30 µm: centred, 20 µm and 27 µm off the centre along the axis.
        double[] offsets = {0, 20, 27};
        FrameResult[] results = new FrameResult[offsets.length];
        double[] fractions = new double[offsets.length];
        for (int i = 0; i < offsets.length; i++) {
            results[i] = FINDER.find(frameAt(400 + offsets[i], 50, 0, 0).image());
            fractions[i] = CRYSTAL.beamFraction(0.400 + offsets[i] / 1000, 0.050, 0, 0, 0.010, 0.010);
        }
        assertTrue(fractions[0] > 0.95 && fractions[1] < 0.8 && fractions[2] < 0.5, java.util.Arrays.toString(fractions));
        for (int i = 1; i < offsets.length; i++) {
            assertTrue(results[i].spotCount() < results[i - 1].spotCount(), "spots fall with the overlap: "
                    + results[i - 1].spotCount() + " then " + results[i].spotCount());
            assertTrue(results[i].totalIntensity() < results[i - 1].totalIntensity(), "intensity falls too");
        }
        assertTrue(results[2].spotCount() > 5, "a grazed crystal still shows: " + results[2].spotCount());
        // The weakest spots of a partly hit crystal sink into the background, so the count falls at least as fast
        // as the overlap (within Poisson noise).
        double ratio = (double) results[2].spotCount() / results[0].spotCount();
        assertTrue(ratio < fractions[2] + 0.1, "count ratio " + ratio + " vs overlap " + fractions[2]);
    }

    @Test
    void iceRingsOnlyWhenEnabled() throws Exception {
        DetectorFrame dry = frameAt(0, 0, 0, 0);
        sim.controls().setIce(true);
        DetectorFrame iced = frameAt(0, 0, 0, 0);
        FrameResult dryResult = FINDER.find(dry.image());
        FrameResult icedResult = FINDER.find(iced.image());
        assertEquals(dryResult.spotCount(), dryResult.spotCountNoIce(), "no ice spots without ice");
        assertTrue(icedResult.spotCount() - icedResult.spotCountNoIce() >= 3,
                "ice spots: " + icedResult.spotCount() + " in all, " + icedResult.spotCountNoIce() + " off the rings");
        // The diffuse 3.90 Å ring (the innermost): brighter than the band just inside it only with ice.
        assertTrue(ringContrast(dry.image(), 3.90) < 1.3, "dry ring contrast " + ringContrast(dry.image(), 3.90));
        assertTrue(ringContrast(iced.image(), 3.90) > 2, "ice ring contrast " + ringContrast(iced.image(), 3.90));
    }

    @Test
    void aClosedShutterGivesDarkFrames() throws Exception {
        pva.put(sim.profile().pv(org.lsdcfx.mxtools.profile.Descriptors.FAST_SHUTTER), 0);
        org.lsdcfx.sim.support.Await.until(java.time.Duration.ofSeconds(5),
                () -> !shutterOpen(), "shutter closed");
        try {
            Frame dark = frameAt(400, 50, 0, 0).image();
            long sum = 0;
            for (int y = 0; y < dark.height(); y++) {
                for (int x = 0; x < dark.width(); x++) {
                    sum += dark.isBad(x, y) ? 0 : dark.value(x, y);
                }
            }
            assertEquals(0, sum);
        } finally {
            pva.openShutter();
        }
    }

    private static boolean shutterOpen() {
        try {
            return pva.readDouble(sim.profile().pv(org.lsdcfx.mxtools.profile.Descriptors.FAST_SHUTTER_STATE)) == 1;
        } catch (Exception e) {
            return true;
        }
    }

    /** Mean counts within 1 px of the ring at {@code dA} over the mean of the band 3–6 px inside it. */
    static double ringContrast(Frame frame, double dA) {
        DetectorGeometry g = frame.geometry();
        double ring = g.radiusPxForD(dA);
        double[] sum = new double[2];
        int[] n = new int[2];
        for (int y = 0; y < frame.height(); y++) {
            for (int x = 0; x < frame.width(); x++) {
                if (frame.isBad(x, y)) {
                    continue;
                }
                double r = Math.hypot(x + 0.5 - g.beamCentreXPx(), y + 0.5 - g.beamCentreYPx());
                int band = Math.abs(r - ring) <= 1 ? 0 : (r >= ring - 6 && r <= ring - 3 ? 1 : -1);
                if (band >= 0) {
                    sum[band] += Math.min(frame.value(x, y), 50); // ice-crystallite spots must not dominate
                    n[band]++;
                }
            }
        }
        return (sum[0] / n[0]) / Math.max(0.05, sum[1] / n[1]);
    }
}
