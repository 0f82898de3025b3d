package org.lsdcfx.daq.routine.raster;

import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.lsdcfx.analysis.spots.DispersionSpotFinder;
import org.lsdcfx.analysis.spots.SpotFinderParams;
import org.lsdcfx.analysis.spots.io.FrameIO;
import org.lsdcfx.analysis.spots.online.SpotFindingService;
import org.lsdcfx.daq.dataset.DataPlacement;
import org.lsdcfx.daq.dataset.DatasetSettings;

/**
 * What the raster protocols need beyond the server's services: the reader of self-describing frame files (the
 * simulator's binary chunks; Eiger/NXmx files are read by {@code files.RowFrames} itself, with jhdf), online spot
 * finding on its own thread pool, a scheduler for the point bundler's timeouts and the file readers, the data
 * placement and the settings. The same services serve live rasters and {@code reprocessRaster}. Close after the daq
 * server. Thread-safe.
 */
public final class RasterServices implements AutoCloseable {
    private final FrameIO frames;
    private final ExecutorService spotPool;
    private final SpotFindingService spots;
    private final ScheduledExecutorService scheduler;
    private final DataPlacement placement;
    private final RasterSettings settings;

    /**
     * @param frames      reads data files that are not HDF5 (e.g. {@code new FrameIO(List.of(new BinaryFrameFormat()))}
     *                    for the simulator's binary sink; {@code FrameIO.standard()} when the detector writes NXmx)
     * @param spotThreads spot-finding threads
     */
    public RasterServices(FrameIO frames, int spotThreads, DatasetSettings datasets, RasterSettings settings) {
        this.frames = Objects.requireNonNull(frames);
        this.settings = Objects.requireNonNull(settings);
        this.placement = new DataPlacement(datasets);
        this.spotPool = SpotFindingService.newExecutor(spotThreads);
        this.spots = new SpotFindingService(new DispersionSpotFinder(SpotFinderParams.defaults()), spotPool);
        this.scheduler = Executors.newScheduledThreadPool(2, r -> {
            Thread t = new Thread(r, "raster-io");
            t.setDaemon(true);
            return t;
        });
    }

    public FrameIO frames() {
        return frames;
    }

    public SpotFindingService spots() {
        return spots;
    }

    /** Bundler sweeps and row readers. */
    ScheduledExecutorService scheduler() {
        return scheduler;
    }

    public DataPlacement placement() {
        return placement;
    }

    public RasterSettings settings() {
        return settings;
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        spotPool.shutdownNow();
        try {
            scheduler.awaitTermination(5, TimeUnit.SECONDS);
            spotPool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
