package org.lsdcfx.daq.routine.raster;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.lsdcfx.amostra.Request;
import org.lsdcfx.amostra.RequestKeys;
import org.lsdcfx.amostra.RequestObj;
import org.lsdcfx.analysisstore.ResultContext;
import org.lsdcfx.analysisstore.payload.RasterCell;
import org.lsdcfx.analysisstore.payload.RasterResult;
import org.lsdcfx.analysisstore.payload.ResultTypes;
import org.lsdcfx.daq.routine.RoutineServices;
import org.lsdcfx.daq.routine.raster.files.RasterFiles;
import org.lsdcfx.daq.routine.raster.files.RowFrames;
import org.lsdcfx.daq.routine.raster.files.SeriesGeometry;
import org.lsdcfx.mxtools.profile.BeamlineProfile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * LSDC's {@code reprocessRaster(reqID)}: spot finding again on the files of a finished raster, through the same
 * {@link RasterAnalysis} and {@link RowFrames} as the live raster (geometry from the NXmx master), then a new
 * {@code rasterResult}, {@code max_raster} for it (removed when nothing is found; nothing moves), and
 * {@code rasterDef.status} READY_FOR_REPROCESS announced on {@code xrecRasterFlag}. Everything is checked and computed
 * before the first write: a missing file, an unreadable frame or a request that is not a finished raster changes
 * nothing. Runs on the calling thread; spot finding on the raster services' pool.
 */
final class RasterReprocessing {
    private static final Logger log = LoggerFactory.getLogger(RasterReprocessing.class);
    /** Extra bundling time per cell: coordinates of every cell are in at once, spots arrive as fast as files read. */
    private static final Duration PER_CELL = Duration.ofSeconds(2);

    private final RoutineServices services;
    private final RasterServices raster;

    RasterReprocessing(RoutineServices services, RasterServices raster) {
        this.services = services;
        this.raster = raster;
    }

    /** @return a line for the command reply */
    String run(String uid) throws IOException, InterruptedException {
        Request request = services.amostra().requests().get(uid);
        RequestObj obj = request.requestObj();
        if (!"raster".equals(obj.protocol()) && !"multiCol".equals(obj.protocol()) || obj.rasterDef() == null) {
            throw new IllegalArgumentException("request " + uid + " is not a raster (protocol " + obj.protocol() + ")");
        }
        if (request.isRunning()) {
            throw new IllegalArgumentException("raster " + uid + " is still running; reprocess it when it has finished");
        }
        if (obj.directory() == null || obj.directory().isBlank()) {
            throw new IllegalArgumentException("raster " + uid + " has no data directory: it never started");
        }
        RasterDef def = RasterDef.fromMap(obj.rasterDef());
        RasterGrid grid = new RasterGrid(def);
        RasterFiles files = new RasterFiles(Path.of(obj.directory()), RasterFiles.seriesName(obj),
                raster.settings().dataFileExtension(), 1);
        SeriesGeometry geometry = SeriesGeometry.fromMaster(files.master());
        files = files.withFramesPerFile(geometry.framesPerFile().orElseGet(() -> plannedSlot(grid, obj)));
        RowFrames rows = new RowFrames(raster.frames(), files, geometry, RowFrames.Readiness.finished());
        requireFrames(uid, grid, rows);

        long t0 = System.nanoTime();
        Duration bundle = raster.settings().bundleTimeout().plus(PER_CELL.multipliedBy(grid.cells().size()));
        RasterResult result;
        try (RasterAnalysis analysis = new RasterAnalysis(uid, grid, rows, raster, bundle, services.clock())) {
            for (int r = 0; r < grid.flights().size(); r++) {
                analysis.rowFlown(r);
            }
            if (!analysis.await(bundle.plusSeconds(10))) {
                throw new IllegalStateException("reprocessing raster " + uid + " did not finish within "
                        + bundle.plusSeconds(10).toSeconds() + " s; nothing stored");
            }
            if (analysis.cellsWithoutSpots() > 0) {
                throw new IllegalStateException(analysis.cellsWithoutSpots() + " cells of raster " + uid
                        + " could not be analysed; nothing stored");
            }
            result = analysis.result();
        }
        Request current = services.amostra().requests().get(uid);
        services.analysisStore().create(ResultContext.forRequest(current.owner(), current.sample(), current.uid(),
                current.proposalID()), ResultTypes.RASTER_RESULT, result);
        HeatMapScore score = new HeatMapScore(services.conftrak().rasterScoreFlag(), raster.settings().minSpotsForHit());
        Optional<RasterCell> best = score.best(result);
        new RequestNotes(services.amostra(), uid).update(o -> {
            RequestObj n = o.with(RequestKeys.RASTER_DEF,
                    RasterDef.fromMap(o.rasterDef()).withStatus(RasterStatus.READY_FOR_REPROCESS).toMap());
            return best.isPresent() ? n.with(RequestKeys.MAX_RASTER, MaxRaster.of(best.get(), def.omega()))
                    : n.without(RequestKeys.MAX_RASTER);
        });
        services.status().xrecRaster(uid);
        String summary = "raster " + uid + " reprocessed: " + result.cells().size() + " cells from " + files.directory()
                + " in " + (System.nanoTime() - t0) / 1_000_000 + " ms; " + best.map(c -> "best cell " + c.index()
                + " (" + score.type().label() + " " + score.value(c) + ")").orElse("nothing found");
        log.info(summary);
        return summary;
    }

    /** The flight slot the raster was armed with, recomputed from the profile (for masters that do not say). */
    private int plannedSlot(RasterGrid grid, RequestObj obj) {
        BeamlineProfile p = services.profile();
        Double rate = p.detector().maxFrameRateHz();
        return FlightPlan.of(grid, p.motors(), rate == null ? 0 : rate, RasterRoutine.exposureOf(obj)).slot();
    }

    /** Every row's frames are on disk, or the reason naming what is missing. */
    private static void requireFrames(String uid, RasterGrid grid, RowFrames rows) throws InterruptedException {
        List<String> missing = new ArrayList<>();
        for (int r = 0; r < grid.flights().size(); r++) {
            int n = grid.def().rowDefs().get(r).numsteps();
            try (RowFrames.Row row = rows.open(r)) {
                if (row.frames().frameCount() < n) {
                    missing.add(row.image() + " holds " + row.frames().frameCount() + " of row " + (r + 1) + "'s " + n
                            + " frames");
                }
            } catch (IOException e) {
                missing.add(e.getMessage());
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("raster " + uid + " cannot be reprocessed, its files are missing or "
                    + "incomplete: " + String.join("; ", missing.subList(0, Math.min(3, missing.size())))
                    + (missing.size() > 3 ? "; and " + (missing.size() - 3) + " more" : ""));
        }
    }
}
