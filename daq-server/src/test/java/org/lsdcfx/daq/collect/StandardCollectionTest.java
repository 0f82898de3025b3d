package org.lsdcfx.daq.collect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.lsdcfx.amostra.Request;
import org.lsdcfx.amostra.RequestStatus;
import org.lsdcfx.analysisstore.Result;
import org.lsdcfx.analysisstore.payload.MxExpParams;
import org.lsdcfx.analysisstore.payload.ProcessingSummary;
import org.lsdcfx.analysisstore.payload.ResultTypes;
import org.lsdcfx.daq.comm.CommPvNames;
import org.lsdcfx.daq.command.CommandReply;
import org.lsdcfx.daq.dataset.DatasetSettings;
import org.lsdcfx.daq.processing.AutoProcessing;
import org.lsdcfx.daq.routine.collect.CollectionServices;
import org.lsdcfx.daq.test.Await;
import org.lsdcfx.daq.test.Calls;
import org.lsdcfx.daq.test.SimHost;
import org.lsdcfx.processing.ProcessingConfig;
import org.lsdcfx.sim.detector.FrameSize;
import org.lsdcfx.store.test.EmbeddedMongo;

/**
 * {@code standard} end to end over PVA with the simulated beamline writing NXmx and the embedded store: the rotation
 * dataset's files read back by h5py, the request's record, mxExpParams, the governor, auto-processing with a stand-in
 * fast_dp; stills; the energy check, centring options.
 */
class StandardCollectionTest {
    private static final Duration WAIT = Duration.ofSeconds(60);
    @RegisterExtension
    static EmbeddedMongo mongo = new EmbeddedMongo();
    static SimHost sim;
    @TempDir
    Path bin;

    @BeforeAll
    static void startSimulator() throws Exception {
        sim = CollectionBed.simulator("SCT", 0.01, new FrameSize(64, 64));
    }

    @AfterAll
    static void stopSimulator() throws Exception {
        sim.close();
    }

    private CollectionBed bed(AutoProcessing processing) {
        CollectionServices services = CollectionServices.builder()
                .datasets(DatasetSettings.defaults().withFramesPerDataFile(10)).processing(processing).build();
        return CollectionBed.start(mongo.connection(), sim, services, 2);
    }

    @Test
    void aRotationDatasetIsWrittenAsNxmxRecordedProcessedAndTheGovernorReturns() throws Exception {
        H5py.assumeAvailable();
        AutoProcessing processing = AutoProcessing.local(ProcessingConfig.fastDpDefaults()
                .withProgram(StandInFastDp.write(bin).toString(), List.of("{master}")), 1, Clock.systemUTC());
        try (CollectionBed c = bed(processing)) {
            Request r = c.queue(0, c.builder(0, "standard").sweep(10, 25).imgWidth(0.5).exposureTime(0.1).detDist(250)
                    .attenuation(0.5).fastDP(true));
            CommandReply end = c.runQueue(WAIT);
            assertEquals(CommandReply.Phase.DONE, end.phase(), end.reason());
            Request done = c.reload(r);
            assertEquals(RequestStatus.DONE, done.status(), done.statusReason());

            Path dir = c.visitPath().resolve("xtal-1").resolve("1").resolve("PUCK-A_1");
            assertEquals(dir.toRealPath() + "/", done.requestObj().directory(), "directory written back");
            assertEquals(1, done.requestObj().runNum());
            Map<String, Object> record = done.requestObj().getBlock("lsdcfx_dataset");
            assertEquals("complete", record.get("status"));
            assertEquals(30, ((Number) record.get("frames_written")).intValue());
            Path master = dir.resolve("xtal-1_1_master.h5");
            assertEquals(master.toRealPath().toString(), record.get("master"));

            JsonNode d = H5py.describe(master);
            assertEquals("NXmx", H5py.node(d, "/entry/definition").get("value").asText());
            assertEquals("complete", H5py.node(d, "/entry/lsdcfx_status").get("value").asText());
            assertTrue(d.get("nodes").has("/entry/end_time"), "end_time");
            assertEquals(30, d.get("frames").get("count").asInt(), "frames through the links");
            assertEquals(3, d.get("links").size(), "30 frames in data files of 10");
            d.get("links").forEach(l -> assertTrue(Files.isRegularFile(dir.resolve(l.get("file").asText())),
                    "link target " + l));
            double[] omega = H5py.doubles(H5py.node(d, "/entry/sample/transformations/omega").get("value"));
            assertEquals(30, omega.length);
            for (int i = 0; i < 30; i++) {
                assertEquals(10 + 0.5 * i, omega[i], 1e-9, "omega of frame " + i);
            }
            assertEquals(0.5, H5py.node(d, "/entry/sample/transformations/omega_increment_set").get("value").asDouble(), 1e-12);
            assertEquals(250.0, H5py.node(d, "/entry/instrument/detector/distance").get("value").asDouble(), 1e-6);
            assertEquals(0.1 - 10e-6, H5py.node(d, "/entry/instrument/detector/count_time").get("value").asDouble(), 1e-9);
            assertEquals(0.1, H5py.node(d, "/entry/instrument/detector/frame_time").get("value").asDouble(), 1e-9);
            assertTrue(d.get("nodes").has("/entry/instrument/detector/saturation_value"));
            assertTrue(d.get("nodes").has("/entry/instrument/beam/incident_wavelength"));
            // supplemented by the server (the detector does not know them)
            assertEquals("xtal-1", H5py.node(d, "/entry/sample/name").get("value").asText());
            assertEquals(0.5, H5py.node(d, "/entry/instrument/attenuator/attenuator_transmission").get("value").asDouble(),
                    1e-12);
            assertTrue(H5py.node(d, "/entry/instrument/beam/flux").get("value").asDouble() > 0, "flux at the sample");
            assertEquals("SIM", H5py.node(d, "/entry/instrument/name").get("value").asText());

            MxExpParams params = c.results().latest(r.uid(), ResultTypes.MX_EXP_PARAMS).orElseThrow();
            assertEquals(done.requestObj().directory(), params.requestObj().getString("directory"));
            assertEquals(0.5, params.transmissionReading(), 0.01);
            assertTrue(params.flux() > 0);

            assertEquals("", c.bed().pvs().string(CommPvNames.MOUNTED_PIN),
                    "unmounted at the end of the queue: the governor left DA for SA after the last request");
            assertEquals("SE", c.governorState(), "the governor went DA -> SA -> SE for the unmount");

            Await.until(WAIT, () -> !c.results().forRequest(r.uid(), "fastDP").isEmpty(), "the fastDP result");
            Result fastDp = c.results().forRequest(r.uid(), "fastDP").get(0);
            ProcessingSummary summary = fastDp.payload(ResultTypes.FAST_DP);
            assertEquals(ProcessingSummary.SUCCESS, summary.status());
            assertEquals(StandInFastDp.SPACE_GROUP, summary.spaceGroup());
            Path argv = dir.resolve("fastDPOutput").resolve("argv.txt");
            assertEquals(master.toRealPath().toString(), Files.readString(argv).strip(), "fast_dp got the master");
        }
    }

    @Test
    void stillsHaveNoRotationAndAreNotProcessed() throws Exception {
        H5py.assumeAvailable();
        try (CollectionBed c = bed(AutoProcessing.disabled())) {
            Request r = c.queue(1, c.builder(1, "standard").sweep(40, 45).imgWidth(0).exposureTime(0.05).fastDP(true));
            CommandReply end = c.runQueue(WAIT);
            assertEquals(CommandReply.Phase.DONE, end.phase(), end.reason());
            Request done = c.reload(r);
            assertEquals(RequestStatus.DONE, done.status(), done.statusReason());
            Path master = Path.of(done.requestObj().directory()).resolve("xtal-2_1_master.h5");
            JsonNode d = H5py.describe(master);
            assertEquals(5, d.get("frames").get("count").asInt(), "sweep_end - sweep_start images");
            assertArrayEquals(new double[] {40, 40, 40, 40, 40},
                    H5py.doubles(H5py.node(d, "/entry/sample/transformations/omega").get("value")), 1e-9);
            assertEquals(0.0, H5py.node(d, "/entry/sample/transformations/omega_increment_set").get("value").asDouble());
            assertTrue(c.results().forRequest(r.uid(), "fastDP", "processing").isEmpty(), "stills are not processed");
        }
    }

    @Test
    void anEnergyFarFromTheBeamIsRefusedWithTheReason() {
        try (CollectionBed c = bed(AutoProcessing.disabled())) {
            Request r = c.queue(0, c.builder(0, "standard").sweep(0, 1).imgWidth(0.5).energy(CollectionBed.SIM_ENERGY + 50));
            c.runQueue(WAIT);
            Request failed = c.reload(r);
            assertEquals(RequestStatus.FAILED, failed.status());
            assertTrue(failed.statusReason().contains("12750.0 eV but the beam is at 12700.0 eV")
                    && failed.statusReason().contains("set_energy"), failed.statusReason());
            assertFalse(Files.exists(Path.of(failed.requestObj().directory()).resolve("xtal-1_1_master.h5")),
                    "nothing was collected");
        }
    }

    @Test
    void automaticCentringIsRefusedWithoutASavedCentre() {
        try (CollectionBed c = bed(AutoProcessing.disabled())) {
            Request r = c.queue(0, c.builder(0, "standard").sweep(0, 1).imgWidth(0.5).centeringOption("AutoLoop")
                    .set("pos_x", -999.0));
            c.runQueue(WAIT);
            Request failed = c.reload(r);
            assertEquals(RequestStatus.FAILED, failed.status());
            assertTrue(failed.statusReason().contains("'AutoLoop' is not available"), failed.statusReason());
        }
    }

    @Test
    void interactiveCentringPausesUntilContinued() {
        try (CollectionBed c = bed(AutoProcessing.disabled())) {
            Request r = c.queue(0, c.builder(0, "standard").sweep(0, 2).imgWidth(0.5).centeringOption("Interactive")
                    .set("pos_x", -999.0));
            String id = c.startQueue();
            c.bed().pvs().awaitString(CommPvNames.QUEUE_STATE, "Paused", WAIT);
            assertTrue(c.bed().pvs().string(CommPvNames.GUI_POPUP_MESSAGE_STRING).startsWith("Centre sample xtal-1"),
                    c.bed().pvs().string(CommPvNames.GUI_POPUP_MESSAGE_STRING));
            assertEquals(RequestStatus.RUNNING, c.reload(r).status());
            Calls.doneImmediate(c.bed().client(), "continue_data_collection");
            CommandReply end = c.bed().client().awaitFinal(id, WAIT);
            assertEquals(CommandReply.Phase.DONE, end.phase(), end.reason());
            assertEquals(RequestStatus.DONE, c.reload(r).status(), c.reload(r).statusReason());
        }
    }
}
