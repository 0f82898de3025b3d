package org.lsdcfx.daq.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lsdcfx.amostra.Request;
import org.lsdcfx.amostra.RequestStatus;
import org.lsdcfx.daq.comm.CommPvNames;
import org.lsdcfx.daq.command.CommandReply;
import org.lsdcfx.daq.dataset.DatasetSettings;
import org.lsdcfx.daq.routine.CurrentRequest;
import org.lsdcfx.daq.routine.collect.CollectionServices;
import org.lsdcfx.daq.test.Await;
import org.lsdcfx.daq.test.Calls;
import org.lsdcfx.daq.test.SimHost;
import org.lsdcfx.datafiles.nxmx.DatasetState;
import org.lsdcfx.datafiles.nxmx.DatasetStatus;
import org.lsdcfx.datafiles.nxmx.NxmxBackends;
import org.lsdcfx.sim.detector.FrameSize;
import org.lsdcfx.store.test.EmbeddedMongo;

/**
 * Abort in the middle of a dataset: progress is on state_percent before it, the queue ends in bounded time, the request
 * is interrupted and the master says incomplete. Re-queued, the request resumes its dataset from the first missing
 * frame into new data files: the frames and data files written before are byte-identical, and the dataset completes.
 */
class AbortResumeTest {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final int FRAMES = 150;
    @RegisterExtension
    static EmbeddedMongo mongo = new EmbeddedMongo();
    static SimHost sim;

    @BeforeAll
    static void startSimulator() throws Exception {
        sim = CollectionBed.simulator("ART", 0.01, new FrameSize(32, 32));
    }

    @AfterAll
    static void stopSimulator() throws Exception {
        sim.close();
    }

    @Test
    void anAbortedDatasetIsMarkedIncompleteAndResumesFromTheFirstMissingFrame() throws Exception {
        H5py.assumeAvailable();
        CollectionServices services = CollectionServices.builder()
                .datasets(DatasetSettings.defaults().withFramesPerDataFile(20)).build();
        try (CollectionBed c = CollectionBed.start(mongo.connection(), sim, services, 1)) {
            Request r = c.queue(0, c.builder(0, "standard").sweep(0, FRAMES * 0.2).imgWidth(0.2).exposureTime(0.5));
            String queue = c.startQueue();
            Await.until(WAIT, () -> c.bed().pvs().number(CommPvNames.STATE_PERCENT) >= 20, "20 % of the frames");
            CurrentRequest current = CurrentRequest.fromJson(c.bed().pvs().string(CommPvNames.CURRENT_REQUEST));
            assertEquals(r.uid(), current.uid());
            assertTrue(current.step().matches("standard xtal-1_1: frame \\d+ of 150, \\d+:\\d\\d left"), current.step());

            Calls.doneImmediate(c.bed().client(), "abort_data_collection");
            CommandReply end = c.bed().client().awaitFinal(queue, Duration.ofSeconds(10));
            assertEquals(CommandReply.Phase.FAILED, end.phase(), "the queue ends with the abort: " + end.reason());
            Request interrupted = c.reload(r);
            assertEquals(RequestStatus.INTERRUPTED, interrupted.status(), interrupted.statusReason());
            Path master = Path.of(interrupted.requestObj().directory()).resolve("xtal-1_1_master.h5");
            Await.until(WAIT, () -> status(master) == DatasetStatus.INCOMPLETE, "the master marked incomplete");
            JsonNode before = H5py.describe(master);
            assertEquals("incomplete", H5py.node(before, "/entry/lsdcfx_status").get("value").asText());
            assertFalse(before.get("nodes").has("/entry/end_time"), "an incomplete master has no end time");
            List<String> early = H5py.frameHashes(before);
            assertTrue(early.size() >= 20 && early.size() < FRAMES, "frames before the abort: " + early.size());
            Map<Path, String> files = fileHashes(before, master.getParent());
            assertEquals("incomplete", interrupted.requestObj().getBlock("lsdcfx_dataset").get("status"));

            c.amostra().requests().setPriority(r.uid(), 5000, "testuser"); // re-queued, as the GUI does
            CommandReply again = c.runQueue(WAIT);
            assertEquals(CommandReply.Phase.DONE, again.phase(), again.reason());
            Request done = c.reload(r);
            assertEquals(RequestStatus.DONE, done.status(), done.statusReason());
            assertEquals(interrupted.requestObj().directory(), done.requestObj().directory(), "the same dataset, no new run");

            JsonNode after = H5py.describe(master);
            assertEquals("complete", H5py.node(after, "/entry/lsdcfx_status").get("value").asText());
            assertEquals(1, H5py.node(after, "/entry/lsdcfx_status").get("attrs").get("resumes").asInt());
            List<String> all = H5py.frameHashes(after);
            assertEquals(FRAMES, all.size());
            assertEquals(early, all.subList(0, early.size()), "the frames written before the abort are unchanged");
            for (Map.Entry<Path, String> f : files.entrySet()) {
                assertEquals(f.getValue(), sha256(f.getKey()), f.getKey() + " is byte-identical");
            }
            double[] omega = H5py.doubles(H5py.node(after, "/entry/sample/transformations/omega").get("value"));
            assertEquals(0.2 * (FRAMES - 1), omega[FRAMES - 1], 1e-9);
            try (var left = Files.list(master.getParent())) {
                assertTrue(left.noneMatch(p -> p.getFileName().toString().startsWith("resume_")),
                        "the continuation's scratch copy is removed once its frames are in the dataset");
            }
        }
    }

    private static DatasetStatus status(Path master) {
        try {
            DatasetState s = NxmxBackends.active().backend().inspect(master);
            return s.status();
        } catch (RuntimeException e) {
            return null; // not written yet
        }
    }

    static Map<Path, String> fileHashes(JsonNode description, Path dir) throws Exception {
        Map<Path, String> out = new LinkedHashMap<>();
        for (JsonNode link : description.get("links")) {
            Path f = dir.resolve(link.get("file").asText());
            out.put(f, sha256(f));
        }
        return out;
    }

    static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
