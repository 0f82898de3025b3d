package org.lsdcfx.datafiles.nxmx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading datasets back (inspect, frames, header), resuming from an earlier frame (superseded data files unlinked and
 * left untouched) and supplementing a master written by someone else, with the JNI backend; h5py reads the results.
 */
class JniReadBackTest {
    static final int W = JniNxmxWriterTest.W;
    static final int H = JniNxmxWriterTest.H;

    @TempDir
    Path dir;
    NxmxBackend backend;

    @BeforeEach
    void setUp() {
        backend = JniWriters.backend();
    }

    private DatasetSpec spec(int frames, int perFile) {
        return TestDatasets.spec(dir, "lyso", frames, perFile, PixelType.UINT16, W, H, Compression.none());
    }

    @Test
    void inspectAndFramesReadBackWhatWasWritten() {
        List<Frame> written = new ArrayList<>();
        try (DatasetWriter writer = backend.open(spec(25, 10))) {
            for (int i = 0; i < 13; i++) {
                Frame f = TestDatasets.frame(PixelType.UINT16, i, W, H);
                written.add(f);
                writer.append(f);
            }
            writer.abort("beam lost");
        }
        Path master = dir.resolve("lyso_1_master.h5");
        DatasetState state = backend.inspect(master);
        assertEquals(DatasetStatus.INCOMPLETE, state.status());
        assertEquals("beam lost", state.reason());
        assertEquals(13, state.framesWritten());
        assertEquals(25, state.framesPlanned());
        assertEquals(2, state.dataFiles().size());
        try (FrameSource frames = backend.frames(master)) {
            assertEquals(13, frames.frameCount());
            for (int i = 0; i < 13; i++) {
                assertEquals(TestDatasets.sha256(written.get(i)), TestDatasets.sha256(frames.read(i)), "frame " + i);
            }
            assertThrows(NxmxException.class, () -> frames.read(13));
            MasterHeader h = frames.header();
            assertEquals(W, h.width());
            assertEquals(250.0, h.distanceMm(), 1e-9);
            assertEquals(0.075, h.pixelSizeXMm(), 1e-12);
            assertEquals(20.5, h.beamCentreXPx(), 1e-12);
            assertEquals(0.9795, h.wavelengthA(), 1e-12);
            assertEquals(65_535, h.saturationValue());
        }
    }

    @Test
    void resumingFromAnEarlierFrameUnlinksLaterDataFilesKeepsThemUntouchedAndRecollects() throws Exception {
        H5py.assumeAvailable();
        try (DatasetWriter writer = backend.open(spec(25, 10))) {
            JniNxmxWriterTest.write(writer, PixelType.UINT16, 0, 17);
            writer.abort("beam lost at frame 14");
        }
        Path master = dir.resolve("lyso_1_master.h5");
        Path second = dir.resolve("lyso_1_data_000002.h5");
        String secondBytes = fileHash(second);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            expected.add(TestDatasets.sha256(TestDatasets.frame(PixelType.UINT16, i, W, H)));
        }
        DatasetResult result;
        // frames from 14 (index 13) are suspect: resume from the start of the data file holding it (frame 11)
        try (DatasetWriter writer = backend.resume(master, 13)) {
            assertEquals(10, writer.framesWritten(), "resumes at the first frame of the data file holding frame 14");
            JniNxmxWriterTest.write(writer, PixelType.UINT16, 10, 25);
            result = writer.complete(EndInfo.at(TestDatasets.END));
        }
        assertTrue(result.isComplete(), result.reason());
        assertEquals(secondBytes, fileHash(second), "the superseded data file is untouched");
        JsonNode d = H5py.describe(master);
        JniNxmxWriterTest.assertFrames(d, expected);
        List<String> links = new ArrayList<>();
        d.get("links").fieldNames().forEachRemaining(links::add);
        assertEquals(List.of("/entry/data/data_000001", "/entry/data/data_000003", "/entry/data/data_000004"), links);
        DatasetState state = backend.inspect(master);
        assertEquals(1, state.resumes());
        assertThrows(NxmxException.class, () -> backend.resume(master, 0), "a complete dataset is not resumed");
    }

    @Test
    void resumingFromBeyondTheFramesWrittenIsRefused() {
        try (DatasetWriter writer = backend.open(spec(25, 10))) {
            JniNxmxWriterTest.write(writer, PixelType.UINT16, 0, 5);
            writer.abort("stopped");
        }
        NxmxException e = assertThrows(NxmxException.class, () -> backend.resume(dir.resolve("lyso_1_master.h5"), 6));
        assertTrue(e.getMessage().contains("holds 5 frames"), e.getMessage());
    }

    @Test
    void aSupplementAddsMissingFieldsAndSamplePositionsAndKeepsTheRest() throws Exception {
        H5py.assumeAvailable();
        try (DatasetWriter writer = backend.open(spec(4, 10))) {
            JniNxmxWriterTest.write(writer, PixelType.UINT16, 0, 4);
            writer.complete(EndInfo.at(TestDatasets.END));
        }
        Path master = dir.resolve("lyso_1_master.h5");
        String firstData = fileHash(dir.resolve("lyso_1_data_000001.h5"));
        NxmxMetadata extra = NxmxMetadata.of(List.of(
                new NxmxField("/entry/sample/name", "other", ""),                        // present: kept
                new NxmxField("/entry/instrument/source/name", "NSLS-II", ""),           // new group
                new NxmxField("/entry/instrument/beam/total_flux", 1.5e12, "1/s")));
        MasterSupplement.SamplePositions positions = MasterSupplement.SamplePositions.of(
                new VectorTranslation(new Vector3(0, 0, 0), new Vector3(40, -20, 8), "um"), 4);
        SupplementResult r = backend.supplement(master, new MasterSupplement(extra, positions));
        assertEquals(List.of("/entry/sample/name"), r.kept());
        assertTrue(r.added().containsAll(List.of("/entry/instrument/source/name", "/entry/instrument/beam/total_flux",
                "/entry/sample/transformations/sam_x", "/entry/sample/depends_on")), r.added().toString());
        assertEquals(firstData, fileHash(dir.resolve("lyso_1_data_000001.h5")), "data files are not touched");
        JsonNode d = H5py.describe(master);
        assertEquals("lyso", JniNxmxWriterTest.node(d, "/entry/sample/name").get("value").asText());
        assertEquals("NXsource", JniNxmxWriterTest.node(d, "/entry/instrument/source").get("attrs").get("NX_class").asText());
        assertEquals("NSLS-II", JniNxmxWriterTest.node(d, "/entry/instrument/source/name").get("value").asText());
        assertEquals("/entry/sample/transformations/sam_x",
                JniNxmxWriterTest.node(d, "/entry/sample/depends_on").get("value").asText());
        JsonNode samX = JniNxmxWriterTest.node(d, "/entry/sample/transformations/sam_x");
        assertArrayEquals(new double[] {0, 10, 20, 30}, doubles(samX.get("value")), 1e-9);
        assertEquals("um", samX.get("attrs").get("units").asText());
        assertEquals(4, d.get("frames").get("count").asInt());
        DatasetState state = backend.inspect(master);
        assertTrue(state.isComplete());
        assertEquals(new Vector3(40, -20, 8), state.plan().scan().vector().end(), "the resume reader sees the vector");
        SupplementResult again = backend.supplement(master, new MasterSupplement(NxmxMetadata.empty(), positions));
        assertEquals(List.of("/entry/sample/transformations/sam_x"), again.kept(), "positions are written once");
    }

    @Test
    void samplePositionsForAnotherFrameCountAreRefusedAndNothingIsWritten() throws Exception {
        try (DatasetWriter writer = backend.open(spec(4, 10))) {
            JniNxmxWriterTest.write(writer, PixelType.UINT16, 0, 4);
            writer.complete(EndInfo.at(TestDatasets.END));
        }
        Path master = dir.resolve("lyso_1_master.h5");
        String before = fileHash(master);
        NxmxException wrong = assertThrows(NxmxException.class, () -> backend.supplement(master,
                new MasterSupplement(NxmxMetadata.empty(), MasterSupplement.SamplePositions.of(
                        new VectorTranslation(new Vector3(0, 0, 0), new Vector3(1, 1, 1), "um"), 3))));
        assertTrue(wrong.getMessage().contains("plans 4 frames"), wrong.getMessage());
        assertEquals(before, fileHash(master));
    }

    private static double[] doubles(JsonNode array) {
        double[] out = new double[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).asDouble();
        }
        return out;
    }

    static String fileHash(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
