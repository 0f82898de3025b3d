package org.lsdcfx.daq.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.epics.pva.client.PVAChannel;
import org.epics.pva.data.PVAString;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lsdcfx.amostra.Request;
import org.lsdcfx.amostra.RequestStatus;
import org.lsdcfx.daq.comm.CommPvNames;
import org.lsdcfx.daq.command.CommandReply;
import org.lsdcfx.daq.dataset.DatasetSettings;
import org.lsdcfx.daq.processing.AutoProcessing;
import org.lsdcfx.daq.routine.collect.CollectionServices;
import org.lsdcfx.daq.test.SimHost;
import org.lsdcfx.datafiles.nxmx.NxmxBackends;
import org.lsdcfx.datafiles.nxmx.NxmxException;
import org.lsdcfx.datafiles.nxmx.fallback.JhdfNxmxBackend;
import org.lsdcfx.sim.detector.FrameSize;
import org.lsdcfx.sim.detector.NxmxFrameSink;
import org.lsdcfx.store.test.EmbeddedMongo;

/**
 * Without the HDF Group's JNI library (forced here: detector and server both on the jhdf fallback) a standard request
 * still completes: the self-contained master holds the frames, the server's fields are left out with one warning on
 * {@code message_string}; resuming says it needs the JNI backend.
 */
class JhdfFallbackCollectionTest {
    private static final Duration WAIT = Duration.ofSeconds(60);
    @RegisterExtension
    static EmbeddedMongo mongo = new EmbeddedMongo();
    static SimHost sim;

    @BeforeAll
    static void startSimulator() throws Exception {
        sim = CollectionBed.simulator("JFB", 0.01, c -> c.withFrameSize(new FrameSize(32, 32))
                .withFrameSink(new NxmxFrameSink(new JhdfNxmxBackend(), Clock.systemUTC())));
    }

    @AfterAll
    static void stopSimulator() throws Exception {
        sim.close();
    }

    @Test
    void aStandardRequestCompletesWithoutTheServerFields() throws Exception {
        CollectionServices services = CollectionServices.builder()
                .datasets(DatasetSettings.defaults().withBackend(NxmxBackends.select(NxmxBackends.Preference.JHDF)))
                .processing(AutoProcessing.disabled()).build();
        try (CollectionBed c = CollectionBed.start(mongo.connection(), sim, services, 1)) {
            List<String> messages = new CopyOnWriteArrayList<>();
            PVAChannel ch = c.bed().pva().getChannel(c.bed().prefix() + CommPvNames.MESSAGE_STRING);
            ch.connect().get(5, TimeUnit.SECONDS);
            AutoCloseable sub = ch.subscribe("", (channel, changes, overruns, data) ->
                    messages.add(((PVAString) data.get("value")).get()));
            Request r = c.queue(0, c.builder(0, "standard").sweep(0, 5).imgWidth(0.5).exposureTime(0.05));
            CommandReply end;
            try {
                end = c.runQueue(WAIT);
            } finally {
                sub.close();
                ch.close();
            }
            assertEquals(CommandReply.Phase.DONE, end.phase(), end.reason());
            Request done = c.reload(r);
            assertEquals(RequestStatus.DONE, done.status(), done.statusReason());
            Map<String, Object> record = done.requestObj().getBlock("lsdcfx_dataset");
            assertEquals("complete", record.get("status"));
            assertEquals(10, ((Number) record.get("frames_written")).intValue());
            Path master = Path.of((String) record.get("master"));
            assertTrue(Files.isRegularFile(master), "master " + master);
            assertTrue(done.statusReason() == null || !done.statusReason().contains("Exception"), done.statusReason());

            assertEquals(1, messages.stream().filter(m -> m.contains("lacks the server's fields")).count(),
                    "one warning on message_string: " + messages);

            NxmxException refused = assertThrows(NxmxException.class, () -> services.datasets().resume(master, 5));
            assertTrue(refused.getMessage().contains("needs the HDF Group's JNI backend"), refused.getMessage());

            if (H5py.available()) {
                JsonNode d = H5py.describe(master);
                assertEquals("complete", H5py.node(d, "/entry/lsdcfx_status").get("value").asText());
                assertEquals(10, d.get("frames").get("count").asInt(), "frames inside the master");
                assertEquals(0, d.get("links").size(), "self-contained");
                assertFalse(d.get("nodes").has("/entry/sample/name"), "no server fields without the JNI backend");
            }
        }
    }
}
