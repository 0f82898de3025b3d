package org.lsdcfx.daq.autoraster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lsdcfx.amostra.Request;
import org.lsdcfx.amostra.RequestObj;
import org.lsdcfx.amostra.RequestStatus;
import org.lsdcfx.analysis.spots.io.FrameIO;
import org.lsdcfx.analysis.synth.VirtualCrystal;
import org.lsdcfx.analysisstore.payload.RasterResult;
import org.lsdcfx.analysisstore.payload.ResultTypes;
import org.lsdcfx.daq.command.CommandReply;
import org.lsdcfx.daq.dataset.DatasetSettings;
import org.lsdcfx.daq.routine.center.LoopCentringSettings;
import org.lsdcfx.daq.routine.center.OpticalLoopCentring;
import org.lsdcfx.daq.routine.raster.RasterDef;
import org.lsdcfx.daq.routine.raster.RasterServices;
import org.lsdcfx.daq.routine.raster.RasterSettings;
import org.lsdcfx.daq.test.Await;
import org.lsdcfx.daq.test.Calls;
import org.lsdcfx.daq.test.SimHost;
import org.lsdcfx.mxtools.profile.Descriptors;
import org.lsdcfx.sim.detector.BinaryFrameFormat;
import org.lsdcfx.sim.detector.FrameSize;
import org.lsdcfx.sim.sample.GoniometerPose;
import org.lsdcfx.store.test.EmbeddedMongo;

/**
 * Auto-raster and raster screening end to end over PVA on the simulated beamline: the queue runs the request, the loop
 * is centred ({@link StandInLoopCentring}), the rasters fly on the simulator (time scale 1, 256 × 256 frames, raster
 * frames through the binary sink, datasets as NXmx, see {@link RoutedFrameSink}) with online spot finding, results go
 * to the embedded store. The truth is the simulator's crystal, seen through {@link GoniometerPose}.
 */
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class AutoRasterTest {
    @RegisterExtension
    static EmbeddedMongo mongo = new EmbeddedMongo();

    private static final Duration RUN = Duration.ofSeconds(240);
    /** Auto-raster's step for the stand-in's 100 µm loop (and the simulator's 200 µm one: both below LSDC's 150 000 µm² for the coarse step). */
    private static final double STEP = 10;
    /** A 30 µm crystal off the loop centre in all three directions (sample-frame µm), off the 10 µm grid. */
    private static final double[] XTAL = {43, -27, 18};
    private static final VirtualCrystal CRYSTAL = new VirtualCrystal(XTAL[0] / 1000, XTAL[1] / 1000, XTAL[2] / 1000,
            0.030, 1);
    private static SimHost sim;
    private static RasterServices rasters;

    @BeforeAll
    static void startSimulator() throws Exception {
        // motion and frames in real time (the rasters), mounts and governor moves 20 times faster
        sim = SimHost.start("ART", 1.0, c -> c.withFrameSink(new RoutedFrameSink()).withFrameSize(new FrameSize(256, 256))
                .withMechanismScale(0.05));
        rasters = new RasterServices(new FrameIO(List.of(new BinaryFrameFormat())), 2, DatasetSettings.defaults(),
                RasterSettings.defaults().withDataFileExtension("bin"));
    }

    @AfterAll
    static void stopSimulator() throws Exception {
        rasters.close();
        sim.close();
    }

    private AutoRasterBed bed() throws Exception {
        return new AutoRasterBed(mongo.connection(), sim, rasters,
                new StandInLoopCentring(() -> sim.sim().controls().crystals()));
    }

    private static double motor(String d) {
        return sim.sim().controls().motorPosition(d);
    }

    /** Where the goniometer holds the sample, at {@code omega}. */
    private static GoniometerPose poseAt(double omega) {
        return new GoniometerPose(motor(Descriptors.SAMPLE_X) + motor(Descriptors.FINE_X),
                motor(Descriptors.SAMPLE_Y) + motor(Descriptors.FINE_Y),
                motor(Descriptors.SAMPLE_Z) + motor(Descriptors.FINE_Z), omega);
    }

    private static RasterResult result(AutoRasterBed c, Request r) {
        return c.results().latest(r.uid(), ResultTypes.RASTER_RESULT).orElseThrow(() ->
                new AssertionError("no rasterResult for " + r.uid()));
    }

    /** Runs the queue to its end and returns the request, which must be done. */
    private static Request runToDone(AutoRasterBed c, Request r) {
        CommandReply end = c.runQueue(RUN);
        assertEquals(CommandReply.Phase.DONE, end.phase(), end.reason());
        Request done = c.reload(r);
        assertEquals(RequestStatus.DONE, done.status(), done.statusReason());
        return done;
    }

    /** The crystal centre within one raster cell of the beam: along the axis, face-on and side-on. */
    private static String assertCentred(GoniometerPose faceOn, GoniometerPose sideOn) {
        String where = "goniometer " + faceOn + ", crystal " + java.util.Arrays.toString(XTAL);
        assertTrue(Math.abs(faceOn.horizontalUm(XTAL[0])) <= STEP, where);
        assertTrue(Math.abs(faceOn.verticalUm(XTAL[1], XTAL[2])) <= STEP, where);
        assertTrue(Math.abs(sideOn.verticalUm(XTAL[1], XTAL[2])) <= STEP, where);
        return where;
    }

    /** The child raster is a real raster request of the parent, done, named as LSDC's defineRectRaster names it. */
    private static RasterDef checkChild(AutoRasterBed c, Request child, Request parent, int sequence, double omega) {
        RequestObj o = child.requestObj();
        assertEquals("raster", o.protocol());
        assertEquals(RequestStatus.DONE, child.status(), child.statusReason());
        assertEquals(parent.sample(), child.sample());
        assertEquals("xtal-1_r", o.filePrefix());
        assertEquals(sequence, o.fileNumberStart());
        assertEquals(parent.uid(), o.get("parentReqID"));
        org.bson.Document created = (org.bson.Document) c.amostra().requests().history(child.uid()).get(0).after()
                .get("request_obj");
        assertTrue(created.getString("directory").endsWith("/PUCK-A_1/rasterImages/"),
                "created in the parent's directory's rasterImages/: " + created.getString("directory"));
        RasterDef def = RasterDef.fromMap(o.rasterDef());
        assertEquals(omega, def.omega(), 1e-9);
        assertEquals(STEP, def.stepsize(), 1e-9);
        assertEquals(def.numCells(), result(c, child).cells().size(), "every cell has a result");
        return def;
    }

    @Test
    void autoRasterLoopCentresTheCrystalWithinOneCellThenCollects() throws Exception {
        sim.sim().controls().setCrystals(List.of(CRYSTAL));
        try (AutoRasterBed c = bed()) {
            Request r = c.queue(0, c.builder(0, "standard").sweep(0, 1).imgWidth(0.5).exposureTime(0.05)
                    .centeringOption("AutoRaster").build());
            long t0 = System.nanoTime();
            Request done = runToDone(c, r);
            double seconds = (System.nanoTime() - t0) / 1e9;

            GoniometerPose faceOn = poseAt(0);
            GoniometerPose sideOn = poseAt(90);
            String where = assertCentred(faceOn, sideOn);
            // the loop centre is at depth 0; the crystal at 18 µm lies between the 10 and 20 µm cells, either may win
            assertTrue(Math.abs(faceOn.zUm()) >= STEP / 2, "the depth came from the orthogonal raster, not the loop: " + where);
            System.out.printf(java.util.Locale.ROOT, "autoRasterLoop: crystal centre off the beam by %.1f µm along the"
                            + " axis, %.1f µm face-on, %.1f µm side-on (cell %.0f µm); request with mount, two rasters"
                            + " and a 2-frame dataset %.1f s%n", faceOn.horizontalUm(XTAL[0]),
                    faceOn.verticalUm(XTAL[1], XTAL[2]), sideOn.verticalUm(XTAL[1], XTAL[2]), STEP, seconds);

            List<Request> children = c.childRasters(r);
            assertEquals(2, children.size(), "face-on and orthogonal rasters");
            RasterDef face = checkChild(c, children.get(0), r, 1, 0);
            RasterDef side = checkChild(c, children.get(1), r, 2, 90);
            assertEquals(11 * 11, face.numCells(), "the 100 µm loop at 10 µm, odd cell counts");
            assertEquals(11, side.rowDefs().get(0).numsteps(), "the orthogonal raster is as wide as the face-on one");

            Map<String, Object> dataset = done.requestObj().getBlock("lsdcfx_dataset");
            assertEquals("complete", dataset.get("status"), "collected after centring: " + dataset);
            assertTrue(c.messages().stream().anyMatch(m -> m.startsWith("AutoRaster: sample xtal-1 centred at")),
                    "centring reported: " + c.messages());
        }
    }

    /** End to end with the optical loop centring on the simulated camera instead of the stand-in. */
    @Test
    void withOpticalLoopCentringFromADisplacedStartTheCrystalIsCentredAndCollected() throws Exception {
        sim.sim().controls().setCrystals(List.of(CRYSTAL));
        try (AutoRasterBed c = new AutoRasterBed(mongo.connection(), sim, rasters,
                new OpticalLoopCentring(LoopCentringSettings.defaults()))) {
            c.goniometerAt(sim, -150, 120, -100, 30);
            Request r = c.queue(0, c.builder(0, "standard").sweep(0, 1).imgWidth(0.5).exposureTime(0.05)
                    .centeringOption("AutoRaster").build());
            long t0 = System.nanoTime();
            Request done = runToDone(c, r);
            double seconds = (System.nanoTime() - t0) / 1e9;
            List<Request> children = c.childRasters(r);
            assertEquals(2, children.size(), "face-on and orthogonal rasters");
            double faceOnOmega = RasterDef.fromMap(children.get(0).requestObj().rasterDef()).omega();
            GoniometerPose faceOn = poseAt(faceOnOmega);
            GoniometerPose sideOn = poseAt(faceOnOmega + 90);
            assertCentred(faceOn, sideOn);
            assertEquals("complete", done.requestObj().getBlock("lsdcfx_dataset").get("status"), "collected");
            System.out.printf(java.util.Locale.ROOT, "autoRasterLoop with optical loop centring from 150/120/100 µm"
                            + " off at omega 30: face-on omega %.2f, crystal off the beam by %.1f / %.1f / %.1f µm;"
                            + " %.1f s with mount and collection%n", faceOnOmega, faceOn.horizontalUm(XTAL[0]),
                    faceOn.verticalUm(XTAL[1], XTAL[2]), sideOn.verticalUm(XTAL[1], XTAL[2]), seconds);
        }
    }

    /**
     * Runs last: a raster flown right after this abort saw no diffraction at all (every cell 0 spots, on a crystal
     * the same raster finds otherwise), an after-abort state outside auto-raster that is reported, not hidden here.
     */
    @Test
    @org.junit.jupiter.api.Order(Integer.MAX_VALUE)
    void anAbortDuringTheFaceOnRasterInterruptsTheRequestAndItsRaster() throws Exception {
        sim.sim().controls().setCrystals(List.of(CRYSTAL));
        try (AutoRasterBed c = bed()) {
            Request r = c.queue(0, c.builder(0, "standard").sweep(0, 1).imgWidth(0.5).exposureTime(0.05)
                    .centeringOption("AutoRaster").build());
            String run = c.bed().client().send("runDCQueue").id();
            Await.until(RUN, () -> !c.childRasters(r).isEmpty() && sim.sim().controls().motorMoving(Descriptors.FINE_X),
                    "face-on raster flying");
            long t0 = System.nanoTime();
            Calls.doneImmediate(c.bed().client(), "abort_data_collection");
            CommandReply end = c.bed().client().awaitFinal(run, RUN);
            double ms = (System.nanoTime() - t0) / 1e6;
            assertTrue(end.reason().startsWith("aborted:"), end.reason());
            assertTrue(ms < 10_000, "abort took " + ms + " ms");
            assertEquals(RequestStatus.INTERRUPTED, c.reload(r).status(), c.reload(r).statusReason());
            List<Request> children = c.childRasters(r);
            assertEquals(1, children.size(), "stopped in the face-on raster");
            assertEquals(RequestStatus.INTERRUPTED, children.get(0).status(), children.get(0).statusReason());
            assertNothingCollected(c.reload(r));
            System.out.printf(java.util.Locale.ROOT, "autoRasterLoop abort during the face-on raster: %.0f ms%n", ms);
        }
    }

    @Test
    void noHitInTheFaceOnRasterFailsClearlyAndCollectsNothing() throws Exception {
        sim.sim().controls().setCrystals(List.of());
        try (AutoRasterBed c = bed()) {
            Request r = c.queue(0, c.builder(0, "standard").sweep(0, 1).imgWidth(0.5).exposureTime(0.05)
                    .centeringOption("AutoRaster").build());
            c.runQueue(RUN);
            Request failed = c.reload(r);
            assertEquals(RequestStatus.FAILED, failed.status());
            assertTrue(failed.statusReason().contains("face-on raster") && failed.statusReason().contains(
                    "found no diffraction on sample xtal-1"), failed.statusReason());
            assertNothingCollected(failed);
            assertTrue(masters(c.visitPath()).isEmpty(), "no dataset written: " + masters(c.visitPath()));
            List<Request> children = c.childRasters(r);
            assertEquals(1, children.size(), "no orthogonal raster after an empty face-on one");
            checkChild(c, children.get(0), r, 1, 0);
        }
    }

    @Test
    void oscRangeZeroStopsAfterTheFaceOnRaster() throws Exception {
        sim.sim().controls().setCrystals(List.of(CRYSTAL));
        try (AutoRasterBed c = bed()) {
            Request r = c.queue(0, c.builder(0, "centreOnly").sweep(0, 0).imgWidth(0.5).exposureTime(0.05)
                    .centeringOption("AutoRaster").build());
            CommandReply end = c.runQueue(RUN);
            assertEquals(CommandReply.Phase.DONE, end.phase(), end.reason());
            assertEquals(RequestStatus.DONE, c.reload(r).status(), c.reload(r).statusReason());
            List<Request> children = c.childRasters(r);
            assertEquals(1, children.size(), "screening: the face-on raster only");
            checkChild(c, children.get(0), r, 1, 0);
            GoniometerPose faceOn = poseAt(0);
            assertTrue(Math.abs(faceOn.horizontalUm(XTAL[0])) <= STEP, "at the face-on best cell: " + faceOn);
            assertTrue(Math.abs(faceOn.verticalUm(XTAL[1], XTAL[2])) <= STEP, "at the face-on best cell: " + faceOn);
            assertEquals(0, faceOn.zUm(), 0.5, "no depth centring without the orthogonal raster");
            assertEquals(0, motor(Descriptors.OMEGA), 0.01, "face-on");
            assertTrue(c.messages().stream().anyMatch(m -> m.contains("osc range 0 (screening)")), c.messages().toString());
        }
    }

    @Test
    void rasterScreenRastersAroundTheLoopAndLeavesTheResult() throws Exception {
        // a 60 µm crystal on the 20 µm grid, so the screening raster hits its middle
        sim.sim().controls().setCrystals(List.of(new VirtualCrystal(0.040, -0.040, 0, 0.060, 1)));
        try (AutoRasterBed c = bed()) {
            Request r = c.queue(0, c.builder(0, "rasterScreen").sweep(0, 0.1).exposureTime(0.05).set("gridStep", 20.0)
                    .build());
            CommandReply end = c.runQueue(RUN);
            assertEquals(CommandReply.Phase.DONE, end.phase(), end.reason());
            Request done = c.reload(r);
            assertEquals(RequestStatus.DONE, done.status(), done.statusReason());
            List<Request> children = c.childRasters(r);
            assertEquals(1, children.size());
            Request child = children.get(0);
            assertEquals(RequestStatus.DONE, child.status(), child.statusReason());
            RasterDef def = RasterDef.fromMap(child.requestObj().rasterDef());
            assertEquals(20, def.stepsize(), 1e-9, "the request's gridStep");
            // 1.5 x 100 µm wide, 2.5 x 100 µm high at 20 µm: 7.5 and 12.5 cells, made whole and odd: 9 and 13
            assertEquals(13, def.rowDefs().size());
            assertEquals(9, def.rowDefs().get(0).numsteps());
            RasterResult result = result(c, child);
            assertEquals(117, result.cells().size());
            assertTrue(result.cells().stream().anyMatch(cell -> cell.scores().spotCountNoIce() >= 3), () -> "the crystal"
                    + " is hit; strongest cells: " + result.cells().stream().sorted(java.util.Comparator.comparingInt(
                            (org.lsdcfx.analysisstore.payload.RasterCell x) -> -x.scores().spotCountNoIce())).limit(4)
                    .map(x -> x.index() + "@" + x.position() + "=" + x.scores()).toList() + "; messages " + c.messages());
            assertNothingCollected(done);
            assertTrue(masters(c.visitPath()).isEmpty(), "no dataset written");
            assertTrue(c.messages().stream().anyMatch(m -> m.matches("rasterScreen: \\d+ of 117 cells are hits; best cell .*")),
                    "hits summarised: " + c.messages());
        }
    }

    /** No frame recorded on the request (the collection records its planned dataset before centring). */
    private static void assertNothingCollected(Request r) {
        Map<String, Object> dataset = r.requestObj().getBlock("lsdcfx_dataset");
        assertTrue(dataset.isEmpty() || ((Number) dataset.get("frames_written")).intValue() == 0,
                "no frames collected: " + dataset);
    }

    private static List<Path> masters(Path root) throws Exception {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.getFileName().toString().endsWith("_master.h5")).toList();
        }
    }
}
