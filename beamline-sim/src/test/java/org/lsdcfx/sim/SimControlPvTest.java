package org.lsdcfx.sim;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lsdcfx.analysis.spots.DispersionSpotFinder;
import org.lsdcfx.analysis.spots.SpotFinderParams;
import org.lsdcfx.analysis.synth.VirtualCrystal;
import org.lsdcfx.mxtools.profile.CameraSpec;
import org.lsdcfx.mxtools.profile.Descriptors;
import org.lsdcfx.sim.detector.BinaryFrameSink;
import org.lsdcfx.sim.detector.FrameSize;
import org.lsdcfx.sim.physics.BeamSize;
import org.lsdcfx.sim.sample.SimSample;
import org.lsdcfx.sim.support.Await;
import org.lsdcfx.sim.support.RecordingFrameSink;
import org.lsdcfx.sim.support.SimClient;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sample as a PVA client sets it: crystals through the {@code {Sim}Crystals*} PVs (JSON), ice and beam size,
 * refusals that change nothing and say why, and the sample cameras showing a crystal moved into view.
 */
class SimControlPvTest {
    private static final Logger PVA_LOG = Logger.getLogger("org.epics.pva");
    private static final DispersionSpotFinder FINDER = new DispersionSpotFinder(SpotFinderParams.defaults());

    @TempDir
    static Path data;
    static SimBeamline sim;
    static SimClient pva;
    static RecordingFrameSink frames;
    static String ctl;
    private static int series;

    @BeforeAll
    static void start() throws Exception {
        PVA_LOG.setLevel(Level.SEVERE);
        PvaPorts.free().applyLoopback();
        frames = new RecordingFrameSink(new BinaryFrameSink());
        sim = SimBeamline.start(SimConfig.of("CP", 0.01, data).withFrameSize(new FrameSize(192, 192))
                .withFrameSink(frames));
        ctl = sim.config().controlPrefix();
        pva = new SimClient(sim.profile());
        pva.openShutter();
    }

    @AfterAll
    static void stop() {
        pva.close();
        sim.close();
    }

    private static int spotsAt(double xUm) throws Exception {
        return spotsAt(xUm, 0);
    }

    private static int spotsAt(double xUm, double yUm) throws Exception {
        pva.goniometer(xUm, yUm, 0, 0);
        String name = "cp_" + (++series);
        pva.series(data.resolve("cp").toString(), name, 1, 1, 0, 0);
        return FINDER.find(frames.frames(name).get(0).image()).spotCount();
    }

    @Test
    void crystalsWrittenAsJsonReachTheFrames() throws Exception {
        pva.put(ctl + "Crystals-SP", "[]");
        assertEquals(0, pva.readDouble(ctl + "Crystals:Count-I"));
        int before = spotsAt(-300);

        pva.put(ctl + "Crystals-SP", "[{\"x_um\": -300, \"y_um\": 0, \"z_um\": 0, \"size_um\": 80}]");
        assertEquals("[{\"x_um\":-300.0,\"y_um\":0.0,\"z_um\":0.0,\"size_um\":80.0,\"strength\":1.0}]",
                pva.readString(ctl + "Crystals-SP"));
        assertEquals(List.of(new VirtualCrystal(-0.3, 0, 0, 0.08, 1)), sim.controls().crystals());
        int after = spotsAt(-300);
        assertTrue(before <= 2 && after >= 50, "spots without / with the crystal: " + before + " / " + after);

        pva.put(ctl + "Crystals:Add-Cmd", "{\"x_um\": 500, \"y_um\": 0, \"z_um\": 0, \"size_um\": 40, \"strength\": 0.5}");
        assertEquals(2, pva.readDouble(ctl + "Crystals:Count-I"));
        assertTrue(pva.readString(ctl + "Crystals-SP").contains("\"strength\":0.5"));
        assertTrue(spotsAt(500) >= 10, "the added, weaker crystal diffracts");

        pva.put(ctl + "Crystals:Clear-Cmd", 1);
        assertEquals(0, pva.readDouble(ctl + "Crystals:Count-I"));
        assertEquals("[]", pva.readString(ctl + "Crystals-SP"));
        assertTrue(spotsAt(-300) <= 2, "cleared");
    }

    @Test
    void aRasterOverTheLoopFindsTheDemoCrystal() throws Exception {
        sim.controls().setCrystals(SimSample.DEMO.crystals()); // 60 µm at x 30, y 20, z -10 µm
        int[][] spots = new int[4][5];
        int best = -1;
        int bestRow = 0;
        int bestColumn = 0;
        for (int row = 0; row < 4; row++) {
            for (int column = 0; column < 5; column++) {
                spots[row][column] = spotsAt(-20 + 20 * column, -20 + 20 * row);
                if (spots[row][column] > best) {
                    best = spots[row][column];
                    bestRow = row;
                    bestColumn = column;
                }
            }
        }
        String map = java.util.Arrays.deepToString(spots);
        // The best cell is one of the two 10 µm from the crystal centre (x 20 or 40, y 20), the cells 60 µm or more
        // away along x are empty.
        assertTrue(bestRow == 2 && (bestColumn == 2 || bestColumn == 3) && best >= 50, map);
        for (int row = 0; row < 4; row++) {
            assertTrue(spots[row][0] <= 2, map);
        }
    }

    @Test
    void badCrystalJsonIsRefusedWithAReasonAndChangesNothing() throws Exception {
        pva.put(ctl + "Crystals-SP", "[{\"x_um\": 0, \"y_um\": 0, \"z_um\": 0, \"size_um\": 50}]");
        String good = pva.readString(ctl + "Crystals-SP");
        List<VirtualCrystal> crystals = sim.controls().crystals();
        String[][] bad = {
                {"[{\"x_um\": 0, \"y_um\": 0, ", "not valid JSON"},
                {"{\"x_um\": 0, \"y_um\": 0, \"z_um\": 0, \"size_um\": 50}", "expected a JSON array"},
                {"[{\"x_um\": 0, \"y_um\": 0, \"z_um\": 0, \"size_um\": -5}]", "crystal 1: size_um must be"},
                {"[{\"x_um\": 0, \"y_um\": 0, \"z_um\": 0, \"size_um\": 50}, {\"x_um\": 0, \"y_um\": 0, \"z_um\": 0,"
                        + " \"sise_um\": 50}]", "crystal 2: unknown key 'sise_um'"},
                {"[{\"x_um\": \"10\", \"y_um\": 0, \"z_um\": 0, \"size_um\": 50}]", "x_um must be a finite number"},
                {"[{\"y_um\": 0, \"z_um\": 0, \"size_um\": 50}]", "crystal 1: x_um is missing"},
                {"[] []", "not valid JSON"},
        };
        for (String[] b : bad) {
            Exception refused = assertThrows(Exception.class, () -> pva.put(ctl + "Crystals-SP", b[0]), b[0]);
            assertTrue(refused.getMessage().contains("Write failed"), refused.getMessage());
            String why = pva.readString(ctl + "Status-I");
            assertTrue(why.startsWith(ctl + "Crystals-SP: ") && why.contains(b[1]), b[0] + " -> " + why);
            assertEquals(good, pva.readString(ctl + "Crystals-SP"));
            assertEquals(crystals, sim.controls().crystals());
        }
        assertThrows(Exception.class, () -> pva.put(ctl + "Crystals:Add-Cmd", "[]"));
        assertTrue(pva.readString(ctl + "Status-I").contains("expected a JSON object"));
        assertEquals(1, pva.readDouble(ctl + "Crystals:Count-I"));
        assertTrue(spotsAt(0) >= 50, "the crystal set before the refusals is still there");
        // An accepted write clears the message.
        pva.put(ctl + "Ice-Sel", 0);
        assertEquals("", pva.readString(ctl + "Status-I"));
    }

    @Test
    void iceAndBeamSizeThroughPvs() throws Exception {
        pva.put(ctl + "Ice-Sel", 1);
        assertTrue(sim.controls().ice());
        assertThrows(Exception.class, () -> pva.put(ctl + "Ice-Sel", 2));
        assertTrue(sim.controls().ice());
        pva.put(ctl + "Ice-Sel", 0);
        assertTrue(!sim.controls().ice());

        pva.put(ctl + "Beam:Width-SP", 30.0);
        assertEquals(new BeamSize(30, 10), sim.controls().beamSize());
        assertThrows(Exception.class, () -> pva.put(ctl + "Beam:Height-SP", 0.0));
        assertTrue(pva.readString(ctl + "Status-I").contains("beam height must be within"));
        assertEquals(new BeamSize(30, 10), sim.controls().beamSize());
        assertEquals(10.0, pva.readDouble(ctl + "Beam:Height-SP"));
        sim.controls().setBeamSize(BeamSize.DEFAULT);
        assertEquals(10.0, pva.readDouble(ctl + "Beam:Width-SP"));
    }

    @Test
    void theCameraShowsACrystalMovedIntoView() throws Exception {
        // 80 µm crystal 2 mm along the omega axis: outside the 1.6 mm low-magnification field until sampleX brings
        // it onto the beam, i.e. the image centre.
        sim.controls().setCrystals(List.of(new VirtualCrystal(2.0, 0, 0, 0.08, 1)));
        pva.goniometer(0, 0, 0, 0);
        for (String camera : List.of(Descriptors.LOW_MAG_CAMERA, Descriptors.HIGH_MAG_CAMERA)) {
            CameraSpec spec = sim.profile().camera(camera);
            double before = meanGreyAtCentre(spec, 30);
            pva.move(Descriptors.SAMPLE_X, 2000);
            // The camera re-renders within 0.1 s simulated of the move: wait for the image, not for time.
            Await.until(Duration.ofSeconds(5), () -> before - quietMeanGreyAtCentre(spec, 30) > 40,
                    camera + " shows the crystal at the centre (mean grey was " + before + ")");
            pva.move(Descriptors.SAMPLE_X, 0);
        }
    }

    private static double quietMeanGreyAtCentre(CameraSpec spec, double radiusUm) {
        try {
            return meanGreyAtCentre(spec, radiusUm);
        } catch (Exception e) {
            return Double.NaN;
        }
    }

    /** Mean grey within {@code radiusUm} of the image centre (where the beam is). */
    private static double meanGreyAtCentre(CameraSpec spec, double radiusUm) throws Exception {
        int w = (int) pva.readDouble(spec.pvPrefix() + "cam1:ArraySizeX_RBV");
        int h = (int) pva.readDouble(spec.pvPrefix() + "cam1:ArraySizeY_RBV");
        byte[] px = pva.readBytes(spec.pvPrefix() + "image1:ArrayData");
        double umPerPx = spec.fovWidthUm() / w;
        double sum = 0;
        int n = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (Math.hypot(x + 0.5 - w / 2.0, y + 0.5 - h / 2.0) * umPerPx <= radiusUm) {
                    sum += px[y * w + x] & 0xff;
                    n++;
                }
            }
        }
        return sum / n;
    }
}
