package org.lsdcfx.daq.raster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lsdcfx.amostra.Request;
import org.lsdcfx.analysis.spots.io.FrameIO;
import org.lsdcfx.analysisstore.payload.RasterCell;
import org.lsdcfx.analysisstore.payload.RasterResult;
import org.lsdcfx.daq.command.CommandReply;
import org.lsdcfx.daq.dataset.DatasetSettings;
import org.lsdcfx.daq.routine.raster.RasterServices;
import org.lsdcfx.daq.routine.raster.RasterSettings;
import org.lsdcfx.daq.test.Calls;
import org.lsdcfx.daq.test.DaqTestBed;
import org.lsdcfx.daq.test.Seeds;
import org.lsdcfx.daq.test.SimHost;
import org.lsdcfx.datafiles.nxmx.fallback.JhdfNxmxBackend;
import org.lsdcfx.sim.detector.FrameSize;
import org.lsdcfx.sim.detector.NxmxFrameSink;
import org.lsdcfx.store.test.EmbeddedMongo;

/**
 * A raster when the simulated detector writes NXmx with the pure-Java jhdf fallback (forced here): no data files, one
 * self-contained master filled when the series closes, so the rows are read after the detector is idle; each cell
 * names the master and its frame in it. Reprocessing reads the same master and gives the same cells.
 */
class RasterJhdfFallbackTest {
    @RegisterExtension
    static EmbeddedMongo mongo = new EmbeddedMongo();

    private static SimHost sim;
    private static RasterServices services;

    @BeforeAll
    static void startSimulator() throws Exception {
        sim = SimHost.start("RJF", 1.0, c -> c.withFrameSize(new FrameSize(256, 256))
                .withFrameSink(new NxmxFrameSink(new JhdfNxmxBackend(), Clock.systemUTC())));
        services = new RasterServices(FrameIO.standard(), 2, DatasetSettings.defaults(), RasterSettings.defaults());
    }

    @AfterAll
    static void stopSimulator() throws Exception {
        services.close();
        sim.close();
    }

    @Test
    void rowsAreReadFromTheSelfContainedMasterOnceTheSeriesCloses() throws Exception {
        try (DaqTestBed bed = RasterBed.start(mongo.connection(), sim, services)) {
            Seeds seeds = new Seeds(mongo.connection(), "sim", sim.dataRoot()).dewarWithSamples(1).mounted(0);
            double[] c = RasterBed.CRYSTAL;
            Request req = RasterBed.queueRaster(sim, seeds, c[0] - RasterBed.STEP, c[1] + RasterBed.STEP, c[2], Map.of());
            CommandReply end = RasterBed.runQueue(bed);
            assertEquals(CommandReply.Phase.DONE, end.phase(), end.reason());

            RasterResult live = RasterBed.latest(mongo.connection(), req);
            RasterCell best = live.bestBySpotCount().orElseThrow();
            assertTrue(Math.abs(best.position().x() - c[0]) <= RasterBed.STEP
                    && Math.abs(best.position().y() - c[1]) <= RasterBed.STEP, "best cell at " + best.position());
            assertTrue(best.scores().spotCountNoIce() >= 20, "spots on the crystal: " + best.scores());
            int slot = live.cells().stream().filter(x -> x.row() == 1).mapToInt(RasterCell::imageIndex).min().orElseThrow() - 1;
            assertTrue(slot >= 7, "rows lie one flight slot apart in the master: " + slot);
            for (RasterCell cell : live.cells()) {
                assertTrue(cell.image().endsWith("_Raster_1_master.h5"), cell.image());
                assertEquals(cell.row() * slot + cell.column() + 1, cell.imageIndex(), "frame of cell " + cell.index());
            }
            assertTrue(Files.list(Path.of(best.image()).getParent())
                    .noneMatch(p -> p.getFileName().toString().contains("_data_")), "no data files");

            Calls.done(bed.client(), "reprocessRaster", req.uid());
            assertEquals(live.cells(), RasterBed.latest(mongo.connection(), req).cells(),
                    "reprocessing the master gives the live cells, cell by cell");
        }
    }
}
