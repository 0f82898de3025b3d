package org.lsdcfx.datafiles.nxmx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Eiger-style NXmx through the HDF Group's JNI library, read back by h5py (and h5dump). */
class JniNxmxWriterTest {
    static final int W = 40;
    static final int H = 30;

    @TempDir
    Path dir;
    NxmxBackend backend;

    @BeforeEach
    void setUp() {
        backend = JniWriters.backend();
        H5py.assumeAvailable();
    }

    /** Writes frames [from, to) of the deterministic pattern; returns their checksums. */
    static List<String> write(DatasetWriter writer, PixelType type, int from, int to) {
        List<String> sums = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Frame f = TestDatasets.frame(type, i, W, H);
            sums.add(TestDatasets.sha256(f));
            writer.append(f);
        }
        return sums;
    }

    static void assertFrames(JsonNode d, List<String> expected) {
        assertEquals(expected.size(), d.get("frames").get("count").asInt(), "frame count through the master");
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), d.get("frames").get("sha256").get(i).asText(), "frame " + i);
        }
    }

    static JsonNode node(JsonNode d, String path) {
        JsonNode n = d.get("nodes").get(path);
        if (n == null) {
            throw new AssertionError(path + " is missing from the master file");
        }
        return n;
    }

    @Test
    void theJniBackendIsActiveWhenInstalled() {
        NxmxBackends.Choice choice = NxmxBackends.active();
        assertTrue(choice.name().startsWith("hdf5-jni 1."), choice.name());
        assertTrue(choice.backend().externalLinks());
        assertFalse(choice.reason().isBlank());
    }

    @Test
    void writesAMasterWithExternalLinksToDataFilesOfAtMostNFrames() throws Exception {
        DatasetSpec spec = TestDatasets.spec(dir, "lyso", 25, 10, PixelType.UINT16, W, H, Compression.none());
        List<String> sums;
        DatasetResult result;
        try (DatasetWriter writer = backend.open(spec)) {
            assertTrue(Files.exists(dir.resolve("lyso_1_master.h5")), "the master exists from open on");
            sums = write(writer, PixelType.UINT16, 0, 25);
            result = writer.complete(EndInfo.at(TestDatasets.END));
        }
        assertTrue(result.isComplete());
        assertEquals(List.of(dir.resolve("lyso_1_data_000001.h5"), dir.resolve("lyso_1_data_000002.h5"),
                dir.resolve("lyso_1_data_000003.h5")), result.dataFiles());

        JsonNode d = H5py.describe(result.masterFile(), "0,0,0", "12,29,39", "24,7,3");
        assertEquals("NXmx", node(d, "/entry/definition").get("value").asText());
        Map<String, String> classes = Map.of("/entry", "NXentry", "/entry/instrument", "NXinstrument",
                "/entry/instrument/detector", "NXdetector", "/entry/instrument/beam", "NXbeam", "/entry/sample", "NXsample",
                "/entry/data", "NXdata", "/entry/sample/transformations", "NXtransformations",
                "/entry/instrument/detector/module", "NXdetector_module");
        classes.forEach((path, cls) -> assertEquals(cls, node(d, path).get("attrs").get("NX_class").asText(), path));
        Map<String, String> units = Map.ofEntries(
                Map.entry("/entry/instrument/detector/distance", "mm"),
                Map.entry("/entry/instrument/detector/beam_center_x", "pixel"),
                Map.entry("/entry/instrument/detector/beam_center_y", "pixel"),
                Map.entry("/entry/instrument/detector/x_pixel_size", "m"),
                Map.entry("/entry/instrument/detector/y_pixel_size", "m"),
                Map.entry("/entry/instrument/detector/sensor_thickness", "m"),
                Map.entry("/entry/instrument/detector/count_time", "s"),
                Map.entry("/entry/instrument/detector/frame_time", "s"),
                Map.entry("/entry/instrument/beam/incident_wavelength", "angstrom"),
                Map.entry("/entry/instrument/beam/flux", "1/s"),
                Map.entry("/entry/sample/transformations/omega", "deg"),
                Map.entry("/entry/sample/transformations/omega_increment_set", "deg"),
                Map.entry("/entry/instrument/detector/transformations/translation", "mm"));
        units.forEach((path, unit) -> assertEquals(unit, node(d, path).get("attrs").get("units").asText(), path));
        assertEquals(250.0, node(d, "/entry/instrument/detector/distance").get("value").asDouble());
        assertEquals(0.9795, node(d, "/entry/instrument/beam/incident_wavelength").get("value").asDouble());
        assertEquals("Si", node(d, "/entry/instrument/detector/sensor_material").get("value").asText());
        assertEquals(65535, node(d, "/entry/instrument/detector/saturation_value").get("value").asInt());
        assertEquals("Dectris EIGER2 X 9M (simulated)", node(d, "/entry/instrument/detector/description").get("value").asText());
        assertEquals("2025-03-04T10:15:30.250Z", node(d, "/entry/start_time").get("value").asText());
        assertEquals("2025-03-04T10:16:02.500Z", node(d, "/entry/end_time").get("value").asText());

        JsonNode omega = node(d, NxmxStructure.OMEGA_PATH);
        assertEquals(25, omega.get("value").size());
        for (int i = 0; i < 25; i++) {
            assertEquals(30.0 + 0.2 * i, omega.get("value").get(i).asDouble(), 1e-9, "omega " + i);
        }
        assertEquals("rotation", omega.get("attrs").get("transformation_type").asText());
        assertEquals(0.2, node(d, "/entry/sample/transformations/omega_increment_set").get("value").asDouble(), 1e-12);
        assertEquals(NxmxStructure.OMEGA_PATH, node(d, "/entry/sample/depends_on").get("value").asText());
        assertEquals("/entry/instrument/detector/transformations/translation",
                node(d, "/entry/instrument/detector/depends_on").get("value").asText());
        assertEquals(20.5 * 75e-6, node(d, "/entry/instrument/detector/module/module_offset").get("attrs")
                .get("offset").get(0).asDouble(), 1e-12);

        JsonNode status = node(d, NxmxStructure.STATUS_PATH);
        assertEquals("complete", status.get("value").asText());
        assertEquals(25, status.get("attrs").get("frames_written").asInt());

        for (int k = 1; k <= 3; k++) {
            JsonNode link = d.get("links").get("/entry/data/data_00000" + k);
            assertEquals("lyso_1_data_00000" + k + ".h5", link.get("file").asText());
            assertEquals("/entry/data/data", link.get("path").asText());
        }
        JsonNode perLink = d.get("frames").get("per_link");
        assertEquals(List.of(10, 10, 5), List.of(perLink.get(0).get("frames").asInt(), perLink.get(1).get("frames").asInt(),
                perLink.get(2).get("frames").asInt()));
        assertEquals(11, perLink.get(1).get("image_nr_low").asInt());
        assertEquals(20, perLink.get(1).get("image_nr_high").asInt());
        assertEquals("uint16", d.get("frames").get("dtypes").get(0).asText());
        assertEquals(List.of(H, W), List.of(d.get("frames").get("shapes").get(0).get(0).asInt(),
                d.get("frames").get("shapes").get(0).get(1).asInt()));
        assertFrames(d, sums);
        int[][] probes = {{0, 0, 0}, {12, 29, 39}, {24, 7, 3}};
        for (int i = 0; i < probes.length; i++) {
            assertEquals(TestDatasets.pixel(PixelType.UINT16, probes[i][0], probes[i][1], probes[i][2]),
                    d.get("pixels").get(i).get(3).asLong(), "pixel " + List.of(probes[i][0], probes[i][1], probes[i][2]));
        }
        assertEquals(0, H5py.h5dumpHeader(result.masterFile()), "h5dump reads the master");
        assertEquals(0, H5py.h5dumpHeader(dir.resolve("lyso_1_data_000002.h5")), "h5dump reads a data file");
    }

    @Test
    void writes32BitFramesWithDeflate() throws Exception {
        DatasetSpec spec = TestDatasets.spec(dir, "lyso32", 7, 3, PixelType.UINT32, W, H, Compression.deflate(3));
        List<String> sums;
        try (DatasetWriter writer = backend.open(spec)) {
            sums = write(writer, PixelType.UINT32, 0, 7);
            assertTrue(writer.complete(EndInfo.at(TestDatasets.END)).isComplete());
        }
        JsonNode d = H5py.describe(dir.resolve("lyso32_1_master.h5"), "6,29,39");
        assertEquals("uint32", d.get("frames").get("dtypes").get(0).asText());
        assertEquals("gzip", d.get("frames").get("per_link").get(0).get("compression").asText());
        assertEquals(32, node(d, "/entry/instrument/detector/bit_depth_image").get("value").asInt());
        assertFrames(d, sums);
        assertEquals(TestDatasets.pixel(PixelType.UINT32, 6, 29, 39), d.get("pixels").get(0).get(3).asLong());
    }

    @Test
    void anAbortedDatasetIsMarkedIncompleteAndHasNoEndTime() throws Exception {
        DatasetSpec spec = TestDatasets.spec(dir, "lyso", 30, 10, PixelType.UINT16, W, H, Compression.none());
        DatasetResult result;
        try (DatasetWriter writer = backend.open(spec)) {
            write(writer, PixelType.UINT16, 0, 13);
            result = writer.abort("beam lost");
        }
        assertFalse(result.isComplete());
        assertEquals(13, result.framesWritten());
        JsonNode d = H5py.describe(result.masterFile());
        JsonNode status = node(d, NxmxStructure.STATUS_PATH);
        assertEquals("incomplete", status.get("value").asText());
        assertEquals("beam lost", status.get("attrs").get("reason").asText());
        assertEquals(13, status.get("attrs").get("frames_written").asInt());
        assertEquals(30, status.get("attrs").get("frames_planned").asInt());
        assertFalse(d.get("nodes").has("/entry/end_time"));
        assertEquals(13, d.get("frames").get("count").asInt());
        assertEquals(2, d.get("links").size());
    }

    @Test
    void resumeContinuesFromTheFirstMissingFrameIntoNewDataFiles() throws Exception {
        DatasetSpec spec = TestDatasets.spec(dir, "lyso", 30, 10, PixelType.UINT16, W, H, Compression.none());
        List<String> sums;
        try (DatasetWriter writer = backend.open(spec)) {
            sums = new ArrayList<>(write(writer, PixelType.UINT16, 0, 13));
            writer.abort("beam lost");
        }
        byte[] file1 = Files.readAllBytes(dir.resolve("lyso_1_data_000001.h5"));
        byte[] file2 = Files.readAllBytes(dir.resolve("lyso_1_data_000002.h5"));

        DatasetResult result;
        try (DatasetWriter resumed = backend.resume(dir.resolve("lyso_1_master.h5"))) {
            assertEquals(13, resumed.framesWritten(), "the first missing frame");
            DatasetPlan plan = resumed.plan();
            assertEquals(spec.plan(), plan, "the resumed plan is the original one");
            assertEquals(30.0 + 0.2 * 13, plan.scan().omega(resumed.framesWritten()), 1e-9);
            JsonNode during = H5py.describe(dir.resolve("lyso_1_master.h5"));
            assertEquals("in_progress", node(during, NxmxStructure.STATUS_PATH).get("value").asText());
            sums.addAll(write(resumed, PixelType.UINT16, 13, 30));
            result = resumed.complete(EndInfo.at(TestDatasets.END));
        }
        assertTrue(result.isComplete());
        assertEquals(30, result.framesWritten());
        assertArrayEquals(file1, Files.readAllBytes(dir.resolve("lyso_1_data_000001.h5")), "data file 1 untouched");
        assertArrayEquals(file2, Files.readAllBytes(dir.resolve("lyso_1_data_000002.h5")), "data file 2 untouched");
        assertEquals(4, result.dataFiles().size());

        JsonNode d = H5py.describe(result.masterFile());
        assertFrames(d, sums);
        JsonNode status = node(d, NxmxStructure.STATUS_PATH);
        assertEquals("complete", status.get("value").asText());
        assertEquals(1, status.get("attrs").get("resumes").asInt());
        assertTrue(d.get("nodes").has("/entry/end_time"));
        assertEquals(14, d.get("frames").get("per_link").get(2).get("image_nr_low").asInt());
        assertEquals("lyso_1_data_000004.h5", d.get("links").get("/entry/data/data_000004").get("file").asText());
    }

    @Test
    void completingWithMissingFramesDoesNotClaimCompleteness() throws Exception {
        DatasetSpec spec = TestDatasets.spec(dir, "lyso", 8, 10, PixelType.UINT16, W, H, Compression.none());
        DatasetResult result;
        try (DatasetWriter writer = backend.open(spec)) {
            write(writer, PixelType.UINT16, 0, 5);
            result = writer.complete(EndInfo.at(TestDatasets.END));
        }
        assertEquals(DatasetStatus.INCOMPLETE, result.status());
        JsonNode d = H5py.describe(result.masterFile());
        assertEquals("incomplete", node(d, NxmxStructure.STATUS_PATH).get("value").asText());
        assertFalse(d.get("nodes").has("/entry/end_time"));
    }

    @Test
    void resumingACompleteDatasetIsRefused() {
        DatasetSpec spec = TestDatasets.spec(dir, "lyso", 2, 10, PixelType.UINT16, W, H, Compression.none());
        try (DatasetWriter writer = backend.open(spec)) {
            write(writer, PixelType.UINT16, 0, 2);
            writer.complete(EndInfo.at(TestDatasets.END));
        }
        NxmxException e = assertThrows(NxmxException.class, () -> backend.resume(dir.resolve("lyso_1_master.h5")));
        assertTrue(e.getMessage().contains("complete"), e.getMessage());
    }

    @Test
    void neverOverwritesAMasterOrDataFile() throws Exception {
        Files.writeString(dir.resolve("lyso_1_master.h5"), "earlier");
        DatasetSpec spec = TestDatasets.spec(dir, "lyso", 2, 10, PixelType.UINT16, W, H, Compression.none());
        assertThrows(NxmxException.class, () -> backend.open(spec));
        assertEquals("earlier", Files.readString(dir.resolve("lyso_1_master.h5")));

        Files.writeString(dir.resolve("other_1_data_000001.h5"), "stray data");
        DatasetSpec other = TestDatasets.spec(dir, "other", 2, 10, PixelType.UINT16, W, H, Compression.none());
        NxmxException e = assertThrows(NxmxException.class, () -> backend.open(other));
        assertTrue(e.getMessage().contains("never overwritten"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("other_1_master.h5")));
        assertEquals("stray data", Files.readString(dir.resolve("other_1_data_000001.h5")));
    }

    @Test
    void refusesFramesThatDoNotMatchThePlan() {
        DatasetSpec spec = TestDatasets.spec(dir, "lyso", 1, 10, PixelType.UINT16, W, H, Compression.none());
        try (DatasetWriter writer = backend.open(spec)) {
            assertThrows(NxmxException.class, () -> writer.append(Frame.uint16(new short[W * H - 1])));
            assertThrows(NxmxException.class, () -> writer.append(Frame.uint32(new int[W * H])));
            writer.append(TestDatasets.frame(PixelType.UINT16, 0, W, H));
            NxmxException full = assertThrows(NxmxException.class,
                    () -> writer.append(TestDatasets.frame(PixelType.UINT16, 1, W, H)));
            assertTrue(full.getMessage().contains("all 1 planned"), full.getMessage());
            assertTrue(writer.complete(EndInfo.at(TestDatasets.END)).isComplete());
        }
    }

    @Test
    void vectorAndStillsGoniometerPositions() throws Exception {
        DatasetPlan plan = new DatasetPlan(dir, "vec", 3, new FrameGeometry(W, H, PixelType.UINT16), 4, 10,
                GoniometerScan.rotation(10, 0.5).withVector(new VectorTranslation(new Vector3(0, 0, 0),
                        new Vector3(40, -8, 4), "um")), Compression.none());
        DatasetSpec spec = new DatasetSpec(plan, NxmxFieldMap.defaults().resolve(TestDatasets.beamlineValues()),
                TestDatasets.START);
        try (DatasetWriter writer = backend.open(spec)) {
            write(writer, PixelType.UINT16, 0, 2);
            writer.abort("test");
        }
        JsonNode d = H5py.describe(dir.resolve("vec_3_master.h5"));
        assertEquals("/entry/sample/transformations/sam_x", node(d, "/entry/sample/depends_on").get("value").asText());
        JsonNode samX = node(d, "/entry/sample/transformations/sam_x");
        assertEquals(List.of(0.0, 10.0, 20.0, 30.0), List.of(samX.get("value").get(0).asDouble(),
                samX.get("value").get(1).asDouble(), samX.get("value").get(2).asDouble(), samX.get("value").get(3).asDouble()));
        assertEquals("um", samX.get("attrs").get("units").asText());
        assertEquals("/entry/sample/transformations/sam_y", samX.get("attrs").get("depends_on").asText());
        assertEquals(NxmxStructure.OMEGA_PATH,
                node(d, "/entry/sample/transformations/sam_z").get("attrs").get("depends_on").asText());
        try (DatasetWriter resumed = backend.resume(dir.resolve("vec_3_master.h5"))) {
            assertEquals(plan, resumed.plan(), "the vector survives a resume");
            write(resumed, PixelType.UINT16, 2, 4);
            assertTrue(resumed.complete(EndInfo.at(TestDatasets.END)).isComplete());
        }

        DatasetPlan stills = new DatasetPlan(dir, "still", 1, new FrameGeometry(W, H, PixelType.UINT16), 3, 10,
                GoniometerScan.stills(45), Compression.none());
        try (DatasetWriter writer = backend.open(new DatasetSpec(stills,
                NxmxFieldMap.defaults().resolve(TestDatasets.beamlineValues()), TestDatasets.START))) {
            write(writer, PixelType.UINT16, 0, 3);
            writer.complete(EndInfo.at(TestDatasets.END));
        }
        JsonNode s = H5py.describe(dir.resolve("still_1_master.h5"));
        JsonNode omega = node(s, NxmxStructure.OMEGA_PATH).get("value");
        assertEquals(List.of(45.0, 45.0, 45.0), List.of(omega.get(0).asDouble(), omega.get(1).asDouble(), omega.get(2).asDouble()));
        assertEquals(0.0, node(s, "/entry/sample/transformations/omega_increment_set").get("value").asDouble());
    }
}
