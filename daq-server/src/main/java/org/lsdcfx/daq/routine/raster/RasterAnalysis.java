package org.lsdcfx.daq.routine.raster;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.lsdcfx.analysis.spots.FrameResult;
import org.lsdcfx.analysis.spots.io.FrameSeries;
import org.lsdcfx.analysis.spots.online.CellResult;
import org.lsdcfx.analysis.spots.online.PointBundler;
import org.lsdcfx.analysisstore.payload.RasterCell;
import org.lsdcfx.analysisstore.payload.RasterResult;
import org.lsdcfx.device.detector.Detector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Spot finding while the rows arrive: once a row is flown its cells' coordinates go to the {@link PointBundler}, and a
 * reader (on the raster scheduler) waits until the row's data file is closed (the detector has started the next
 * one, or finished), reads the row's frames through the injected {@code FrameIO} and submits each to the
 * {@code SpotFindingService}. A cell is published when both halves are in, or incomplete after the bundle timeout.
 *
 * <p>Thread-safe: rows are announced from the routine's thread; cells arrive on the bundler's threads; results are in
 * concurrent maps and the latch.
 */
final class RasterAnalysis implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(RasterAnalysis.class);

    private final String uid;
    private final RasterGrid grid;
    private final FlightPlan plan;
    private final Path directory;
    private final String series;
    private final RasterServices services;
    private final Detector detector;
    private final PointBundler<RasterGrid.Cell> bundler;
    private final Map<Integer, CellResult<RasterGrid.Cell>> cells = new ConcurrentHashMap<>();
    private final CountDownLatch remaining;
    private final List<Future<?>> readers = new ArrayList<>(); // guarded by itself
    private volatile long lastCellNanos;

    RasterAnalysis(String uid, RasterGrid grid, FlightPlan plan, Path directory, String series, RasterServices services,
                   Detector detector, Clock clock) {
        this.uid = uid;
        this.grid = grid;
        this.plan = plan;
        this.directory = directory;
        this.series = series;
        this.services = services;
        this.detector = detector;
        this.remaining = new CountDownLatch(grid.cells().size());
        this.bundler = new PointBundler<>(uid, services.settings().bundleTimeout(), clock, services.scheduler(),
                Duration.ofMillis(100), this::onCell);
    }

    /** Row {@code r} has been flown: its coordinates are in, and its frames can be read once its file is closed. */
    void rowFlown(int r) {
        int first = grid.firstCellOf(r);
        int n = grid.def().rowDefs().get(r).numsteps();
        for (int k = 0; k < n; k++) {
            bundler.acceptCoordinates(first + k, grid.cells().get(first + k));
        }
        synchronized (readers) {
            readers.add(services.scheduler().submit(() -> readRow(r, first, n)));
        }
    }

    /** The file holding row {@code r}'s frames. */
    Path rowFile(int r) {
        return directory.resolve(String.format(Locale.ROOT, "%s_data_%06d.%s", series, r + 1,
                services.settings().dataFileExtension()));
    }

    private void readRow(int r, int first, int n) {
        boolean last = r == grid.flights().size() - 1;
        Duration wait = Duration.ofMillis((long) (plan.images() * plan.period() * 1000) + 20_000);
        try {
            if (last) {
                detector.awaitIdle(wait);
            } else {
                detector.awaitFrames((long) (r + 1) * plan.slot() + 1, wait);
            }
            try (FrameSeries frames = services.frames().open(rowFile(r))) {
                for (int k = 0; k < n; k++) {
                    int cell = first + k;
                    services.spots().submit(uid + " cell " + cell, frames.read(k)).whenComplete((res, e) -> {
                        if (e != null) {
                            bundler.acceptSpotFailure(cell, e);
                        } else {
                            bundler.acceptSpots(cell, res);
                        }
                    });
                }
            }
        } catch (IOException | RuntimeException e) {
            log.warn("raster {}: row {} frames unreadable: {}", uid, r + 1, e.toString());
            for (int k = 0; k < n; k++) {
                bundler.acceptSpotFailure(first + k, e);
            }
        }
    }

    private void onCell(CellResult<RasterGrid.Cell> cell) {
        CellResult<RasterGrid.Cell> before = cells.put(cell.pointId(), cell);
        lastCellNanos = System.nanoTime();
        if (before == null) {
            remaining.countDown();
        }
    }

    /** Waits until every cell has been published (complete or timed out). */
    boolean await(Duration timeout) throws InterruptedException {
        return remaining.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** When the last cell was published ({@link System#nanoTime()}). */
    long lastCellNanos() {
        return lastCellNanos;
    }

    /** Cells that lack spot results (unreadable frames, failed or late spot finding). */
    int cellsWithoutSpots() {
        return (int) cells.values().stream().filter(c -> !c.hasSpots()).count();
    }

    /**
     * The result document. A cell without spot results is stored with zero spots and d_min 50 (LSDC's "no
     * diffraction") so that the heat map has every cell; {@link #cellsWithoutSpots()} says how many.
     */
    RasterResult result() {
        List<RasterCell> out = new ArrayList<>();
        for (RasterGrid.Cell c : grid.cells()) {
            CellResult<RasterGrid.Cell> r = cells.get(c.index());
            FrameResult spots = r == null ? null : r.spots();
            int k = c.index() - grid.firstCellOf(c.row());
            RasterCell.Scores scores = spots == null ? new RasterCell.Scores(0, 0, 50, 0)
                    : new RasterCell.Scores(spots.spotCount(), spots.spotCountNoIce(), spots.dMinOr(50),
                    spots.totalIntensity());
            out.add(new RasterCell(c.index(), c.row(), c.column(),
                    new RasterCell.Position(c.x(), c.y(), c.z(), c.omega()), rowFile(c.row()).toString(), k + 1,
                    scores));
        }
        return new RasterResult(uid, grid.def().rowDefs().size(), grid.columns(), out);
    }

    @Override
    public void close() {
        synchronized (readers) {
            readers.forEach(f -> f.cancel(true));
        }
        bundler.close();
    }
}
