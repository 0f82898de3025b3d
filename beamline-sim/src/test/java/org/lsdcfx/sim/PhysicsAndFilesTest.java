package org.lsdcfx.sim;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lsdcfx.mxtools.profile.SimProfile;
import org.lsdcfx.sim.detector.BinaryFrameSink;
import org.lsdcfx.sim.detector.FrameGenerator;
import org.lsdcfx.sim.detector.FrameSink;
import org.lsdcfx.sim.detector.SeriesSpec;
import org.lsdcfx.sim.physics.AbsorptionEdge;
import org.lsdcfx.sim.physics.LoopImage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

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

    @Test
    void frameSinkWritesChunksAndNeverOverwrites() throws IOException {
        SeriesSpec s = new SeriesSpec(dir, "x", 5, 2, 0.1, 0.1, 12658, 300, 0, 0.1,
                SimProfile.load().detector(), Instant.now());
        FrameSink sink = new BinaryFrameSink();
        FrameSink.SeriesWriter w = sink.open(s);
        FrameGenerator gen = new FrameGenerator(16, 16, 1);
        for (int i = 1; i <= 5; i++) {
            w.write(gen.frame(i, 0.1 * (i - 1), 1.0));
        }
        w.finish(5, true);
        assertTrue(Files.exists(dir.resolve("x_data_000003.bin")));
        assertEquals(16 + 12 + 4 * 256, Files.size(dir.resolve("x_data_000003.bin")));
        String master = Files.readString(dir.resolve("x_master.json"));
        assertTrue(master.contains("\"frames_written\": 5") && master.contains("x_data_000003.bin"), master);
        IOException again = assertThrows(IOException.class, () -> sink.open(s));
        assertTrue(again.getMessage().contains("refusing to overwrite"));
        assertEquals(master, Files.readString(dir.resolve("x_master.json")));
    }

    @Test
    void loopImageFollowsTheGoniometer() {
        byte[] centred = LoopImage.render(200, 100, 2.0, 0, 0, 0);
        byte[] moved = LoopImage.render(200, 100, 2.0, 60, 0, 0);
        // The loop ring crosses the centre row at x = centre ± radius (50 px): it moves by 30 px with +60 um.
        assertTrue((centred[50 * 200 + 150] & 0xff) < 100);
        assertTrue((moved[50 * 200 + 180] & 0xff) < 100);
        assertTrue((moved[50 * 200 + 150] & 0xff) > 100);
    }

    @Test
    void configRejectsNonsense() {
        assertThrows(IllegalArgumentException.class, () -> SimConfig.of("Q", 0, dir));
        assertThrows(IllegalArgumentException.class, () -> new SimConfig(SimProfile.withPrefix("Q"), "OTHER", 1,
                dir, 1, 64, 64, new BinaryFrameSink()));
    }
}
