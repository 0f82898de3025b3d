package org.lsdcfx.gui.raster;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.lsdcfx.amostra.Request;
import org.lsdcfx.amostra.RequestKeys;
import org.lsdcfx.amostra.RequestObj;
import org.lsdcfx.analysisstore.ResultContext;
import org.lsdcfx.analysisstore.payload.RasterResult;
import org.lsdcfx.analysisstore.payload.ResultTypes;
import org.lsdcfx.daq.comm.LiveRasterCells;
import org.lsdcfx.daq.comm.StatusBoard;
import org.lsdcfx.daq.routine.Protocol;
import org.lsdcfx.daq.routine.Routine;
import org.lsdcfx.daq.routine.RoutineContext;
import org.lsdcfx.daq.routine.RoutineRequest;
import org.lsdcfx.daq.routine.RoutineServices;
import org.lsdcfx.daq.routine.raster.RasterDef;
import org.lsdcfx.daq.routine.raster.RasterStatus;

/**
 * A {@code raster} protocol for GUI tests that does what the server's raster routine tells the GUI, without flying
 * the beamline or finding spots: run by the real queue on the daq server, it writes {@code rasterDef.status}, the
 * {@code rasterResult} (given by the test) and {@code max_raster} to the stores and announces each status on
 * {@code xrecRasterFlag} through the server's status board, in the routine's order. It holds after DRAWN until the
 * test releases it, so the test can see the raster drawn before it is filled.
 */
final class AnnouncingRasterProtocol implements Protocol {
    private final CompletableFuture<RasterResult> release = new CompletableFuture<>();
    private final CompletableFuture<Void> drawn = new CompletableFuture<>();
    private volatile StatusBoard board;

    /** Lets the routine store {@code result} and finish; {@code result.rasterReqID()} must be the running request. */
    void fill(RasterResult result) {
        release.complete(result);
    }

    CompletableFuture<Void> drawn() {
        return drawn;
    }

    /** Publishes live cells on {@code raster_cells} as the server's raster routine does; after {@link #drawn()}. */
    void live(LiveRasterCells cells) {
        board.rasterCells(cells);
    }

    @Override
    public String name() {
        return "raster";
    }

    @Override
    public String description() {
        return "test: announce DRAWN, store the test's rasterResult, READY_FOR_FILL, max_raster, READY_FOR_SNAPSHOT";
    }

    @Override
    public Routine create(RoutineRequest request) {
        return ctx -> run(ctx, request);
    }

    private void run(RoutineContext ctx, RoutineRequest request) throws Exception {
        RoutineServices s = ctx.services();
        board = s.status();
        announce(s, request.uid(), RasterStatus.DRAWN, o -> o);
        drawn.complete(null);
        RasterResult result;
        try {
            result = release.get(60, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("the test never released the raster", e);
        }
        ctx.checkpoint();
        Request r = s.amostra().requests().get(request.uid());
        s.analysisStore().create(ResultContext.forRequest(r.owner(), r.sample(), r.uid(), r.proposalID()),
                ResultTypes.RASTER_RESULT, result);
        announce(s, request.uid(), RasterStatus.READY_FOR_FILL, o -> o);
        int best = result.bestBySpotCount().orElseThrow().index();
        announce(s, request.uid(), RasterStatus.READY_FOR_SNAPSHOT,
                o -> o.with(RequestKeys.MAX_RASTER, Map.of("index", best, "file", "f", "omega", 0.0)));
    }

    private static void announce(RoutineServices s, String uid, RasterStatus status, UnaryOperator<RequestObj> also) {
        Request r = s.amostra().requests().get(uid);
        RequestObj o = r.requestObj();
        o = also.apply(o.with(RequestKeys.RASTER_DEF, RasterDef.fromMap(o.rasterDef()).withStatus(status).toMap()));
        s.amostra().requests().update(uid, r.version(), o, "daq");
        s.status().xrecRaster(uid);
    }
}
