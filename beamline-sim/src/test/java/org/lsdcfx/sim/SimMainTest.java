package org.lsdcfx.sim;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lsdcfx.analysis.synth.VirtualCrystal;
import org.lsdcfx.sim.detector.BinaryFrameSink;
import org.lsdcfx.sim.detector.FrameSize;
import org.lsdcfx.sim.detector.NxmxFrameSink;
import org.lsdcfx.sim.sample.SimSample;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SimMain as a separate process, reached by core-pva's own command-line client in a third process. */
class SimMainTest {
    @TempDir
    Path data;

    @Test
    void parsesOptions() {
        SimMain.Options o = SimMain.Options.parse(new String[] {"--prefix", "X1", "--time-scale", "0.5", "--data",
                "/tmp/d", "--port", "6000", "--udp-port", "6001", "--loopback"});
        assertEquals("X1", o.prefix());
        assertEquals(0.5, o.timeScale());
        assertEquals(Path.of("/tmp/d"), o.data());
        assertEquals(6000, o.port());
        assertEquals(6001, o.udpPort());
        assertTrue(o.loopback());
        assertThrows(IllegalArgumentException.class, () -> SimMain.Options.parse(new String[] {"--bogus"}));
        assertThrows(IllegalArgumentException.class, () -> SimMain.Options.parse(new String[] {"--prefix"}));
    }

    @Test
    void choosesFramesAndSample() {
        SimConfig defaults = SimMain.Options.parse(new String[] {"--data", data.toString()}).config();
        assertEquals(new FrameSize(777, 816), defaults.frameSize()); // the 9M binned 4 x 4
        assertTrue(defaults.frameSink() instanceof NxmxFrameSink);
        assertEquals(SimSample.DEMO, defaults.sample());

        SimConfig chosen = SimMain.Options.parse(new String[] {"--data", data.toString(), "--frame-size", "4M",
                "--frames", "binary", "--crystals", "[{\"x_um\": 1, \"y_um\": 2, \"z_um\": 3, \"size_um\": 40}]",
                "--ice"}).config();
        assertEquals(FrameSize.EIGER_4M, chosen.frameSize());
        assertTrue(chosen.frameSink() instanceof BinaryFrameSink);
        assertEquals(List.of(new VirtualCrystal(0.001, 0.002, 0.003, 0.04, 1)), chosen.sample().crystals());
        assertTrue(chosen.sample().ice());
        assertEquals(new FrameSize(3108, 3262), SimMain.Options.parse(new String[] {"--frame-size", "full"}).config()
                .frameSize());

        IllegalArgumentException size = assertThrows(IllegalArgumentException.class,
                () -> SimMain.Options.parse(new String[] {"--frame-size", "huge"}).config());
        assertTrue(size.getMessage().startsWith("--frame-size: frame size 'huge' is not"), size.getMessage());
        IllegalArgumentException json = assertThrows(IllegalArgumentException.class,
                () -> SimMain.Options.parse(new String[] {"--crystals", "[{]"}).config());
        assertTrue(json.getMessage().startsWith("--crystals: not valid JSON"), json.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> SimMain.Options.parse(new String[] {"--frames", "cbf"}).config());
    }

    @Test
    void runsAloneAndServesAnIndependentClient() throws Exception {
        PvaPorts ports = PvaPorts.free();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("java.class.path");
        ProcessBuilder simBuilder = new ProcessBuilder(java, "-cp", cp, SimMain.class.getName(), "--prefix", "CHILD",
                "--time-scale", "0.01", "--data", data.toString(), "--loopback", "--port",
                Integer.toString(ports.tcp()), "--udp-port", Integer.toString(ports.udp()))
                .redirectErrorStream(true);
        Process sim = simBuilder.start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(sim.getInputStream(),
                    StandardCharsets.UTF_8));
            String banner = null;
            for (String line; (line = out.readLine()) != null; ) {
                if (line.startsWith("LSDC-FX simulated beamline serving")) {
                    banner = line;
                    break;
                }
            }
            assertTrue(banner != null && banner.contains("prefix CHILD") && banner.contains("port "
                    + ports.tcp()), String.valueOf(banner));

            ProcessBuilder get = new ProcessBuilder(java, "-cp", cp, "org.epics.pva.client.PVAClientMain", "get",
                    "CHILD{Gov:Robot}Sts:State-I", "CHILD{Det:FS-Ax:Z}Mtr.RBV", "CHILD{Sim}Crystals-SP").redirectErrorStream(true);
            get.environment().putAll(ports.asEnvironment());
            Process client = get.start();
            List<String> lines = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(client.getInputStream(),
                    StandardCharsets.UTF_8))) {
                r.lines().forEach(lines::add);
            }
            assertTrue(client.waitFor(30, TimeUnit.SECONDS));
            String all = String.join("\n", lines);
            assertTrue(all.contains("SE") && all.contains("300.0"), all);
            assertTrue(all.contains("\"x_um\":30.0"), "the demo crystal: " + all);
        } finally {
            sim.destroy();
            assertTrue(sim.waitFor(10, TimeUnit.SECONDS));
        }
    }
}
