package org.lsdcfx.daq.raster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lsdcfx.amostra.NewRequest;
import org.lsdcfx.amostra.Priority;
import org.lsdcfx.amostra.Request;
import org.lsdcfx.amostra.RequestObj;
import org.lsdcfx.amostra.RequestStatus;
import org.lsdcfx.analysis.spots.io.FrameIO;
import org.lsdcfx.analysis.synth.VirtualCrystal;
import org.lsdcfx.analysisstore.AnalysisStore;
import org.lsdcfx.analysisstore.payload.RasterCell;
import org.lsdcfx.analysisstore.payload.RasterResult;
import org.lsdcfx.analysisstore.payload.ResultTypes;
import org.epics.pva.client.PVAChannel;
import org.epics.pva.data.PVAString;
import org.lsdcfx.daq.comm.CommPvNames;
import org.lsdcfx.daq.comm.LiveRasterCells;
import org.lsdcfx.device.pva.SearchRounds;
import org.lsdcfx.daq.command.CommandReply;
import org.lsdcfx.daq.dataset.DatasetSettings;
import org.lsdcfx.daq.protocols.InstantProtocol;
import org.lsdcfx.daq.protocols.ProtocolProbe;
import org.lsdcfx.daq.routine.ProtocolRegistry;
import org.lsdcfx.daq.routine.raster.RasterDef;
import org.lsdcfx.daq.routine.raster.RasterDefiner;
import org.lsdcfx.daq.routine.raster.RasterProtocols;
import org.lsdcfx.daq.routine.raster.RasterServices;
import org.lsdcfx.daq.routine.raster.RasterSettings;
import org.lsdcfx.daq.test.Await;
import org.lsdcfx.daq.test.Calls;
import org.lsdcfx.daq.test.DaqTestBed;
import org.lsdcfx.daq.test.Seeds;
import org.lsdcfx.daq.test.SimHost;
import org.lsdcfx.mxtools.profile.Descriptors;
import org.lsdcfx.sim.detector.BinaryFrameFormat;
import org.lsdcfx.sim.detector.FrameSize;
import org.lsdcfx.sim.sample.SimSample;
import org.lsdcfx.store.Revision;
import org.lsdcfx.store.test.EmbeddedMongo;

/**
 * Rasters end to end over PVA: the queue runs a {@code raster}/{@code multiCol} request on the simulated beamline
 * (time scale 1, 256 × 256 frames, binary frame files read back through {@code FrameIO}), spot finding runs while
 * rows arrive, the result goes to the embedded store.
 */
class RasterProtocolTest {
    @RegisterExtension
    static EmbeddedMongo mongo = new EmbeddedMongo();

    private static final Duration RUN = Duration.ofSeconds(90);
    private static final double STEP = 20;
    /** The demo crystal (60 µm) centre, sample-stage µm. */
    private static final double[] CRYSTAL = {30, 20, -10};
    private static SimHost sim;
    private static RasterServices services;

    @BeforeAll
    static void startSimulator() throws Exception {
        sim = SimHost.start("RST", 1.0, c -> c.withFrameSize(new FrameSize(256, 256)).withMechanismScale(0.05));
        services = new RasterServices(new FrameIO(List.of(new BinaryFrameFormat())), 2, DatasetSettings.defaults(),
                RasterSettings.defaults().withDataFileExtension("bin"));
    }

    @AfterAll
    static void stopSimulator() throws Exception {
        services.close();
        sim.close();
    }

    private DaqTestBed bed() throws Exception {
        return bed(new ProtocolRegistry());
    }

    private DaqTestBed bed(ProtocolRegistry others) throws Exception {
        sim.sim().controls().setCrystals(SimSample.DEMO.crystals());
        Files.createDirectories(sim.dataRoot().resolve("mx" + Seeds.PROPOSAL + "-1"));
        return DaqTestBed.builder(mongo.connection()).simulator(sim).staff(DaqTestBed.ME)
                .visitDirectory(sim.dataRoot())
                .protocols(RasterProtocols.registerAll(others, services)).start();
    }

    /** A 7 × 5 raster at 20 µm centred on (x, y, z) at omega 0, queued on the mounted sample. */
    private static Request queueRaster(Seeds seeds, String protocol, double x, double y, double z,
                                       Map<String, Object> more) {
        RasterDef def = new RasterDefiner(6).define(7 * STEP, 5 * STEP, STEP, new double[]{x, y, z, 0}, false);
        RequestObj obj = RequestObj.builder().protocol(protocol).sweep(0, 0.1).exposureTime(0.1)
                .files(sim.dataRoot().toString(), "mx" + Seeds.PROPOSAL + "-1", seeds.sample(0).name(), 1, "PUCK-A", 1)
                .set("rasterDef", def.toMap()).build().withAll(more);
        return seeds.amostra().requests().create(new NewRequest(seeds.sample(0).uid(), Seeds.OWNER, Seeds.PROPOSAL,
                Priority.DEFAULT_QUEUED, obj), Seeds.OWNER);
    }

    private static CommandReply runQueue(DaqTestBed bed) {
        return bed.client().awaitFinal(bed.client().send("runDCQueue").id(), RUN);
    }

    private static RasterResult result(Request r) {
        return new AnalysisStore(mongo.connection(), Clock.systemUTC(), "sim")
                .latest(r.uid(), ResultTypes.RASTER_RESULT).orElseThrow();
    }

    private static double motor(String d) {
        return sim.sim().controls().motorPosition(d);
    }

    @Test
    void heatMapPeaksOnTheCrystalAndSnapToMaxLandsOnIt() throws Exception {
        try (DaqTestBed bed = bed()) {
            Seeds seeds = new Seeds(mongo.connection(), "sim", sim.dataRoot()).dewarWithSamples(1).mounted(0);
            // the crystal sits one cell right of and one cell below the raster centre
            Request req = queueRaster(seeds, "raster", CRYSTAL[0] - STEP, CRYSTAL[1] + STEP, CRYSTAL[2], Map.of());
            List<LiveRasterCells> live = new java.util.concurrent.CopyOnWriteArrayList<>();
            PVAChannel cellsPv = SearchRounds.connect(bed.pva(), bed.prefix() + CommPvNames.RASTER_CELLS, null, RUN);
            AutoCloseable watch = cellsPv.subscribe("", (ch, changes, overruns, data) -> {
                String v = ((PVAString) data.get("value")).get();
                if (!v.isEmpty()) {
                    live.add(LiveRasterCells.fromJson(v));
                }
            });
            CommandReply end = runQueue(bed);
            assertEquals(CommandReply.Phase.DONE, end.phase(), end.reason());
            Request done = seeds.reload(req);
            assertEquals(RequestStatus.DONE, done.status(), done.statusReason());

            RasterResult r = result(req);
            // raster_cells filled while the rows were flown, and ended with the stored result's scores
            Await.until(Duration.ofSeconds(10), () -> !live.isEmpty() && live.get(live.size() - 1).cells().size() == 35,
                    () -> "all 35 cells on raster_cells: " + live.stream().map(l -> l.cells().size()).toList());
            watch.close();
            cellsPv.close();
            assertTrue(live.stream().allMatch(l -> l.request().equals(req.uid()) && l.numCells() == 35));
            assertTrue(live.stream().anyMatch(l -> l.cells().size() > 0 && l.cells().size() < 35),
                    "some cells shown before the raster ended: " + live.stream().map(l -> l.cells().size()).toList());
            for (RasterCell c : live.get(live.size() - 1).cells()) {
                assertEquals(r.cells().get(c.index()).scores(), c.scores(), "live cell " + c.index());
                assertEquals(r.cells().get(c.index()).position(), c.position(), "live cell " + c.index());
            }
            assertEquals(35, r.cells().size());
            assertEquals(5, r.rows());
            assertEquals(7, r.columns());
            RasterCell best = r.bestBySpotCount().orElseThrow();
            assertTrue(Math.abs(best.position().x() - CRYSTAL[0]) <= STEP
                            && Math.abs(best.position().y() - CRYSTAL[1]) <= STEP,
                    "best cell " + best.index() + " at " + best.position() + " is within one cell of the crystal");
            assertTrue(best.scores().spotCountNoIce() >= 20, "spots on the crystal: " + best.scores());
            for (RasterCell c : r.cells()) {
                double d = Math.hypot(c.position().x() - CRYSTAL[0], c.position().y() - CRYSTAL[1]);
                if (d > 60) {
                    assertTrue(c.scores().spotCountNoIce() <= 2, "cell " + c.index() + " " + d + " µm away: "
                            + c.scores());
                }
                assertTrue(Files.isRegularFile(Path.of(c.image())), c.image());
                assertTrue(c.image().contains("_Raster_1_data_"), "LSDC raster naming: " + c.image());
            }

            // snap to max: the goniometer at the best cell, raster omega, fine stages back where they were
            assertEquals(best.position().x(), motor(Descriptors.SAMPLE_X), 0.5);
            assertEquals(best.position().y(), motor(Descriptors.SAMPLE_Y), 0.5);
            assertEquals(best.position().z(), motor(Descriptors.SAMPLE_Z), 0.5);
            assertEquals(0, motor(Descriptors.FINE_X), 0.1, "fine stages centred");
            assertEquals(0, motor(Descriptors.FINE_Y), 0.1);
            assertEquals(0, motor(Descriptors.OMEGA), 0.01);
            Map<String, Object> max = done.requestObj().getBlock("max_raster");
            assertEquals(best.index(), ((Number) max.get("index")).intValue());
            assertEquals(best.image(), max.get("file"));

            // xrecRasterFlag: rasterDef.status went NEW -> DRAWN -> READY_FOR_FILL -> READY_FOR_SNAPSHOT, flag = uid
            assertEquals(List.of(0, 1, 2, 3), statusHistory(seeds, req), "NEW, DRAWN, READY_FOR_FILL, READY_FOR_SNAPSHOT");
            assertEquals(req.uid(), bed.pvs().string(CommPvNames.XREC_RASTER_FLAG));
        }
    }

    @Test
    void nothingFoundOffTheCrystalReturnsToTheStart() throws Exception {
        try (DaqTestBed bed = bed()) {
            Seeds seeds = new Seeds(mongo.connection(), "sim", sim.dataRoot()).dewarWithSamples(1).mounted(0);
            double[] start = {motor(Descriptors.SAMPLE_X), motor(Descriptors.SAMPLE_Y), motor(Descriptors.SAMPLE_Z)};
            Request req = queueRaster(seeds, "raster", -400, 20, -10, Map.of());
            CommandReply end = runQueue(bed);
            assertEquals(CommandReply.Phase.DONE, end.phase(), end.reason());
            RasterResult r = result(req);
            assertEquals(35, r.cells().size());
            assertTrue(r.cells().stream().allMatch(c -> c.scores().spotCountNoIce() <= 2), "no hits off the crystal");
            assertFalse(seeds.reload(req).requestObj().has("max_raster"), "no max_raster when nothing is found");
            assertEquals(start[0], motor(Descriptors.SAMPLE_X), 0.5, "back at the start");
            assertEquals(start[1], motor(Descriptors.SAMPLE_Y), 0.5);
            assertEquals(start[2], motor(Descriptors.SAMPLE_Z), 0.5);
        }
    }

    @Test
    void aCrystalInCellZeroIsFound() throws Exception {
        try (DaqTestBed bed = bed()) {
            Seeds seeds = new Seeds(mongo.connection(), "sim", sim.dataRoot()).dewarWithSamples(1).mounted(0);
            // cell 0 is the top-left cell: 3 cells left of and 2 above the centre; a 16 µm crystal lights only it
            double cx = 200;
            double cy = 0;
            sim.sim().controls().setCrystals(List.of(new VirtualCrystal((cx - 3 * STEP) / 1000, (cy + 2 * STEP) / 1000,
                    0, 0.016, 1)));
            // 0.2 s per cell: the fine stages fly at 20 µm / 0.2 s = 100 µm/s, half their speed, and get it back
            double fullSpeed = sim.sim().controls().motorSpeed(Descriptors.FINE_X);
            Request req = queueRaster(seeds, "raster", cx, cy, 0, Map.of("exposure_time", 0.2));
            String run = bed.client().send("runDCQueue").id();
            Await.until(RUN, () -> sim.sim().controls().motorMoving(Descriptors.FINE_X)
                    && Math.abs(sim.sim().controls().motorSpeed(Descriptors.FINE_X) - 100) < 0.01, "a row flown at 100 µm/s");
            CommandReply end = bed.client().awaitFinal(run, RUN);
            assertEquals(CommandReply.Phase.DONE, end.phase(), end.reason());
            assertEquals(fullSpeed, sim.sim().controls().motorSpeed(Descriptors.FINE_X), 1e-9, "the speed restored");
            RasterResult r = result(req);
            RasterCell best = r.cells().stream().max(Comparator.comparingInt(c -> c.scores().spotCountNoIce()))
                    .orElseThrow();
            assertEquals(0, best.index(), "cell 0 holds the crystal: " + best.scores());
            Map<String, Object> max = seeds.reload(req).requestObj().getBlock("max_raster");
            assertEquals(0, ((Number) max.get("index")).intValue(), "cell 0 is a result, not 'nothing'");
            assertEquals(cx - 3 * STEP, motor(Descriptors.SAMPLE_X), 0.5);
            assertEquals(cy + 2 * STEP, motor(Descriptors.SAMPLE_Y), 0.5);
        }
    }

    @Test
    void multiColMakesAStandardRequestPerCellAboveTheCutoff() throws Exception {
        ProtocolProbe standard = new ProtocolProbe();
        try (DaqTestBed bed = bed(new ProtocolRegistry().register(new InstantProtocol("standard", standard)))) {
            Seeds seeds = new Seeds(mongo.connection(), "sim", sim.dataRoot()).dewarWithSamples(1).mounted(0);
            double cutoff = 30;
            Request req = queueRaster(seeds, "multiCol", CRYSTAL[0], CRYSTAL[1], CRYSTAL[2],
                    Map.of("diffCutoff", cutoff));
            CommandReply end = runQueue(bed);
            assertEquals(CommandReply.Phase.DONE, end.phase(), end.reason());
            RasterResult r = result(req);
            List<RasterCell> above = r.cells().stream().filter(c -> c.scores().spotCountNoIce() > cutoff).toList();
            assertFalse(above.isEmpty(), "some cells beat the cutoff");
            assertTrue(above.size() < r.cells().size(), "not every cell beats it");
            List<Request> children = seeds.amostra().requests().forSample(seeds.sample(0).uid()).stream()
                    .filter(q -> req.uid().equals(q.requestObj().get("parentReqID"))).toList();
            assertEquals(above.size(), children.size());
            for (RasterCell c : above) {
                Request child = children.stream().filter(q -> q.requestObj().getDouble("pos_x") == c.position().x()
                        && q.requestObj().getDouble("pos_y") == c.position().y()).findFirst().orElseThrow();
                RequestObj o = child.requestObj();
                assertEquals("standard", o.protocol());
                assertEquals(Priority.MULTI_CRYSTAL_CHILD, seeds.amostra().requests().history(child.uid()).get(0).after()
                        .getInteger("priority"), "created at LSDC's multi-crystal priority");
                assertEquals(-2.5, o.sweepStart(), 1e-9);
                assertEquals(2.5, o.sweepEnd(), 1e-9);
                assertEquals(c.position().z(), o.getDouble("pos_z"), 1e-9);
                assertTrue(o.directory().endsWith("multi_" + c.index()), o.directory());
                assertTrue(o.fastDP());
            }
            assertEquals(above.size(), standard.created.get(), "the queue ran every child as a standard request");
        }
    }

    @Test
    void abortMidRasterStopsWithinBoundedTime() throws Exception {
        try (DaqTestBed bed = bed()) {
            Seeds seeds = new Seeds(mongo.connection(), "sim", sim.dataRoot()).dewarWithSamples(1).mounted(0);
            RasterDef big = new RasterDefiner(6).define(7 * STEP, 41 * STEP, STEP, new double[]{30, 20, -10, 0}, false);
            RequestObj obj = RequestObj.builder().protocol("raster").sweep(0, 0.1).exposureTime(0.1)
                    .files(sim.dataRoot().toString(), "mx" + Seeds.PROPOSAL + "-1", seeds.sample(0).name(), 1, "PUCK-A", 1)
                    .set("rasterDef", big.toMap()).build();
            Request req = seeds.amostra().requests().create(new NewRequest(seeds.sample(0).uid(), Seeds.OWNER,
                    Seeds.PROPOSAL, Priority.DEFAULT_QUEUED, obj), Seeds.OWNER);
            String run = bed.client().send("runDCQueue").id();
            Await.until(RUN, () -> sim.sim().controls().motorMoving(Descriptors.FINE_X)
                    && bed.pvs().string(CommPvNames.XREC_RASTER_FLAG).equals(req.uid()), "raster flying");
            long t0 = System.nanoTime();
            Calls.doneImmediate(bed.client(), "abort_data_collection");
            CommandReply end = bed.client().awaitFinal(run, RUN);
            double ms = (System.nanoTime() - t0) / 1e6;
            assertTrue(end.reason().startsWith("aborted:"), end.reason());
            assertTrue(ms < 5000, "abort took " + ms + " ms");
            assertEquals(RequestStatus.INTERRUPTED, seeds.reload(req).status());
            Await.until(Duration.ofSeconds(5), () -> !sim.sim().controls().motorMoving(Descriptors.FINE_X),
                    "fine stage stopped");
        }
    }

    @Test
    void aBadRasterDefFailsTheRequestWithTheReasonAndMovesNothing() throws Exception {
        try (DaqTestBed bed = bed()) {
            Seeds seeds = new Seeds(mongo.connection(), "sim", sim.dataRoot()).dewarWithSamples(1).mounted(0);
            double x = motor(Descriptors.SAMPLE_X);
            Map<String, Object> def = new java.util.HashMap<>(new RasterDefiner(6)
                    .define(7 * STEP, 5 * STEP, STEP, new double[]{x + 100, 0, 0, 0}, false).toMap());
            def.put("numCells", 34);
            RequestObj obj = RequestObj.builder().protocol("raster").sweep(0, 0.1).exposureTime(0.1)
                    .files(sim.dataRoot().toString(), "mx" + Seeds.PROPOSAL + "-1", seeds.sample(0).name(), 1, "PUCK-A", 1)
                    .set("rasterDef", def).build();
            Request req = seeds.amostra().requests().create(new NewRequest(seeds.sample(0).uid(), Seeds.OWNER,
                    Seeds.PROPOSAL, Priority.DEFAULT_QUEUED, obj), Seeds.OWNER);
            runQueue(bed);
            Request failed = seeds.reload(req);
            assertEquals(RequestStatus.FAILED, failed.status());
            assertTrue(failed.statusReason().contains("rasterDef.numCells is 34 but its rowDefs hold 35 cells"),
                    failed.statusReason());
            assertEquals(x, motor(Descriptors.SAMPLE_X), 1e-6, "nothing moved");
        }
    }

    /** The rasterDef.status values the request went through, in order, from its revision log. */
    private static List<Integer> statusHistory(Seeds seeds, Request req) {
        return seeds.amostra().requests().history(req.uid()).stream()
                .map(Revision::after)
                .filter(d -> d != null && d.get("request_obj") instanceof org.bson.Document)
                .map(d -> ((org.bson.Document) d.get("request_obj")).get("rasterDef"))
                .filter(o -> o instanceof org.bson.Document)
                .map(o -> ((org.bson.Document) o).getInteger("status"))
                .distinct()
                .toList();
    }
}
