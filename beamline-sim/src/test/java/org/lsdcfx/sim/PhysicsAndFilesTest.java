package org.lsdcfx.sim;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lsdcfx.analysis.spots.DetectorGeometry;
import org.lsdcfx.analysis.spots.Frame;
import org.lsdcfx.analysis.spots.io.FrameIO;
import org.lsdcfx.analysis.spots.io.FrameSeries;
import org.lsdcfx.analysis.spots.io.RawFrameFormat;
import org.lsdcfx.analysis.synth.VirtualCrystal;
import org.lsdcfx.mxtools.profile.SimProfile;
import org.lsdcfx.sim.detector.BinaryFrameFormat;
import org.lsdcfx.sim.detector.BinaryFrameSink;
import org.lsdcfx.sim.detector.DetectorFrame;
import org.lsdcfx.sim.detector.DetectorGeometries;
import org.lsdcfx.sim.detector.DiffractionModel;
import org.lsdcfx.sim.detector.FrameSink;
import org.lsdcfx.sim.detector.Illumination;
import org.lsdcfx.sim.detector.SeriesSpec;
import org.lsdcfx.sim.physics.AbsorptionEdge;
import org.lsdcfx.sim.physics.BeamSize;
import org.lsdcfx.sim.physics.LoopImage;
import org.lsdcfx.sim.sample.GoniometerPose;
import org.lsdcfx.sim.sample.SimSample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PhysicsAndFilesTest {
    @TempDir
    Path dir;

    @Test
    void seEdgeRisesThroughTheEdgeWithAWhiteLine() {
        AbsorptionEdge se = AbsorptionEdge.SE_K;
        assertTrue(se.yield(12600) < 0.1);
        assertTrue(se.yield(12700) > 0.9);
        double inflection = se.yield(12658);
        assertTrue(inflection > se.yield(12650) && inflection < se.yield(12665));
        assertTrue(se.yield(12661) > se.yield(12700), "white line above the post-edge level");
    }

    private static SeriesSpec series(Path dir, String prefix, int images, int perFile, DetectorGeometry g) {
        return new SeriesSpec(dir, prefix, images, perFile, 0.1, 0.1, 12658, 300, 0, 0.1,
                SimProfile.load().detector(), g, Instant.now());
    }

    @Test
    void binarySinkWritesChunksReadableBackAndNeverOverwrites() throws IOException {
        DetectorGeometry g = DetectorGeometries.forFrame(SimProfile.load().detector(), 16, 16, 300, 12658);
        SeriesSpec s = series(dir, "x", 5, 2, g);
        FrameSink sink = new BinaryFrameSink();
        FrameSink.SeriesWriter w = sink.open(s);
        DiffractionModel model = new DiffractionModel(g);
        List<Frame> written = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            Illumination light = new Illumination(new GoniometerPose(0, 0, 0, 0), SimSample.DEMO, BeamSize.DEFAULT, 1);
            Frame f = model.draw(light, i).frame();
            written.add(f);
            w.write(new DetectorFrame(i, 0.1 * (i - 1), f));
        }
        w.complete(5);
        assertTrue(Files.exists(dir.resolve("x_data_000003.bin")));
        assertEquals(16 + 12 + 4 * 256, Files.size(dir.resolve("x_data_000003.bin")));
        String master = Files.readString(dir.resolve("x_master.json"));
        assertTrue(master.contains("\"frames_written\": 5") && master.contains("x_data_000003.bin"), master);
        IOException again = assertThrows(IOException.class, () -> sink.open(s));
        assertTrue(again.getMessage().contains("refusing to overwrite"));
        assertEquals(master, Files.readString(dir.resolve("x_master.json")));

        // Read back through analysis' FrameIO: the same pixels, the same geometry, frame by frame.
        FrameIO io = new FrameIO(List.of(new RawFrameFormat(), new BinaryFrameFormat()));
        try (FrameSeries chunk = io.open(dir.resolve("x_data_000002.bin"))) {
            assertEquals(2, chunk.frameCount());
            assertEquals(g, chunk.geometry());
            for (int i = 0; i < 2; i++) {
                assertArrayEquals(pixels(written.get(2 + i)), pixels(chunk.read(i)));
            }
        }
    }

    @Test
    void anAbortedBinarySeriesSaysWhy() throws IOException {
        DetectorGeometry g = DetectorGeometries.forFrame(SimProfile.load().detector(), 16, 16, 300, 12658);
        FrameSink.SeriesWriter w = new BinaryFrameSink().open(series(dir, "cut", 10, 4, g));
        w.abort(0, "disarmed after 0 of 10 frames");
        String master = Files.readString(dir.resolve("cut_master.json"));
        assertTrue(master.contains("\"status\": \"aborted\"") && master.contains("disarmed after 0 of 10"), master);
    }

    static char[] pixels(Frame f) {
        char[] out = new char[f.width() * f.height()];
        f.pixels().get(out);
        return out;
    }

    @Test
    void loopImageFollowsTheGoniometer() {
        // 200 x 100 px at 2 um/px; the loop (radius 100 um = 50 px) is centred on the sample-frame origin.
        byte[] centred = LoopImage.render(200, 100, 2.0, 2.0, new GoniometerPose(0, 0, 0, 0), SimSample.EMPTY);
        byte[] moved = LoopImage.render(200, 100, 2.0, 2.0, new GoniometerPose(-60, 0, 0, 0), SimSample.EMPTY);
        // The loop ring crosses the centre row at x = centre ± radius: bringing sample-frame x = -60 um onto the
        // beam moves the loop 30 px to the right.
        assertTrue(grey(centred, 200, 150, 50) < 100);
        assertTrue(grey(moved, 200, 180, 50) < 100);
        assertTrue(grey(moved, 200, 150, 50) > 100);
    }

    @Test
    void crystalsAppearWhereTheGoniometerConventionPutsThem() {
        // A 40 um crystal at y = 0, z = +100 um: at omega 90 its vertical offset is -(z)·sin 90 = -100 um (below
        // the beam: 50 px down at 2 um/px); at omega 0 it sits on the centre row.
        SimSample one = new SimSample(List.of(new VirtualCrystal(0.2, 0, 0.1, 0.04, 1)), false);
        GoniometerPose at0 = new GoniometerPose(200, 0, 0, 0);
        GoniometerPose at90 = new GoniometerPose(200, 0, 0, 90);
        byte[] face = LoopImage.render(400, 300, 2, 2, at0, one);
        byte[] side = LoopImage.render(400, 300, 2, 2, at90, one);
        byte[] empty = LoopImage.render(400, 300, 2, 2, at90, SimSample.EMPTY);
        assertTrue(grey(face, 400, 200, 150) < 150, "crystal at the centre at omega 0");
        assertTrue(grey(side, 400, 200, 200) < 150, "crystal 50 px below the centre at omega 90");
        assertTrue(grey(empty, 400, 200, 200) > 150, "background there without it");
        // The diffraction model agrees: the crystal is in the beam at the pose that centres it on the camera.
        VirtualCrystal c = one.crystals().get(0);
        assertTrue(at0.hit(c, BeamSize.DEFAULT).fraction() > 0.9);
        assertEquals(0, at90.hit(c, BeamSize.DEFAULT).fraction());
        assertTrue(new GoniometerPose(200, 0, 100, 90).hit(c, BeamSize.DEFAULT).fraction() > 0.9);
        assertEquals(-100, at90.verticalUm(0, 100), 1e-9);
    }

    private static int grey(byte[] px, int width, int x, int y) {
        return px[y * width + x] & 0xff;
    }

    @Test
    void configRejectsNonsense() {
        assertThrows(IllegalArgumentException.class, () -> SimConfig.of("Q", 0, dir));
        assertThrows(IllegalArgumentException.class, () -> new SimConfig(SimProfile.withPrefix("Q"), "OTHER", 1,
                dir, 1, 64, 64, new BinaryFrameSink(), SimSample.DEMO, BeamSize.DEFAULT, 1));
        assertThrows(IllegalArgumentException.class, () -> new SimConfig(SimProfile.withPrefix("Q"), "Q", 1,
                dir, 1, 4, 64, new BinaryFrameSink(), SimSample.DEMO, BeamSize.DEFAULT, 1));
        assertThrows(IllegalArgumentException.class, () -> SimConfig.of("Q", 1, dir).withMechanismScale(0));
        assertThrows(IllegalArgumentException.class, () -> SimConfig.of("Q", 1, dir).withMechanismScale(2));
        assertThrows(IllegalArgumentException.class, () -> new BeamSize(0, 10));
        assertEquals(List.of(), SimConfig.of("Q", 1, dir).withCrystals(List.of()).sample().crystals());
    }
}
