package org.lsdcfx.daq.raster;

import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.lsdcfx.amostra.NewRequest;
import org.lsdcfx.amostra.Priority;
import org.lsdcfx.amostra.Request;
import org.lsdcfx.amostra.RequestObj;
import org.lsdcfx.analysisstore.AnalysisStore;
import org.lsdcfx.analysisstore.payload.RasterResult;
import org.lsdcfx.analysisstore.payload.ResultTypes;
import org.lsdcfx.daq.command.CommandReply;
import org.lsdcfx.daq.routine.ProtocolRegistry;
import org.lsdcfx.daq.routine.raster.RasterDef;
import org.lsdcfx.daq.routine.raster.RasterDefiner;
import org.lsdcfx.daq.routine.raster.RasterProtocols;
import org.lsdcfx.daq.routine.raster.RasterServices;
import org.lsdcfx.daq.test.DaqTestBed;
import org.lsdcfx.daq.test.Seeds;
import org.lsdcfx.daq.test.SimHost;
import org.lsdcfx.sim.sample.SimSample;
import org.lsdcfx.store.Revision;
import org.lsdcfx.store.StoreConnection;

/** Shared steps of the raster tests on NXmx files: a daq server with the raster protocols, a 7 × 5 raster request. */
final class RasterBed {
    static final Duration RUN = Duration.ofSeconds(90);
    static final double STEP = 20;
    /** The demo crystal (60 µm) centre, sample-stage µm. */
    static final double[] CRYSTAL = {30, 20, -10};

    private RasterBed() {
    }

    static DaqTestBed start(StoreConnection store, SimHost sim, RasterServices services) throws Exception {
        sim.sim().controls().setCrystals(SimSample.DEMO.crystals());
        Files.createDirectories(sim.dataRoot().resolve("mx" + Seeds.PROPOSAL + "-1"));
        return DaqTestBed.builder(store).simulator(sim).staff(DaqTestBed.ME).visitDirectory(sim.dataRoot())
                .protocols(RasterProtocols.registerAll(new ProtocolRegistry(), services)).start();
    }

    /** A 7 × 5 raster at 20 µm centred on (x, y, z) at omega 0, queued on the mounted sample. */
    static Request queueRaster(SimHost sim, Seeds seeds, double x, double y, double z, Map<String, Object> more) {
        RasterDef def = new RasterDefiner(6).define(7 * STEP, 5 * STEP, STEP, new double[]{x, y, z, 0}, false);
        RequestObj obj = RequestObj.builder().protocol("raster").sweep(0, 0.1).exposureTime(0.1)
                .files(sim.dataRoot().toString(), "mx" + Seeds.PROPOSAL + "-1", seeds.sample(0).name(), 1, "PUCK-A", 1)
                .set("rasterDef", def.toMap()).build().withAll(more);
        return seeds.amostra().requests().create(new NewRequest(seeds.sample(0).uid(), Seeds.OWNER, Seeds.PROPOSAL,
                Priority.DEFAULT_QUEUED, obj), Seeds.OWNER);
    }

    static CommandReply runQueue(DaqTestBed bed) {
        return bed.client().awaitFinal(bed.client().send("runDCQueue").id(), RUN);
    }

    static AnalysisStore results(StoreConnection store) {
        return new AnalysisStore(store, Clock.systemUTC(), "sim");
    }

    static RasterResult latest(StoreConnection store, Request r) {
        return results(store).latest(r.uid(), ResultTypes.RASTER_RESULT).orElseThrow();
    }

    /** The rasterDef.status values the request went through, in order, from its revision log. */
    static List<Integer> statusHistory(Seeds seeds, Request req) {
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
