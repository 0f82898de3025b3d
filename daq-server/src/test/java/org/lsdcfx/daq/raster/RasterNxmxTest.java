package org.lsdcfx.daq.raster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
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
import org.lsdcfx.analysisstore.payload.RasterCell;
import org.lsdcfx.analysisstore.payload.RasterResult;
import org.lsdcfx.analysisstore.payload.ResultTypes;
import org.lsdcfx.daq.comm.CommPvNames;
import org.lsdcfx.daq.command.CommandReply;
import org.lsdcfx.daq.dataset.DatasetSettings;
import org.lsdcfx.daq.routine.raster.RasterServices;
import org.lsdcfx.daq.routine.raster.RasterSettings;
import org.lsdcfx.daq.test.Calls;
import org.lsdcfx.daq.test.DaqTestBed;
import org.lsdcfx.daq.test.Seeds;
import org.lsdcfx.daq.test.SimHost;
import org.lsdcfx.datafiles.nxmx.NxmxBackends;
import org.lsdcfx.sim.detector.FrameSize;
import org.lsdcfx.sim.detector.NxmxFrameSink;
import org.lsdcfx.store.test.EmbeddedMongo;

/**
 * Rasters on Eiger-style NXmx files (the HDF Group's JNI writer in the simulator, in this JVM: a master and one data
 * file per row, read back with jhdf while the writer holds the series), and {@code reprocessRaster} on the same files:
 * the same cells, cell by cell, and every bad request refused with nothing changed.
 */
class RasterNxmxTest {
    @RegisterExtension
    static EmbeddedMongo mongo = new EmbeddedMongo();

    private static SimHost sim;
    private static RasterServices services;

    @BeforeAll
    static void startSimulator() throws Exception {
        sim = SimHost.start("RNX", 1.0, c -> c.withFrameSize(new FrameSize(256, 256)).withFrameSink(
                new NxmxFrameSink(NxmxBackends.select(NxmxBackends.Preference.JNI).backend(), Clock.systemUTC())));
        services = new RasterServices(FrameIO.standard(), 2, DatasetSettings.defaults(), RasterSettings.defaults());
    }

    @AfterAll
    static void stopSimulator() throws Exception {
        services.close();
        sim.close();
    }

    @Test
    void heatMapPeaksOnTheCrystalAndReprocessingGivesTheSameCells() throws Exception {
        try (DaqTestBed bed = RasterBed.start(mongo.connection(), sim, services)) {
            Seeds seeds = new Seeds(mongo.connection(), "sim", sim.dataRoot()).dewarWithSamples(1).mounted(0);
            double[] c = RasterBed.CRYSTAL;
            Request req = RasterBed.queueRaster(sim, seeds, c[0] - RasterBed.STEP, c[1] + RasterBed.STEP, c[2], Map.of());
            CommandReply end = RasterBed.runQueue(bed);
            assertEquals(CommandReply.Phase.DONE, end.phase(), end.reason());
            assertEquals(RequestStatus.DONE, seeds.reload(req).status(), seeds.reload(req).statusReason());

            RasterResult live = RasterBed.latest(mongo.connection(), req);
            assertEquals(35, live.cells().size());
            RasterCell best = live.bestBySpotCount().orElseThrow();
            assertTrue(Math.abs(best.position().x() - c[0]) <= RasterBed.STEP
                    && Math.abs(best.position().y() - c[1]) <= RasterBed.STEP, "best cell at " + best.position());
            assertTrue(best.scores().spotCountNoIce() >= 20, "spots on the crystal: " + best.scores());
            assertTrue(best.scores().resolution() < 50, "a resolution from the master's geometry: " + best.scores());
            for (RasterCell cell : live.cells()) {
                double d = Math.hypot(cell.position().x() - c[0], cell.position().y() - c[1]);
                if (d > 60) {
                    assertTrue(cell.scores().spotCountNoIce() <= 2, "cell " + cell.index() + " " + d + " µm away: "
                            + cell.scores());
                }
                assertTrue(cell.image().endsWith(String.format("_Raster_1_data_%06d.h5", cell.row() + 1)), cell.image());
                assertTrue(cell.imageIndex() >= 1 && cell.imageIndex() <= 7, "frame in the row's file: " + cell.imageIndex());
            }
            assertTrue(Files.isRegularFile(Path.of(best.image()).resolveSibling(
                    Path.of(best.image()).getFileName().toString().replaceAll("_data_\\d+\\.h5", "_master.h5"))));

            Calls.done(bed.client(), "reprocessRaster", req.uid());
            RasterResult again = RasterBed.latest(mongo.connection(), req);
            assertEquals(2, RasterBed.results(mongo.connection()).forRequest(req.uid(), ResultTypes.RASTER_RESULT
                    .resultType()).size(), "a new rasterResult beside the first");
            assertEquals(live.cells(), again.cells(), "reprocessing the files gives the live cells, cell by cell");
            Request after = seeds.reload(req);
            assertEquals(best.index(), ((Number) after.requestObj().getBlock("max_raster").get("index")).intValue());
            assertEquals(java.util.List.of(0, 1, 2, 3, 4), RasterBed.statusHistory(seeds, req),
                    "... READY_FOR_SNAPSHOT, then READY_FOR_REPROCESS");
            assertEquals(req.uid(), bed.pvs().string(CommPvNames.XREC_RASTER_FLAG));
        }
    }

    @Test
    void reprocessRasterRefusesWhatItCannotReprocessAndChangesNothing() throws Exception {
        try (DaqTestBed bed = RasterBed.start(mongo.connection(), sim, services)) {
            Seeds seeds = new Seeds(mongo.connection(), "sim", sim.dataRoot()).dewarWithSamples(1).mounted(0);
            assertTrue(Calls.rejected(bed.client(), "reprocessRaster", "../x").contains("reqID"));
            assertTrue(Calls.failed(bed.client(), "reprocessRaster", "no-such-request").contains("there is no request"));

            RequestObj standard = RequestObj.builder().protocol("standard").sweep(0, 1).exposureTime(0.1)
                    .files(sim.dataRoot().toString(), "mx" + Seeds.PROPOSAL + "-1", seeds.sample(0).name(), 1, "PUCK-A", 1)
                    .build();
            Request notRaster = seeds.amostra().requests().create(new NewRequest(seeds.sample(0).uid(), Seeds.OWNER,
                    Seeds.PROPOSAL, Priority.UNQUEUED, standard), Seeds.OWNER);
            assertTrue(Calls.failed(bed.client(), "reprocessRaster", notRaster.uid()).contains("is not a raster"));

            Request req = RasterBed.queueRaster(sim, seeds, -400, 20, -10, Map.of());
            assertTrue(Calls.failed(bed.client(), "reprocessRaster", req.uid()).contains("missing"),
                    "a raster that never ran has no files");
            CommandReply end = RasterBed.runQueue(bed);
            assertEquals(CommandReply.Phase.DONE, end.phase(), end.reason());
            Request done = seeds.reload(req);
            RasterResult first = RasterBed.latest(mongo.connection(), req);
            Path row3 = Path.of(first.cells().get(14).image());
            Path aside = row3.resolveSibling("moved-away.h5");
            Files.move(row3, aside);
            try {
                String reason = Calls.failed(bed.client(), "reprocessRaster", req.uid());
                assertTrue(reason.contains("missing") && reason.contains(row3.getFileName().toString()), reason);
            } finally {
                Files.move(aside, row3);
            }
            assertEquals(1, RasterBed.results(mongo.connection()).forRequest(req.uid(), ResultTypes.RASTER_RESULT
                    .resultType()).size(), "no result stored");
            assertEquals(done.version(), seeds.reload(req).version(), "the request is unchanged");
            assertFalse(RasterBed.statusHistory(seeds, req).contains(4));
        }
    }
}
