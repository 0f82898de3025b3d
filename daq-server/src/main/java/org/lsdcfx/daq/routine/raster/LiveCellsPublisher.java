package org.lsdcfx.daq.routine.raster;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.lsdcfx.daq.comm.LiveRasterCells;
import org.lsdcfx.daq.comm.StatusBoard;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes a running raster's cells on {@code raster_cells} while they come in, so heat maps fill live: at the
 * start (none in), then every {@code period} when new cells were published by the analysis, and once more when
 * closed. Each value is the whole set so far (see {@link LiveRasterCells}). Thread-safe: ticks run on the raster
 * services' scheduler; {@link #close()} runs on the routine thread and is always the last publication.
 */
final class LiveCellsPublisher implements AutoCloseable {
    /** Often enough to watch rows fill, rarely enough that the JSON of a large raster costs nothing. */
    static final Duration PERIOD = Duration.ofMillis(250);
    private static final Logger log = LoggerFactory.getLogger(LiveCellsPublisher.class);

    private final RasterAnalysis analysis;
    private final StatusBoard board;
    private final ScheduledFuture<?> ticks;
    private int last = -1;        // guarded by this: cells in the last publication
    private boolean closed;       // guarded by this

    LiveCellsPublisher(RasterAnalysis analysis, StatusBoard board, ScheduledExecutorService scheduler, Duration period) {
        this.analysis = analysis;
        this.board = board;
        publishIfNew();
        this.ticks = scheduler.scheduleWithFixedDelay(this::publishIfNew, period.toMillis(), period.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private synchronized void publishIfNew() {
        if (closed) {
            return;
        }
        try {
            int n = analysis.published();
            if (n != last) {
                last = n;
                board.rasterCells(analysis.soFar());
            }
        } catch (RuntimeException e) { // never let a publication end the schedule or the raster
            log.warn("raster_cells not published: {}", e.toString());
        }
    }

    @Override
    public void close() {
        ticks.cancel(false);
        publishIfNew();
        synchronized (this) {
            closed = true;
        }
    }
}
