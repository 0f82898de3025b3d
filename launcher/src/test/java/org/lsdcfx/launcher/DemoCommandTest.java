package org.lsdcfx.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./lsdc demo --headless} in its own JVM: everything embedded, the demo dewar loaded, the queue collected. */
class DemoCommandTest {
    @TempDir
    Path home;

    @Test
    void windowedDemoWithoutADisplaySaysWhatToDo() throws Exception {
        try (ChildJvm demo = ChildJvm.start(home, "demo", "--data", home.resolve("store").toString())) {
            ChildJvm.Result r = demo.awaitExit(Duration.ofMinutes(1));
            assertEquals(2, r.exitCode(), r.output());
            assertTrue(r.output().contains("there is no display") && r.output().contains("--headless"), r.output());
        }
    }

    @Test
    void headlessDemoLoadsTheDewarCollectsAndExitsZero() throws Exception {
        List<String> args = new ArrayList<>(List.of("demo", "--headless", "--time-scale", "0.01",
                "--data", home.resolve("store").toString(), "--store-port", Integer.toString(FreePorts.tcp()),
                "--visit", home.resolve("visit").toString()));
        args.addAll(List.of(FreePorts.pvaOptions(FreePorts.udp())));
        try (ChildJvm demo = ChildJvm.start(home, args.toArray(String[]::new))) {
            ChildJvm.Result r = demo.awaitExit(Duration.ofMinutes(4));
            assertEquals(0, r.exitCode(), r.output());
            assertTrue(r.output().contains("Loaded the demo dewar: 18 samples in 3 pucks"), r.output());
            assertTrue(r.output().contains("Queued 7 request(s): [characterize, eScan, multiCol, raster, standard, vector, xrfSpectrum]"),
                    r.output());
            assertTrue(r.output().contains("Every request is done."), r.output());
            assertTrue(java.nio.file.Files.exists(home.resolve("visit")), "data under the chosen visit directory");
        }
    }
}
