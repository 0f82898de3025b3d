package org.lsdcfx.device.detector;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lsdcfx.device.DeviceException;
import org.lsdcfx.device.DeviceException.Fault;
import org.lsdcfx.device.test.SimulatedBeamline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Eiger device against the simulated detector and its file writer. */
class DetectorTest {
    private static final Duration T = Duration.ofSeconds(10);

    @RegisterExtension
    static SimulatedBeamline sim = new SimulatedBeamline("DT", 0.01);

    @AfterEach
    void leaveTheDetectorIdle() {
        detector().disarm();
        detector().awaitIdle(T);
    }

    private Detector detector() {
        return sim.beamline().detector();
    }

    private String dir(String name) {
        return sim.dataRoot().resolve(name).toString();
    }

    @Test
    void armAndTriggerWritesTheRequestedFrames() throws IOException {
        ArmRequest request = ArmRequest.of(20, 0.099, 0.1, "lyso_1", dir("visit/lyso"))
                .withFramesPerFile(8).withGeometry(12658, 300, 10, 0.5);
        detector().arm(request, T);
        assertEquals(DetectorState.ARMED, detector().status().state());
        detector().trigger(T);
        detector().awaitFrames(20, T);
        DetectorStatus done = detector().awaitIdle(T);
        assertEquals(20, done.framesWritten());

        Path d = Path.of(request.directory());
        try (Stream<Path> files = Files.list(d)) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(List.of("lyso_1_data_000001.bin", "lyso_1_data_000002.bin", "lyso_1_data_000003.bin",
                    "lyso_1_master.json"), names);
        }
        String master = Files.readString(d.resolve("lyso_1_master.json"));
        assertTrue(master.contains("\"status\": \"complete\"") && master.contains("\"frames_written\": 20")
                && master.contains("\"omega_increment_deg\": 0.5"), master);
        long frameBytes = 4 + 8 + 4L * 64 * 64;
        assertEquals(16 + 8 * frameBytes, Files.size(d.resolve("lyso_1_data_000001.bin")));
        assertEquals(16 + 4 * frameBytes, Files.size(d.resolve("lyso_1_data_000003.bin")));
    }

    @Test
    void existingFilesAreNeverOverwritten() throws IOException {
        ArmRequest request = ArmRequest.of(2, 0.01, 0.01, "twice", dir("visit/twice"));
        detector().arm(request, T);
        detector().trigger(T);
        detector().awaitIdle(T);
        Path master = Path.of(request.directory(), "twice_master.json");
        String before = Files.readString(master);

        DeviceException e = assertThrows(DeviceException.class, () -> detector().arm(request, T));
        assertEquals(Fault.FAILED, e.fault());
        assertTrue(e.getMessage().contains("exists"), e.getMessage());
        assertEquals(before, Files.readString(master));
        assertEquals(DetectorState.ERROR, detector().status().state());
        // A new prefix arms again from the error state.
        detector().arm(ArmRequest.of(1, 0.01, 0.01, "twice_2", dir("visit/twice")), T);
        detector().disarm();
        detector().awaitIdle(T);
    }

    @Test
    void disarmDuringSeriesStopsAndMarksTheSeriesAborted() throws IOException {
        ArmRequest request = ArmRequest.of(5000, 0.1, 0.1, "long", dir("visit/long"));
        detector().arm(request, T);
        detector().trigger(T);
        detector().awaitFrames(5, T);
        long t0 = System.nanoTime();
        detector().disarm();
        DetectorStatus after = detector().awaitIdle(Duration.ofSeconds(2));
        assertTrue((System.nanoTime() - t0) / 1_000_000 < 2000);
        assertTrue(after.framesWritten() >= 5 && after.framesWritten() < 5000, after.toString());
        String master = Files.readString(Path.of(request.directory(), "long_master.json"));
        assertTrue(master.contains("\"status\": \"aborted\""), master);
        assertTrue(after.message().contains("disarmed"), after.message());
    }

    @Test
    void badRequestsAreRefused() {
        DeviceException tooFast = assertThrows(DeviceException.class,
                () -> detector().arm(ArmRequest.of(10, 0.0001, 0.0001, "fast", dir("visit/fast")), T));
        assertEquals(Fault.REFUSED, tooFast.fault());

        DeviceException outside = assertThrows(DeviceException.class,
                () -> detector().arm(ArmRequest.of(1, 0.1, 0.1, "escape", "/tmp/not-the-data-root"), T));
        assertEquals(Fault.FAILED, outside.fault());
        assertTrue(outside.getMessage().contains("outside the data root"), outside.getMessage());
        assertTrue(Files.notExists(Path.of("/tmp/not-the-data-root/escape_master.json")));

        assertThrows(IllegalArgumentException.class, () -> ArmRequest.of(0, 0.1, 0.1, "x", dir("v")));
        assertThrows(IllegalArgumentException.class, () -> ArmRequest.of(1, 0.1, 0.05, "x", dir("v")));
        assertThrows(IllegalArgumentException.class, () -> ArmRequest.of(1, 0.1, 0.1, "../x", dir("v")));
        assertThrows(IllegalArgumentException.class, () -> ArmRequest.of(1, 0.1, 0.1, "x", "relative/dir"));

        detector().disarm();
        DeviceException notArmed = assertThrows(DeviceException.class, () -> detector().trigger(T));
        assertEquals(Fault.REFUSED, notArmed.fault());
    }
}
