package org.lsdcfx.daq.routine.raster;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lsdcfx.amostra.Request;
import org.lsdcfx.amostra.RequestKeys;
import org.lsdcfx.amostra.RequestObj;
import org.lsdcfx.analysisstore.ResultContext;
import org.lsdcfx.analysisstore.payload.RasterCell;
import org.lsdcfx.analysisstore.payload.RasterResult;
import org.lsdcfx.analysisstore.payload.ResultTypes;
import org.lsdcfx.daq.routine.Routine;
import org.lsdcfx.daq.routine.RoutineContext;
import org.lsdcfx.daq.routine.RoutineRequest;
import org.lsdcfx.daq.routine.RoutineServices;
import org.lsdcfx.daq.routine.raster.files.RasterFiles;
import org.lsdcfx.daq.routine.raster.files.RowFrames;
import org.lsdcfx.daq.routine.raster.files.SeriesGeometry;
import org.lsdcfx.datafiles.layout.DataDirectory;
import org.lsdcfx.device.Beamline;
import org.lsdcfx.device.detector.ArmRequest;
import org.lsdcfx.device.motor.Goniometer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One raster (or multiCol) run: draw (status DRAWN), fly the rows with the detector armed once while spot finding
 * follows row by row, store {@code rasterResult}, announce READY_FOR_FILL, snap to the best cell (or back to the start
 * when nothing is found) and record {@code max_raster}, create the multiCol requests, announce READY_FOR_SNAPSHOT.
 * Each status change is written to {@code rasterDef.status} first, then the request uid to {@code xrecRasterFlag},
 * so the GUI reads the new status when it sees the flag — no fixed sleeps.
 *
 * <p>Runs on the routine thread; spot finding and file reading run on the raster services' pools.
 */
final class RasterRoutine implements Routine {
    private static final Logger log = LoggerFactory.getLogger(RasterRoutine.class);

    private final RoutineRequest request;
    private final RasterDef def;
    private final RasterGrid grid;
    private final boolean multiCol;
    private final RasterServices services;
    private Beamline beamline;
    private RasterFlight flight;
    private FlightPlan plan;
    private double[] startXyz;
    private double[] startFine;
    private double startOmega;

    RasterRoutine(RoutineRequest request, RasterDef def, boolean multiCol, RasterServices services) {
        this.request = request;
        this.def = def;
        this.grid = new RasterGrid(def);
        this.multiCol = multiCol;
        this.services = services;
    }

    @Override
    public void prepare(RoutineContext ctx) throws Exception {
        beamline = ctx.services().beamline().require();
        Goniometer g = beamline.goniometer();
        startXyz = new double[]{g.x().position(), g.y().position(), g.z().position()};
        startOmega = g.omega().position();
        startFine = new double[]{g.fineX().position(), g.fineY().position(), g.fineZ().position()};
        Double maxRate = beamline.profile().detector().maxFrameRateHz();
        FlightPlan plan = FlightPlan.of(grid, beamline.profile().motors(), maxRate == null ? 0 : maxRate,
                exposureOf(request.requestObj()));
        flight = new RasterFlight(ctx, beamline, grid, plan, services.settings().deviceTimeout());
        this.plan = plan;
    }

    @Override
    public void run(RoutineContext ctx) throws Exception {
        RoutineServices s = ctx.services();
        RequestNotes notes = new RequestNotes(s.amostra(), request.uid());
        RequestObj obj = request.requestObj();
        DataDirectory dir = services.placement().claim(s.visitDirectory(), obj, request.location(),
                Math.max(1, obj.getInt(RequestKeys.RUN_NUM, 1)));
        String series = RasterFiles.seriesName(obj);
        announce(ctx, notes, RasterStatus.DRAWN, Map.of(RequestKeys.DIRECTORY, dir.directory().toString()));
        log.info("raster {} ({}): {} cells in {} rows, {} ms per frame, fine stages at {}% of their speed, {} turnaround"
                        + " frames, files {}/{}", request.uid(), request.sample().name(), def.numCells(),
                def.rowDefs().size(), Math.round(plan.period() * 1000), Math.round(plan.speedFactor() * 100),
                plan.gapFrames(), dir.directory(), series);
        ctx.progress(0, "raster: moving to the start");
        flight.toStart();
        ctx.checkpoint();
        ArmRequest arm = new ArmRequest(plan.images(), plan.period() - 10e-6, plan.period(), series,
                dir.directory().toString(), plan.slot(), beamline.energy().energy(),
                beamline.detectorDistance().position(), def.omega(), 0);
        RasterResult result;
        long flownNanos;
        RasterFiles files = new RasterFiles(dir.directory(), series, services.settings().dataFileExtension(),
                plan.slot());
        SeriesGeometry geometry = SeriesGeometry.live(files.master(), beamline.profile().detector(),
                arm.detectorDistanceMm(), arm.photonEnergyEv());
        RowFrames rows = new RowFrames(services.frames(), files, geometry,
                new DetectorReadiness(beamline.detector(), plan, grid.flights().size()));
        // A cell may wait for its spots until the series has ended: a self-contained master is read only then.
        Duration bundle = services.settings().bundleTimeout()
                .plusMillis((long) (plan.images() * plan.period() * 1000));
        try (RasterAnalysis analysis = new RasterAnalysis(request.uid(), grid, rows, services, bundle, s.clock());
             LiveCellsPublisher live = new LiveCellsPublisher(analysis, s.status(), services.scheduler(),
                     LiveCellsPublisher.PERIOD)) {
            long t = System.nanoTime();
            flight.fly(arm, geometry::tryMaster, analysis::rowFlown);
            flownNanos = System.nanoTime();
            Duration wait = services.settings().bundleTimeout().plusSeconds(10);
            if (!analysis.await(wait)) {
                throw new RasterException("raster cells still missing " + wait.toSeconds() + " s after the last row");
            }
            result = analysis.result();
            log.info("raster {}: {} cells in {} ms ({} cells/s); last cell {} ms after the detector finished",
                    request.uid(), def.numCells(), (flownNanos - t) / 1_000_000,
                    String.format("%.1f", def.numCells() / ((flownNanos - t) / 1e9)),
                    Math.max(0, (analysis.lastCellNanos() - flownNanos) / 1_000_000));
            if (analysis.cellsWithoutSpots() > 0) {
                ctx.message("raster: " + analysis.cellsWithoutSpots() + " cells have no spot-finding result");
            }
        }
        Request current = s.amostra().requests().get(request.uid());
        s.analysisStore().create(ResultContext.forRequest(current.owner(), current.sample(), current.uid(),
                current.proposalID()), ResultTypes.RASTER_RESULT, result);
        announce(ctx, notes, RasterStatus.READY_FOR_FILL, Map.of());
        HeatMapScore score = new HeatMapScore(s.conftrak().rasterScoreFlag(), services.settings().minSpotsForHit());
        Optional<RasterCell> best = score.best(result);
        if (best.isPresent()) {
            RasterCell c = best.get();
            ctx.progress(1, "raster: snapping to cell " + c.index());
            flight.moveTo(new double[]{c.position().x(), c.position().y(), c.position().z()}, new double[3], def.omega());
            notes.update(o -> o.with(RequestKeys.MAX_RASTER, MaxRaster.of(c, def.omega())));
            ctx.message("raster: best cell " + c.index() + " (" + score.type().label() + " " + score.value(c) + ")");
        } else {
            flight.moveTo(startXyz, startFine, startOmega);
            ctx.message("raster: nothing found; back at the start");
        }
        if (multiCol) {
            double cutoff = obj.optDouble(RequestKeys.DIFF_CUTOFF).orElse(MultiColRequests.DEFAULT_CUTOFF);
            List<RasterCell> hits = score.above(result, cutoff);
            MultiColRequests.create(s.amostra(), s.amostra().requests().get(request.uid()), dir.directory(), hits);
            ctx.message("multiCol: " + hits.size() + " requests above " + cutoff);
        }
        announce(ctx, notes, RasterStatus.READY_FOR_SNAPSHOT, Map.of());
    }

    /** The request's exposure per cell in seconds, 0 when it gives none (fly as fast as the stages go). */
    static double exposureOf(RequestObj obj) {
        return obj.optDouble(RequestKeys.EXPOSURE_TIME).orElse(0.0);
    }

    @Override
    public void onAbort(RoutineContext ctx) {
        if (flight != null) {
            flight.stop();
        }
    }

    private void announce(RoutineContext ctx, RequestNotes notes, RasterStatus status, Map<String, Object> also) {
        notes.update(o -> {
            RequestObj n = o.with(RequestKeys.RASTER_DEF, RasterDef.fromMap(o.rasterDef()).withStatus(status).toMap());
            return also.isEmpty() ? n : n.withAll(also);
        });
        ctx.services().status().xrecRaster(request.uid());
    }
}
