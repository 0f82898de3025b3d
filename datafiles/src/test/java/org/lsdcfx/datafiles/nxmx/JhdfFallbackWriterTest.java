package org.lsdcfx.datafiles.nxmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lsdcfx.datafiles.nxmx.fallback.JhdfNxmxBackend;

/** The self-contained fallback, forced, read back by h5py. */
class JhdfFallbackWriterTest {
    @TempDir
    Path dir;

    @Test
    void writesASelfContainedNxmxFileThatH5pyReads() throws Exception {
        H5py.assumeAvailable();
        NxmxBackend backend = NxmxBackends.select(NxmxBackends.Preference.JHDF).backend();
        assertFalse(backend.externalLinks());
        int w = 40;
        int h = 30;
        DatasetSpec spec = TestDatasets.spec(dir, "lyso", 12, 5, PixelType.UINT16, w, h, Compression.deflate(4));
        String[] expected = new String[12];
        try (DatasetWriter writer = backend.open(spec)) {
            for (int i = 0; i < 12; i++) {
                Frame f = TestDatasets.frame(PixelType.UINT16, i, w, h);
                expected[i] = TestDatasets.sha256(f);
                writer.append(f);
            }
            DatasetResult result = writer.complete(EndInfo.at(TestDatasets.END));
            assertTrue(result.isComplete());
            assertEquals(12, result.framesWritten());
        }
        JsonNode d = H5py.describe(dir.resolve("lyso_1_master.h5"), "11,29,39");
        JsonNode nodes = d.get("nodes");
        assertEquals("NXmx", nodes.get("/entry/definition").get("value").asText());
        assertEquals("complete", nodes.get("/entry/lsdcfx_status").get("value").asText());
        assertTrue(nodes.has("/entry/end_time"));
        assertEquals(12, d.get("frames").get("count").asInt());
        assertEquals("uint16", d.get("frames").get("dtypes").get(0).asText());
        assertEquals("gzip", d.get("frames").get("per_link").get(0).get("compression").asText());
        for (int i = 0; i < 12; i++) {
            assertEquals(expected[i], d.get("frames").get("sha256").get(i).asText(), "frame " + i);
        }
        assertEquals(TestDatasets.pixel(PixelType.UINT16, 11, 29, 39), d.get("pixels").get(0).get(3).asLong());
        assertEquals(12, nodes.get(NxmxStructure.OMEGA_PATH).get("value").size());
        assertEquals(0, H5py.h5dumpHeader(dir.resolve("lyso_1_master.h5")));
    }

    @Test
    void anAbortedFallbackDatasetSaysIncomplete() throws Exception {
        H5py.assumeAvailable();
        NxmxBackend backend = new JhdfNxmxBackend();
        DatasetSpec spec = TestDatasets.spec(dir, "lyso", 10, 5, PixelType.UINT32, 8, 6, Compression.none());
        try (DatasetWriter writer = backend.open(spec)) {
            for (int i = 0; i < 3; i++) {
                writer.append(TestDatasets.frame(PixelType.UINT32, i, 8, 6));
            }
            // closing without complete() aborts
        }
        JsonNode d = H5py.describe(dir.resolve("lyso_1_master.h5"), "2,5,7");
        JsonNode status = d.get("nodes").get("/entry/lsdcfx_status");
        assertEquals("incomplete", status.get("value").asText());
        assertEquals(3, status.get("attrs").get("frames_written").asInt());
        assertEquals("writer closed before complete", status.get("attrs").get("reason").asText());
        assertFalse(d.get("nodes").has("/entry/end_time"), "an incomplete dataset has no end time");
        assertEquals(3, d.get("frames").get("count").asInt());
        assertEquals("uint32", d.get("frames").get("dtypes").get(0).asText());
        assertEquals(TestDatasets.pixel(PixelType.UINT32, 2, 5, 7), d.get("pixels").get(0).get(3).asLong());
    }

    @Test
    void refusesDatasetsAboveItsMemoryLimitBeforeCreatingAnything() {
        NxmxBackend backend = new JhdfNxmxBackend(1000);
        DatasetSpec spec = TestDatasets.spec(dir, "big", 10, 5, PixelType.UINT16, 100, 100, Compression.none());
        NxmxException e = assertThrows(NxmxException.class, () -> backend.open(spec));
        assertTrue(e.getMessage().contains("libhdf5-java"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("big_1_master.h5")));
    }

    @Test
    void neverOverwritesAnExistingMaster() throws Exception {
        Files.writeString(dir.resolve("lyso_1_master.h5"), "earlier dataset");
        DatasetSpec spec = TestDatasets.spec(dir, "lyso", 2, 5, PixelType.UINT16, 4, 4, Compression.none());
        assertThrows(NxmxException.class, () -> new JhdfNxmxBackend().open(spec));
        assertEquals("earlier dataset", Files.readString(dir.resolve("lyso_1_master.h5")));
    }

    @Test
    void cannotResume() {
        assertThrows(NxmxException.class, () -> new JhdfNxmxBackend().resume(dir.resolve("x_1_master.h5")));
    }
}
