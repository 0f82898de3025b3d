package org.lsdcfx.analysis.spots.online;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.lsdcfx.analysis.spots.DispersionSpotFinder;
import org.lsdcfx.analysis.spots.Frame;
import org.lsdcfx.analysis.spots.FrameResult;
import org.lsdcfx.analysis.spots.io.FrameSeries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs spot finding on frames as they arrive, several frames at once on an injected executor (size it to the cores,
 * e.g. with {@link #newExecutor(int)}). Live frames and frames read back from files take the same path, so online and
 * offline results agree.
 *
 * <p>Thread-safe: {@link #submit} may be called from any thread. Results complete on executor threads; a failed frame
 * completes its future exceptionally and is logged with its id. The service does not own the executor: whoever
 * created it shuts it down.
 */
public final class SpotFindingService {

    private static final Logger LOG = LoggerFactory.getLogger(SpotFindingService.class);

    private final DispersionSpotFinder finder;
    private final ExecutorService executor;

    public SpotFindingService(DispersionSpotFinder finder, ExecutorService executor) {
        if (finder == null || executor == null) {
            throw new IllegalArgumentException("a spot finder and an executor are required");
        }
        this.finder = finder;
        this.executor = executor;
    }

    /** A fixed pool of {@code threads} daemon threads named {@code spot-finder-N}. */
    public static ExecutorService newExecutor(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("spot finding needs at least one thread, got " + threads);
        }
        AtomicInteger n = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, "spot-finder-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        return Executors.newFixedThreadPool(threads, factory);
    }

    /**
     * Queues {@code frame} for spot finding and returns at once.
     *
     * @param frameId names the frame in logs and errors (e.g. "raster 3f2a… cell 17")
     * @throws java.util.concurrent.RejectedExecutionException when the executor has been shut down
     */
    public CompletableFuture<FrameResult> submit(String frameId, Frame frame) {
        if (frame == null) {
            throw new IllegalArgumentException("frame " + frameId + " is null");
        }
        return CompletableFuture.supplyAsync(() -> finder.find(frame), executor)
                .whenComplete((result, error) -> {
                    if (error != null) {
                        LOG.error("spot finding failed for frame {}", frameId, error);
                    } else {
                        LOG.debug("frame {}: {} spots ({} outside ice), d_min {}", frameId,
                                result.spotCount(), result.spotCountNoIce(), result.dMin());
                    }
                });
    }

    /**
     * Reads every frame of {@code series} in order on the calling thread and submits it, holding back while
     * {@code maxInFlight} frames are already queued or running so a long series of large frames does not fill the
     * heap. Returns the futures in frame order; frame i is submitted as {@code "<seriesName> frame <i>"}.
     *
     * @throws IOException when a frame cannot be read; frames submitted before it keep running
     */
    public List<CompletableFuture<FrameResult>> submitSeries(String seriesName, FrameSeries series, int maxInFlight)
            throws IOException, InterruptedException {
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("maxInFlight must be at least 1, got " + maxInFlight);
        }
        Semaphore inFlight = new Semaphore(maxInFlight);
        List<CompletableFuture<FrameResult>> futures = new ArrayList<>(series.frameCount());
        for (int i = 0; i < series.frameCount(); i++) {
            inFlight.acquire();
            Frame frame;
            try {
                frame = series.read(i);
            } catch (IOException | RuntimeException e) {
                inFlight.release();
                throw new IOException("cannot read frame " + i + " of " + series.source() + ": " + e.getMessage(), e);
            }
            CompletableFuture<FrameResult> f = submit(seriesName + " frame " + i, frame);
            f.whenComplete((r, e) -> inFlight.release());
            futures.add(f);
        }
        return futures;
    }
}
