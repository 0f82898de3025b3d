package org.lsdcfx.analysis.spots.online;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lsdcfx.analysis.spots.DetectorGeometry;
import org.lsdcfx.analysis.spots.DispersionSpotFinder;
import org.lsdcfx.analysis.spots.Frame;
import org.lsdcfx.analysis.spots.FrameResult;
import org.lsdcfx.analysis.spots.SpotFinderParams;
import org.lsdcfx.analysis.spots.TestDetectors;
import org.lsdcfx.analysis.spots.io.FrameIO;
import org.lsdcfx.analysis.spots.io.FrameSeries;
import org.lsdcfx.analysis.spots.io.RawFrameFormat;
import org.lsdcfx.analysis.spots.io.RawFrameWriter;
import org.lsdcfx.analysis.synth.CrystalHit;
import org.lsdcfx.analysis.synth.SyntheticFrames;

class SpotFindingServiceTest {

    @TempDir
    Path dir;

    private final DetectorGeometry geometry = TestDetectors.small();
    private final SyntheticFrames synth = new SyntheticFrames(geometry, TestDetectors.eigerLikeSpots());
    private final DispersionSpotFinder finder = new DispersionSpotFinder(SpotFinderParams.defaults());
    private final ExecutorService executor = SpotFindingService.newExecutor(Runtime.getRuntime().availableProcessors());
    private final SpotFindingService service = new SpotFindingService(finder, executor);

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void parallelResultsEqualSequentialOnes() throws Exception {
        List<Frame> frames = frames(6);
        List<CompletableFuture<FrameResult>> futures = new ArrayList<>();
        for (int i = 0; i < frames.size(); i++) {
            futures.add(service.submit("cell " + i, frames.get(i)));
        }
        int spots = 0;
        for (int i = 0; i < frames.size(); i++) {
            FrameResult parallel = futures.get(i).get(20, TimeUnit.SECONDS);
            assertEquals(finder.find(frames.get(i)), parallel);
            spots += parallel.spotCount();
        }
        assertTrue(spots > 100, "spots found: " + spots);
    }

    /** A raster row as the raster routine will drive it: frames and motor positions arrive separately. */
    @Test
    void rowOfCellsFlowsThroughTheBundler() throws Exception {
        List<Frame> frames = frames(5);
        Map<Integer, CellResult<Integer>> cells = new ConcurrentHashMap<>();
        CompletableFuture<Void> allIn = new CompletableFuture<>();
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        try (PointBundler<Integer> bundler = new PointBundler<>("row 0", Duration.ofSeconds(30), Clock.systemUTC(),
                scheduler, Duration.ofMillis(100), c -> {
                    cells.put(c.pointId(), c);
                    if (cells.size() == frames.size()) {
                        allIn.complete(null);
                    }
                })) {
            for (int i = 0; i < frames.size(); i++) {
                int id = i;
                service.submit("row 0 cell " + i, frames.get(i)).whenComplete((r, e) -> {
                    if (e != null) {
                        bundler.acceptSpotFailure(id, e);
                    } else {
                        bundler.acceptSpots(id, r);
                    }
                });
                bundler.acceptCoordinates(i, 1000 + i);
            }
            allIn.get(20, TimeUnit.SECONDS);
        } finally {
            scheduler.shutdownNow();
        }
        for (int i = 0; i < frames.size(); i++) {
            assertEquals(CellResult.Status.COMPLETE, cells.get(i).status());
            assertEquals(1000 + i, cells.get(i).coordinates());
            assertEquals(finder.find(frames.get(i)).spotCount(), cells.get(i).spots().spotCount());
        }
    }

    @Test
    void seriesFromAFileGivesTheSameResultsWithBoundedFramesInFlight() throws Exception {
        List<Frame> frames = frames(6);
        Path file = dir.resolve("row_1.raw");
        try (RawFrameWriter w = RawFrameFormat.create(file, geometry, synth.mask(), Frame.DEFAULT_OVERLOAD)) {
            for (Frame f : frames) {
                w.append(f);
            }
        }
        AtomicInteger running = new AtomicInteger();
        AtomicInteger maxRunning = new AtomicInteger();
        ExecutorService counting = Executors.newFixedThreadPool(4);
        try {
            ExecutorService observed = new CountingExecutor(counting, running, maxRunning);
            SpotFindingService reprocess = new SpotFindingService(finder, observed);
            try (FrameSeries series = FrameIO.standard().open(file)) {
                List<CompletableFuture<FrameResult>> results = reprocess.submitSeries("row_1", series, 1);
                for (int i = 0; i < frames.size(); i++) {
                    assertEquals(finder.find(frames.get(i)), results.get(i).get(20, TimeUnit.SECONDS));
                }
            }
        } finally {
            counting.shutdownNow();
        }
        // One frame in flight at a time; the count can read 2 for an instant because a task's future completes
        // (releasing the next read) just before the task returns. Without the bound, 4 threads run 4 frames.
        assertTrue(maxRunning.get() <= 2, "frames in flight: " + maxRunning.get());
    }

    @Test
    void aShutDownExecutorIsReportedAtSubmit() throws IOException {
        executor.shutdown();
        Frame frame = synth.blank(1).frame();
        assertThrows(RejectedExecutionException.class, () -> service.submit("late frame", frame));
    }

    private List<Frame> frames(int n) {
        List<Frame> frames = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            frames.add(synth.generate(List.of(new CrystalHit(0.2 * (i % 5) + 0.2, 1)), i).frame());
        }
        return frames;
    }

    /** Wraps an executor to record the largest number of tasks running at once. */
    private static final class CountingExecutor extends java.util.concurrent.AbstractExecutorService {
        private final ExecutorService delegate;
        private final AtomicInteger running;
        private final AtomicInteger maxRunning;

        CountingExecutor(ExecutorService delegate, AtomicInteger running, AtomicInteger maxRunning) {
            this.delegate = delegate;
            this.running = running;
            this.maxRunning = maxRunning;
        }

        @Override
        public void execute(Runnable command) {
            delegate.execute(() -> {
                maxRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
                try {
                    command.run();
                } finally {
                    running.decrementAndGet();
                }
            });
        }

        @Override
        public void shutdown() {
            delegate.shutdown();
        }

        @Override
        public List<Runnable> shutdownNow() {
            return delegate.shutdownNow();
        }

        @Override
        public boolean isShutdown() {
            return delegate.isShutdown();
        }

        @Override
        public boolean isTerminated() {
            return delegate.isTerminated();
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
            return delegate.awaitTermination(timeout, unit);
        }
    }
}
