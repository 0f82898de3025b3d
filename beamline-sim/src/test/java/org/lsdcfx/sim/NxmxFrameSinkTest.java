package org.lsdcfx.sim;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lsdcfx.analysis.spots.DispersionSpotFinder;
import org.lsdcfx.analysis.spots.Frame;
import org.lsdcfx.analysis.spots.SpotFinderParams;
import org.lsdcfx.sim.detector.DetectorFrame;
import org.lsdcfx.sim.detector.FrameSinks;
import org.lsdcfx.sim.detector.FrameSize;
import org.lsdcfx.sim.detector.NxmxFrameSink;
import org.lsdcfx.sim.support.Await;
import org.lsdcfx.sim.support.H5py;
import org.lsdcfx.sim.support.RecordingFrameSink;
import org.lsdcfx.sim.support.SimClient;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The simulated Eiger writing NXmx through datafiles, driven over PVA as LSDC drives an Eiger, read back by an
 * independent reader (h5py): frame count, omega series and header match the series parameters, and every stored
 * frame is bit-identical to the frame the spot finder gets live.
 */
class NxmxFrameSinkTest {
    private static final Logger PVA_LOG = Logger.getLogger("org.epics.pva");

    @TempDir
    static Path data;
    static SimBeamline sim;
    static SimClient pva;
    static NxmxFrameSink nxmx;
    static RecordingFrameSink frames;
    static String det;

    @BeforeAll
    static void start() throws Exception {
        PVA_LOG.setLevel(Level.SEVERE);
        PvaPorts.free().applyLoopback();
        nxmx = FrameSinks.nxmx();
        frames = new RecordingFrameSink(nxmx);
        sim = SimBeamline.start(SimConfig.of("NX", 0.01, data).withFrameSize(new FrameSize(128, 120))
                .withFrameSink(frames));
        det = sim.profile().detector().pvPrefix() + "cam1:";
        pva = new SimClient(sim.profile());
        pva.openShutter();
    }

    @AfterAll
    static void stop() {
        pva.close();
        sim.close();
    }

    @Test
    void aSeriesBecomesAnEigerStyleNxmxDatasetThatH5pyReadsBack() throws Exception {
        pva.goniometer(30, 20, -10, 10); // the demo crystal on the beam
        Path dir = data.resolve("visit/lyso/1");
        pva.series(dir.toString(), "lyso_3", 7, 3, 10.0, 0.25);

        assertTrue(Files.exists(dir.resolve("lyso_3_master.h5")));
        if (Files.exists(Path.of("/usr/share/java/jarhdf5.jar"))) {
            assertTrue(nxmx.backend().externalLinks(), "libhdf5-java is installed, yet the writer is " + nxmx.describe());
        }
        List<String> dataFiles = List.of("lyso_3_data_000001.h5", "lyso_3_data_000002.h5", "lyso_3_data_000003.h5");
        try (Stream<Path> files = Files.list(dir)) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            List<String> expected = new ArrayList<>(nxmx.backend().externalLinks() ? dataFiles : List.of());
            expected.add("lyso_3_master.h5");
            assertEquals(expected, names, "files of the " + nxmx.describe() + " writer");
        }
        List<DetectorFrame> live = frames.frames("lyso_3");
        assertEquals(7, live.size());
        DispersionSpotFinder finder = new DispersionSpotFinder(SpotFinderParams.defaults());
        for (DetectorFrame f : live) {
            assertTrue(finder.find(f.image()).spotCount() >= 20, "frame " + f.number() + " shows the crystal");
        }

        H5py.assumeAvailable();
        JsonNode h5 = H5py.readSeries(dir.resolve("lyso_3_master.h5"));
        assertEquals(7, h5.get("frames").asInt());
        List<Double> omega = new ArrayList<>();
        h5.get("omega").forEach(v -> omega.add(v.asDouble()));
        assertEquals(List.of(10.0, 10.25, 10.5, 10.75, 11.0, 11.25, 11.5), omega);
        assertEquals("complete", h5.get("status").asText());
        assertTrue(h5.get("end_time").asBoolean());
        assertEquals("[\"uint16\"]", h5.get("dtypes").toString());
        assertEquals("[[120,128]]", h5.get("shapes").toString());
        if (nxmx.backend().externalLinks()) {
            List<String> linked = new ArrayList<>();
            List<Integer> perFile = new ArrayList<>();
            h5.get("per_link").forEach(l -> {
                linked.add(l.get("file").asText());
                perFile.add(l.get("frames").asInt());
            });
            assertEquals(dataFiles, linked);
            assertEquals(List.of(3, 3, 1), perFile);
        }
        List<String> hashes = new ArrayList<>();
        h5.get("sha256").forEach(v -> hashes.add(v.asText()));
        assertEquals(live.stream().map(f -> sha256(f.image())).toList(), hashes,
                "the files hold exactly the live frames' pixels");

        JsonNode d = h5.get("detector");
        assertEquals(0.02, d.get("count_time").get("value").asDouble(), 1e-12);
        assertEquals("s", d.get("count_time").get("units").asText());
        assertEquals(0.02, d.get("frame_time").get("value").asDouble(), 1e-12);
        assertEquals(300.0, d.get("distance").get("value").asDouble());
        assertEquals("mm", d.get("distance").get("units").asText());
        assertEquals(64.0, d.get("beam_center_x").get("value").asDouble());
        assertEquals(60.0, d.get("beam_center_y").get("value").asDouble());
        // 128 binned pixels across the 9M's 3108 × 75 µm.
        assertEquals(3108 * 0.075 / 128 / 1000, d.get("x_pixel_size").get("value").asDouble(), 1e-12);
        assertEquals(sim.profile().detector().model(), d.get("description").get("value").asText());
        assertEquals(12398.4198 / 12658.0, h5.get("wavelength").get("value").asDouble(), 1e-9);
    }

    @Test
    void aDisarmedSeriesIsMarkedIncompleteWithTheReason() throws Exception {
        Path dir = data.resolve("visit/cut/1");
        pva.put(det + "NumImages", 2000);
        pva.put(det + "AcquireTime", 0.1);
        pva.put(det + "AcquirePeriod", 0.1);
        pva.put(det + "FilePath", dir.toString());
        pva.put(det + "FWNamePattern", "cut_1");
        pva.put(det + "FWNImagesPerFile", 100);
        pva.put(det + "Acquire", 1);
        pva.put(det + "Trigger", 1);
        Await.until(Duration.ofSeconds(10), () -> frames.frames("cut_1").size() >= 3, "3 frames");
        pva.put(det + "Acquire", 0);
        Await.until(Duration.ofSeconds(5), () -> "Idle".equals(quietString(det + "DetectorState_RBV")), "Idle");
        int written = (int) pva.readDouble(det + "NumImagesCounter_RBV");
        assertTrue(written >= 3 && written < 2000, written + " frames");
        assertTrue(pva.readString(det + "StatusMessage_RBV").startsWith("disarmed after " + written + " of 2000"));

        H5py.assumeAvailable();
        JsonNode h5 = H5py.readSeries(dir.resolve("cut_1_master.h5"));
        assertEquals("incomplete", h5.get("status").asText());
        assertTrue(h5.get("reason").asText().startsWith("disarmed after " + written + " of 2000"),
                h5.get("reason").asText());
        assertEquals(written, h5.get("frames").asInt());
        assertFalse(h5.get("end_time").asBoolean());
    }

    @Test
    void aNamePatternWithoutSequenceNumberIsRefusedAtArming() throws Exception {
        Path dir = data.resolve("visit/bad");
        pva.put(det + "NumImages", 1);
        pva.put(det + "FilePath", dir.toString());
        pva.put(det + "FWNamePattern", "nosequence");
        pva.put(det + "Acquire", 1);
        assertEquals("Error", pva.readString(det + "DetectorState_RBV"));
        assertTrue(pva.readString(det + "StatusMessage_RBV").contains("must end in _<sequence number>"),
                pva.readString(det + "StatusMessage_RBV"));
        assertFalse(Files.exists(dir.resolve("nosequence_master.h5")));
        pva.put(det + "Acquire", 0);
        assertEquals("Idle", pva.readString(det + "DetectorState_RBV"));
    }

    private static String quietString(String pv) {
        try {
            return pva.readString(pv);
        } catch (Exception e) {
            return "";
        }
    }

    /** SHA-256 of the frame's pixels as little-endian unsigned 16-bit values, as the script hashes them. */
    static String sha256(Frame frame) {
        CharBuffer px = frame.pixels();
        ByteBuffer bytes = ByteBuffer.allocate(2 * px.remaining()).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asCharBuffer().put(px);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.array()));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
