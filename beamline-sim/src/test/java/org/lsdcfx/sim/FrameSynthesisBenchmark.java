package org.lsdcfx.sim;

import org.junit.jupiter.api.Test;
import org.lsdcfx.analysis.spots.DetectorGeometry;
import org.lsdcfx.analysis.spots.Frame;
import org.lsdcfx.mxtools.profile.DetectorSpec;
import org.lsdcfx.mxtools.profile.SimProfile;
import org.lsdcfx.sim.detector.DetectorFrame;
import org.lsdcfx.sim.detector.DetectorGeometries;
import org.lsdcfx.sim.detector.DiffractionModel;
import org.lsdcfx.sim.detector.FrameSink;
import org.lsdcfx.sim.detector.FrameSinks;
import org.lsdcfx.sim.detector.FrameSize;
import org.lsdcfx.sim.detector.Illumination;
import org.lsdcfx.sim.detector.SeriesSpec;
import org.lsdcfx.sim.physics.BeamSize;
import org.lsdcfx.sim.sample.GoniometerPose;
import org.lsdcfx.sim.sample.SimSample;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a simulated frame costs at the frame sizes {@code SimMain} offers: synthesis (one thread, the detector's
 * frame thread) and writing it through the NXmx sink. Not part of the build:
 * {@code mvn -o -pl beamline-sim test -Dtest=FrameSynthesisBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class FrameSynthesisBenchmark {
    private static final int FRAMES = 5;

    public static void main(String[] args) throws Exception {
        new FrameSynthesisBenchmark().measure();
    }

    @Test
    void measure() throws Exception {
        DetectorSpec spec = SimProfile.load().detector();
        Illumination light = new Illumination(new GoniometerPose(30, 20, -10, 0), SimSample.DEMO, BeamSize.DEFAULT, 1);
        FrameSink nxmx = FrameSinks.nxmx();
        System.out.printf("frame synthesis and NXmx writing (%s), %d frames each, on one thread%n", nxmx.describe(),
                FRAMES);
        for (String size : List.of("256x256", "bin4", "bin2", "4M", "full", "16M")) {
            FrameSize s = FrameSize.parse(size, spec);
            DetectorGeometry g = DetectorGeometries.forFrame(spec, s.width(), s.height(), 300, 12658);
            DiffractionModel model = new DiffractionModel(g);
            model.draw(light, 0); // warm-up
            Path dir = Files.createTempDirectory("sim-bench");
            try {
                FrameSink.SeriesWriter w = nxmx.open(new SeriesSpec(dir, "bench_1", FRAMES, FRAMES, 0.01, 0.01, 12658,
                        300, 0, 0.1, spec, g, Instant.now()));
                long draw = 0;
                long write = 0;
                for (int i = 1; i <= FRAMES; i++) {
                    long t0 = System.nanoTime();
                    Frame f = model.draw(light, i).frame();
                    long t1 = System.nanoTime();
                    w.write(new DetectorFrame(i, 0.1 * (i - 1), f));
                    write += System.nanoTime() - t1;
                    draw += t1 - t0;
                }
                w.complete(FRAMES);
                System.out.printf("  %-5s %5d x %-5d %6.1f Mpx  synthesis %7.1f ms/frame  NXmx write %6.1f ms/frame%n",
                        size, s.width(), s.height(), s.width() * (double) s.height() / 1e6, draw / 1e6 / FRAMES,
                        write / 1e6 / FRAMES);
            } finally {
                try (Stream<Path> files = Files.walk(dir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }
}
