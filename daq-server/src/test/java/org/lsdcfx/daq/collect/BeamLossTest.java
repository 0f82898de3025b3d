package org.lsdcfx.daq.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lsdcfx.amostra.Request;
import org.lsdcfx.amostra.RequestStatus;
import org.lsdcfx.daq.comm.CommPvNames;
import org.lsdcfx.daq.command.CommandReply;
import org.lsdcfx.daq.dataset.DatasetSettings;
import org.lsdcfx.daq.routine.CurrentRequest;
import org.lsdcfx.daq.routine.collect.BeamLossPolicy;
import org.lsdcfx.daq.routine.collect.CollectionServices;
import org.lsdcfx.daq.routine.collect.CollectionSettings;
import org.lsdcfx.daq.test.Await;
import org.lsdcfx.daq.test.SimHost;
import org.lsdcfx.datafiles.nxmx.DatasetState;
import org.lsdcfx.datafiles.nxmx.Frame;
import org.lsdcfx.datafiles.nxmx.FrameSource;
import org.lsdcfx.datafiles.nxmx.NxmxBackends;
import org.lsdcfx.sim.detector.FrameSize;
import org.lsdcfx.store.test.EmbeddedMongo;

/**
 * The beam is dumped in the middle of a dataset. By default the collection pauses, shows why (popup, current_request),
 * waits for the beam and continues from the first frame taken after the loss: the dataset completes with no frame
 * taken without beam. With the fail policy the request fails saying where, the master says incomplete, and
 * re-queueing the request completes the dataset.
 */
class BeamLossTest {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final int FRAMES = 150;
    @RegisterExtension
    static EmbeddedMongo mongo = new EmbeddedMongo();
    static SimHost sim;

    @BeforeAll
    static void startSimulator() throws Exception {
        sim = CollectionBed.simulator("BLT", 0.01, new FrameSize(32, 32));
    }

    @AfterAll
    static void stopSimulator() throws Exception {
        sim.close();
    }

    @AfterEach
    void beamBack() {
        sim.sim().controls().restoreBeam();
    }

    private CollectionBed bed(BeamLossPolicy policy) {
        return CollectionBed.start(mongo.connection(), sim, CollectionServices.builder()
                .datasets(DatasetSettings.defaults().withFramesPerDataFile(20))
                .settings(CollectionSettings.defaults().withBeamLoss(policy)).build(), 1);
    }

    private Request dataset(CollectionBed c) {
        return c.queue(0, c.builder(0, "standard").sweep(0, FRAMES * 0.2).imgWidth(0.2).exposureTime(0.5));
    }

    @Test
    void theDatasetPausesForTheBeamAndCompletesWithoutDarkFrames() throws Exception {
        H5py.assumeAvailable();
        try (CollectionBed c = bed(BeamLossPolicy.PAUSE_AND_RESUME)) {
            Request r = dataset(c);
            String queue = c.startQueue();
            Await.until(WAIT, () -> c.bed().pvs().number(CommPvNames.STATE_PERCENT) >= 30, "30 % of the frames");
            sim.sim().controls().dumpBeam();
            Await.until(WAIT, () -> c.bed().pvs().string(CommPvNames.GUI_POPUP_MESSAGE_STRING).startsWith(
                    "Waiting for beam: beam lost during xtal-1_1 after frame "), "the beam-loss popup");
            CurrentRequest paused = CurrentRequest.fromJson(c.bed().pvs().string(CommPvNames.CURRENT_REQUEST));
            assertTrue(paused.step().contains("waiting for beam (beam lost during xtal-1_1"), paused.step());
            assertEquals(RequestStatus.RUNNING, c.reload(r).status());
            sim.sim().controls().restoreBeam();
            CommandReply end = c.bed().client().awaitFinal(queue, WAIT);
            assertEquals(CommandReply.Phase.DONE, end.phase(), end.reason());
            Request done = c.reload(r);
            assertEquals(RequestStatus.DONE, done.status(), done.statusReason());
            assertEquals("killMessage", c.bed().pvs().string(CommPvNames.GUI_POPUP_MESSAGE_STRING), "popup closed");

            Path master = Path.of(done.requestObj().directory()).resolve("xtal-1_1_master.h5");
            JsonNode d = H5py.describe(master);
            assertEquals("complete", H5py.node(d, "/entry/lsdcfx_status").get("value").asText());
            assertEquals(FRAMES, d.get("frames").get("count").asInt());
            assertTrue(H5py.node(d, "/entry/lsdcfx_status").get("attrs").get("resumes").asInt() >= 1);
            assertNoDarkFrames(master);
        }
    }

    @Test
    void withTheFailPolicyTheRequestFailsSayingWhereAndResumesWhenRequeued() throws Exception {
        try (CollectionBed c = bed(BeamLossPolicy.FAIL)) {
            Request r = dataset(c);
            String queue = c.startQueue();
            Await.until(WAIT, () -> c.bed().pvs().number(CommPvNames.STATE_PERCENT) >= 30, "30 % of the frames");
            sim.sim().controls().dumpBeam();
            Await.until(WAIT, () -> c.reload(r).status() == RequestStatus.FAILED, "the request failed");
            sim.sim().controls().restoreBeam(); // the queue itself waits for the beam before its next request (beamCheck)
            c.bed().client().awaitFinal(queue, WAIT);
            Request failed = c.reload(r);
            assertEquals(RequestStatus.FAILED, failed.status());
            assertTrue(failed.statusReason().matches("beam lost during xtal-1_1 after frame \\d+ of 150; the dataset is "
                    + "incomplete .*re-queue the request to collect the missing frames"), failed.statusReason());
            Path master = Path.of(failed.requestObj().directory()).resolve("xtal-1_1_master.h5");
            DatasetState state = NxmxBackends.active().backend().inspect(master);
            assertEquals("incomplete", state.status().label());
            assertTrue(state.framesWritten() < FRAMES);

            c.amostra().requests().setPriority(r.uid(), 5000, "testuser");
            CommandReply again = c.runQueue(WAIT);
            assertEquals(CommandReply.Phase.DONE, again.phase(), again.reason());
            assertEquals(RequestStatus.DONE, c.reload(r).status(), c.reload(r).statusReason());
            assertTrue(NxmxBackends.active().backend().inspect(master).isComplete());
            assertNoDarkFrames(master);
        }
    }

    /** Every frame of the dataset saw the beam: the simulator's frames without beam hold no counts. */
    private static void assertNoDarkFrames(Path master) {
        try (FrameSource frames = NxmxBackends.active().backend().frames(master)) {
            assertEquals(FRAMES, frames.frameCount());
            for (int i = 0; i < FRAMES; i++) {
                Frame f = frames.read(i);
                long sum = 0;
                for (short p : ((Frame.Uint16) f).pixels()) {
                    int v = Short.toUnsignedInt(p);
                    sum += v == 0xFFFF ? 0 : v;
                }
                assertTrue(sum > 0, "frame " + (i + 1) + " was taken without beam");
            }
        }
        try (var files = Files.list(master.getParent())) {
            List<Path> left = files.filter(p -> p.getFileName().toString().startsWith("resume_")).toList();
            assertEquals(List.of(), left, "scratch copies removed");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
