package org.lsdcfx.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.lsdcfx.amostra.NewRequest;
import org.lsdcfx.amostra.Priority;
import org.lsdcfx.amostra.Request;
import org.lsdcfx.amostra.RequestObj;
import org.lsdcfx.amostra.RequestStatus;
import org.lsdcfx.amostra.Sample;
import org.lsdcfx.amostra.SampleLocation;
import org.lsdcfx.analysisstore.AnalysisStore;
import org.lsdcfx.analysisstore.payload.RasterCell;
import org.lsdcfx.analysisstore.payload.RasterResult;
import org.lsdcfx.analysisstore.payload.ResultTypes;
import org.lsdcfx.conftrak.Conftrak;
import org.lsdcfx.conftrak.key.SampleHandlingKeys;
import org.lsdcfx.conftrak.key.VisitKeys;
import org.lsdcfx.daq.client.CommandClient;
import org.lsdcfx.daq.command.CommandChannel;
import org.lsdcfx.daq.command.CommandReply;
import org.lsdcfx.daq.command.CommandRequest;
import org.lsdcfx.daq.routine.raster.RasterDef;
import org.lsdcfx.daq.routine.raster.RasterDefiner;
import org.lsdcfx.datafiles.nxmx.NxmxBackend;
import org.lsdcfx.datafiles.nxmx.NxmxBackends;
import org.lsdcfx.store.test.EmbeddedMongo;

/**
 * A raster over the embedded system as {@code ./lsdc server --sim} starts it (simulated Eiger writing NXmx through the
 * active backend — JNI with data files when {@code libhdf5_java} loads, else the self-contained jhdf master — frames
 * binned 4×, time scale 1 as a flown raster needs): the heat map peaks on the simulated demo
 * crystal (60 µm at x 30, y 20 µm), and {@code reprocessRaster} on its files gives the same cells.
 */
class EmbeddedRasterTest {
    private static final double STEP = 20;
    private static final double[] CRYSTAL = {30, 20, -10};

    @RegisterExtension
    static EmbeddedMongo mongo = new EmbeddedMongo();

    @TempDir
    Path home;

    @Test
    void rasterHeatMapPeaksOnTheSimulatedCrystal() throws Exception {
        PvaPortOptions ports = new PvaPortOptions();
        ports.daqTcp = FreePorts.tcp();
        ports.daqUdp = FreePorts.udp();
        ports.simTcp = FreePorts.tcp();
        ports.simUdp = FreePorts.udp();
        try (EmbeddedSystem system = EmbeddedSystem.start(new EmbeddedSystem.Options(mongo.uri(), home.resolve("store"),
                FreePorts.tcp(), true, 1.0, "SIM", home.resolve("visit"), new LinkedHashSet<>(), ports))) {
            assertTrue(system.server().protocols().names().containsAll(java.util.List.of("raster", "multiCol")),
                    system.server().protocols().names().toString());
            Conftrak conftrak = new Conftrak(system.store(), Clock.systemUTC(), "sim");
            DemoSeed seed = new DemoSeed(system.store(), conftrak);
            seed.ensureDewar();
            conftrak.set(SampleHandlingKeys.QUEUE_COLLECT, true, EmbeddedSystem.WHO);
            conftrak.set(VisitKeys.VISIT_NAME, "demo", EmbeddedSystem.WHO);
            Request req = queueRaster(seed, conftrak, system.visitDirectory());

            String prefix = system.server().commPrefix();
            try (CommandClient client = CommandClient.connect(prefix, Duration.ofSeconds(10))) {
                CommandReply end = client.call(CommandChannel.SERIAL, CommandRequest.of(client.newId(), "runDCQueue"),
                        Duration.ofMinutes(3));
                assertEquals(CommandReply.Phase.DONE, end.phase(), end.reason());
                Request done = seed.amostra().requests().get(req.uid());
                assertEquals(RequestStatus.DONE, done.status(), done.statusReason());

                AnalysisStore results = new AnalysisStore(system.store(), Clock.systemUTC(), "sim");
                RasterResult live = results.latest(req.uid(), ResultTypes.RASTER_RESULT).orElseThrow();
                assertEquals(35, live.cells().size());
                RasterCell best = live.bestBySpotCount().orElseThrow();
                assertTrue(Math.abs(best.position().x() - CRYSTAL[0]) <= STEP
                                && Math.abs(best.position().y() - CRYSTAL[1]) <= STEP,
                        "best cell " + best.index() + " at " + best.position() + " is within one cell of the crystal");
                assertTrue(best.scores().spotCountNoIce() >= 10, "spots on the crystal: " + best.scores());
                // JNI backend: one data file per row; jhdf fallback (no libhdf5_java on java.library.path): the master
                NxmxBackend nxmx = NxmxBackends.active().backend();
                System.out.println("EmbeddedRasterTest: the simulated Eiger wrote NXmx with " + nxmx.name());
                for (RasterCell c : live.cells()) {
                    assertTrue(c.image().endsWith(nxmx.externalLinks() ? String.format("_data_%06d.h5", c.row() + 1)
                            : "_master.h5"), nxmx.name() + ": " + c.image());
                    if (Math.hypot(c.position().x() - CRYSTAL[0], c.position().y() - CRYSTAL[1]) > 60) {
                        assertTrue(c.scores().spotCountNoIce() <= 2, "cell " + c.index() + " off the crystal: "
                                + c.scores());
                    }
                }
                assertTrue(done.requestObj().has("max_raster"), "snap to max recorded");

                CommandReply again = client.call(CommandChannel.SERIAL, CommandRequest.of(client.newId(),
                        "reprocessRaster", req.uid()), Duration.ofMinutes(1));
                assertEquals(CommandReply.Phase.DONE, again.phase(), again.reason());
                assertEquals(live.cells(), results.latest(req.uid(), ResultTypes.RASTER_RESULT).orElseThrow().cells(),
                        "reprocessing the files gives the same cells");
            }
        }
    }

    /** A 7 × 5 raster at 20 µm on the first demo sample, centred one cell left of and one cell above the crystal. */
    private static Request queueRaster(DemoSeed seed, Conftrak conftrak, Path visit) {
        String dewar = conftrak.get(SampleHandlingKeys.PRIMARY_DEWAR_NAME);
        Sample s = seed.amostra().samples().byName("lyso-1", DemoSeed.OWNER).orElseThrow();
        SampleLocation where = seed.amostra().containers().coordinatesOf(dewar, s.uid()).orElseThrow();
        RasterDef def = new RasterDefiner(6).define(7 * STEP, 5 * STEP, STEP,
                new double[]{CRYSTAL[0] - STEP, CRYSTAL[1] + STEP, CRYSTAL[2], 0}, false);
        RequestObj obj = DemoRequests.forProtocol("raster", RequestObj.builder().sample(s.uid()), s, where, visit)
                .with("rasterDef", def.toMap());
        return seed.amostra().requests().create(new NewRequest(s.uid(), DemoSeed.OWNER, s.proposalID(),
                Priority.DEFAULT_QUEUED, obj), DemoSeed.OWNER);
    }
}
