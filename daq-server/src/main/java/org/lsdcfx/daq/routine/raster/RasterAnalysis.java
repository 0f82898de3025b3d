package org.lsdcfx.daq.routine.raster;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.lsdcfx.analysis.spots.FrameResult;
import org.lsdcfx.analysis.spots.online.CellResult;
import org.lsdcfx.analysis.spots.online.PointBundler;
import org.lsdcfx.analysisstore.payload.RasterCell;
import org.lsdcfx.analysisstore.payload.RasterResult;
import org.lsdcfx.daq.comm.LiveRasterCells;
import org.lsdcfx.daq.routine.raster.files.RowFrames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Spot finding while the rows arrive: once a row is flown its cells' coordinates go to the {@link PointBundler}, and a
 * reader (on the raster scheduler) opens the row's frames through {@link RowFrames} — which waits until they are on
 * disk (live: the row's data file closed, or the whole series for a self-contained master; reprocessing: at once) —
 * and submits each to the {@code SpotFindingService}. A cell is published when both halves are in, or incomplete
 * after the bundle timeout. The same class analyses a live raster and reprocesses a finished one's files.
 *
 * <p>Thread-safe: rows are announced from the routine's thread; cells arrive on the bundler's threads; results are in
 * concurrent maps and the latch.
 */
final class RasterAnalysis implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(RasterAnalysis.class);

    private final String uid;
    private final RasterGrid grid;
    private final RowFrames rows;
    private final RasterServices services;
    private final PointBundler<RasterGrid.Cell> bundler;
    private final Map<Integer, CellResult<RasterGrid.Cell>> cells = new ConcurrentHashMap<>();
    private final CountDownLatch remaining;
    private final List<Future<?>> readers = new ArrayList<>(); // guarded by itself
    /** Where each row's frames were found (file, 1-based index of its first frame); written by the row readers. */
    private final Map<Integer, Image> found = new ConcurrentHashMap<>();
    private volatile long lastCellNanos;

    /** @param bundleTimeout how long a cell may wait for its second half before it is published incomplete */
    RasterAnalysis(String uid, RasterGrid grid, RowFrames rows, RasterServices services, Duration bundleTimeout,
                   Clock clock) {
        this.uid = uid;
        this.grid = grid;
        this.rows = rows;
        this.services = services;
        this.remaining = new CountDownLatch(grid.cells().size());
        this.bundler = new PointBundler<>(uid, bundleTimeout, clock, services.scheduler(),
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

    private void readRow(int r, int first, int n) {
        try (RowFrames.Row row = rows.open(r)) {
            found.put(r, new Image(row.image(), row.firstIndex()));
            for (int k = 0; k < n; k++) {
                int cell = first + k;
                services.spots().submit(uid + " cell " + cell, row.frames().read(k)).whenComplete((res, e) -> {
                    if (e != null) {
                        bundler.acceptSpotFailure(cell, e);
                    } else {
                        bundler.acceptSpots(cell, res);
                    }
                });
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failRow(r, first, n, e);
        } catch (IOException | RuntimeException e) {
            failRow(r, first, n, e);
        }
    }

    private void failRow(int r, int first, int n, Exception e) {
        log.warn("raster {}: row {} frames unreadable: {}", uid, r + 1, e.toString());
        for (int k = 0; k < n; k++) {
            bundler.acceptSpotFailure(first + k, e);
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
            Image row = found.get(c.row());
            String image = row == null ? rows.expectedFile(c.row()).toString() : row.file().toString();
            int index = row == null ? k + 1 : row.firstIndex() + k;
            out.add(new RasterCell(c.index(), c.row(), c.column(), positionOf(c), image, index, scoresOf(spots)));
        }
        return new RasterResult(uid, grid.def().rowDefs().size(), grid.columns(), out);
    }

    /** The cells published so far, in index order, for the live heat map (no image yet: "", frame 0). */
    LiveRasterCells soFar() {
        List<RasterCell> out = new ArrayList<>();
        for (RasterGrid.Cell c : grid.cells()) {
            CellResult<RasterGrid.Cell> r = cells.get(c.index());
            if (r != null) {
                out.add(new RasterCell(c.index(), c.row(), c.column(), positionOf(c), "", 0, scoresOf(r.spots())));
            }
        }
        return new LiveRasterCells(uid, grid.cells().size(), out);
    }

    private static RasterCell.Position positionOf(RasterGrid.Cell c) {
        return new RasterCell.Position(c.x(), c.y(), c.z(), c.omega());
    }

    private static RasterCell.Scores scoresOf(FrameResult spots) {
        return spots == null ? new RasterCell.Scores(0, 0, 50, 0)
                : new RasterCell.Scores(spots.spotCount(), spots.spotCountNoIce(), spots.dMinOr(50),
                spots.totalIntensity());
    }

    /** How many cells have been published. */
    int published() {
        return cells.size();
    }

    /** A row's file and the 1-based index of its first frame in it. */
    private record Image(java.nio.file.Path file, int firstIndex) {
    }

    @Override
    public void close() {
        synchronized (readers) {
            readers.forEach(f -> f.cancel(true));
        }
        bundler.close();
    }
}
