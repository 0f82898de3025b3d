package org.lsdcfx.datafiles.nxmx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A writer process killed with SIGKILL in the middle of a data file leaves a master that says {@code in_progress}
 * and links only the data files closed before; resume continues after them, leaving the half-written file untouched.
 */
class JniCrashResumeTest {
    static final int W = 16;
    static final int H = 12;

    @TempDir
    Path dir;

    @Test
    void aKilledWriterLeavesAResumableDataset() throws Exception {
        NxmxBackend backend = JniWriters.backend();
        H5py.assumeAvailable();
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Djava.library.path=" + System.getProperty("java.library.path"),
                CrashingWriter.class.getName(), dir.toString(), "crash", "40", "10", "25", Integer.toString(W),
                Integer.toString(H)).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String line;
        try {
            line = CompletableFuture.supplyAsync(() -> {
                try {
                    return out.readLine();
                } catch (java.io.IOException e) {
                    return "IO " + e;
                }
            }).get(60, TimeUnit.SECONDS);
        } finally {
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no close
            child.waitFor(30, TimeUnit.SECONDS);
        }
        assertEquals("WROTE 25", line);
        Path master = dir.resolve("crash_1_master.h5");
        Path halfWritten = dir.resolve("crash_1_data_000003.h5");
        assertTrue(Files.exists(halfWritten), "the killed writer was filling data file 3");
        byte[] halfWrittenBytes = Files.readAllBytes(halfWritten);

        JsonNode crashed = H5py.describe(master);
        JsonNode status = crashed.get("nodes").get(NxmxStructure.STATUS_PATH);
        assertEquals("in_progress", status.get("value").asText(), "a crashed dataset never claims completeness");
        assertEquals(20, status.get("attrs").get("frames_written").asInt());
        assertEquals(20, crashed.get("frames").get("count").asInt(), "only closed data files are linked");
        assertFalse(crashed.get("nodes").has("/entry/end_time"));

        List<String> sums = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            sums.add(TestDatasets.sha256(TestDatasets.frame(PixelType.UINT16, i, W, H)));
        }
        try (DatasetWriter resumed = backend.resume(master)) {
            assertEquals(20, resumed.framesWritten(), "frames 21.. are re-collected");
            for (int i = 20; i < 40; i++) {
                resumed.append(TestDatasets.frame(PixelType.UINT16, i, W, H));
            }
            DatasetResult result = resumed.complete(EndInfo.at(TestDatasets.END));
            assertTrue(result.isComplete());
            assertEquals(List.of(dir.resolve("crash_1_data_000001.h5"), dir.resolve("crash_1_data_000002.h5"),
                    dir.resolve("crash_1_data_000004.h5"), dir.resolve("crash_1_data_000005.h5")), result.dataFiles());
        }
        assertArrayEquals(halfWrittenBytes, Files.readAllBytes(halfWritten), "the half-written file is left untouched");
        JsonNode d = H5py.describe(master);
        assertEquals("complete", d.get("nodes").get(NxmxStructure.STATUS_PATH).get("value").asText());
        assertFalse(d.get("links").has("/entry/data/data_000003"));
        JniNxmxWriterTest.assertFrames(d, sums);
    }
}
