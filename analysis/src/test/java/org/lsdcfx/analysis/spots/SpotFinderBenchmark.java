package org.lsdcfx.analysis.spots;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.CharBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.lsdcfx.analysis.spots.io.FrameIO;
import org.lsdcfx.analysis.spots.io.FrameSeries;
import org.lsdcfx.analysis.spots.io.RawFrameFormat;
import org.lsdcfx.analysis.spots.io.RawFrameWriter;
import org.lsdcfx.analysis.spots.online.PointBundler;
import org.lsdcfx.analysis.spots.online.SpotFindingService;
import org.lsdcfx.analysis.synth.CrystalHit;
import org.lsdcfx.analysis.synth.SynthParams;
import org.lsdcfx.analysis.synth.SyntheticFrames;

/**
 * Spot-finding throughput on Eiger 4M and 16M frames, beside the cost of touching each frame once (a plain sum over
 * the pixels, and a raw-file read), and the heat-map latency of a simulated raster. Prints, asserts nothing.
 * Run with {@code mvn -o -pl analysis test -Dtest=SpotFinderBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * or through {@link #main}.
 */
class SpotFinderBenchmark {

    private static final double DISTANCE_MM = 200;
    private static final double WAVELENGTH_A = 0.979;

    public static void main(String[] args) throws Exception {
        new SpotFinderBenchmark().benchmark();
    }

    @Test
    void benchmark() throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf("%nSpotFinderBenchmark: %d cores, max heap %d MB, load average before: %s%n",
                cores, Runtime.getRuntime().maxMemory() >> 20, loadAverage());
        run("4M", DetectorGeometry.eiger4M(DISTANCE_MM, WAVELENGTH_A), 4, 12, 60, cores);
        run("16M", DetectorGeometry.eiger16M(DISTANCE_MM, WAVELENGTH_A), 3, 6, 24, cores);
        System.out.printf("load average after: %s%n", loadAverage());
    }

    private void run(String name, DetectorGeometry geometry, int distinct, int timedFrames, int rasterCells, int cores)
            throws Exception {
        long t0 = System.nanoTime();
        SyntheticFrames synth = new SyntheticFrames(geometry, SynthParams.defaults()
                .withIce(SynthParams.Ice.rings(2, 20, 400)));
        List<Frame> frames = new ArrayList<>();
        for (int i = 0; i < distinct; i++) {
            frames.add(synth.generate(List.of(new CrystalHit(0.6 + 0.2 * (i % 3), 1)), i).frame());
        }
        double generateMs = ms(System.nanoTime() - t0) / distinct;
        DispersionSpotFinder finder = new DispersionSpotFinder(SpotFinderParams.defaults());
        FrameResult sample = finder.find(frames.get(0));

        // touching each frame once: the floor any per-pixel algorithm sits on
        double sumMs = median(5, () -> {
            long t = System.nanoTime();
            long s = 0;
            for (Frame f : frames) {
                CharBuffer px = f.pixels();
                for (int i = 0, n = px.limit(); i < n; i++) {
                    s += px.get(i);
                }
            }
            blackhole.addAndGet(s);
            return ms(System.nanoTime() - t) / frames.size();
        });
        Path dir = Files.createTempDirectory("spotbench");
        Path file = dir.resolve(name + ".raw");
        double readMs;
        try {
            try (RawFrameWriter w = RawFrameFormat.create(file, geometry, frames.get(0).mask(), frames.get(0).overload())) {
                for (Frame f : frames) {
                    w.append(f);
                }
            }
            try (FrameSeries series = FrameIO.standard().open(file)) {
                readMs = median(5, () -> {
                    long t = System.nanoTime();
                    for (int i = 0; i < series.frameCount(); i++) {
                        blackhole.addAndGet(series.read(i).value(7, 7));
                    }
                    return ms(System.nanoTime() - t) / series.frameCount();
                });
            }
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }

        // one core: the finder on the calling thread
        for (int i = 0; i < 5; i++) {
            finder.find(frames.get(i % distinct)); // warm-up: let the JIT reach steady state
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu1 = threads.getCurrentThreadCpuTime();
        long t1 = System.nanoTime();
        for (int i = 0; i < timedFrames; i++) {
            blackhole.addAndGet(finder.find(frames.get(i % distinct)).spotCount());
        }
        double oneCoreMs = ms(System.nanoTime() - t1) / timedFrames;
        double oneCoreCpuMs = ms(threads.getCurrentThreadCpuTime() - cpu1) / timedFrames;

        // all cores: frames in parallel through the service
        ExecutorService executor = SpotFindingService.newExecutor(cores);
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        try {
            SpotFindingService service = new SpotFindingService(finder, executor);
            long t2 = System.nanoTime();
            List<CompletableFuture<FrameResult>> futures = new ArrayList<>();
            for (int i = 0; i < timedFrames * 2; i++) {
                futures.add(service.submit(name + " frame " + i, frames.get(i % distinct)));
            }
            CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).get(10, TimeUnit.MINUTES);
            double allCoresMs = ms(System.nanoTime() - t2) / (timedFrames * 2);

            // heat-map latency: cells arrive as a detector would deliver them, at half the measured capacity (head
            // room for a shared machine), and as a burst (a whole raster delivered at once);
            // latency = last submit → last cell out of the bundler
            double pacedMs = rasterLatency(service, scheduler, frames, rasterCells, allCoresMs / 0.5);
            double burstMs = rasterLatency(service, scheduler, frames, rasterCells, 0);

            System.out.printf("%n%s (%d x %d, %d spots/%d no-ice on the sample frame, d_min %.2f Å; generating one: %.0f ms)%n",
                    name, geometry.nx(), geometry.ny(), sample.spotCount(), sample.spotCountNoIce(), sample.dMin(),
                    generateMs);
            System.out.printf("  read once, plain pixel sum  : %8.1f ms/frame  (%6.1f frames/s)%n", sumMs, 1000 / sumMs);
            System.out.printf("  read once, raw file (cached): %8.1f ms/frame  (%6.1f frames/s)%n", readMs, 1000 / readMs);
            System.out.printf("  spot finding, 1 thread      : %8.1f ms/frame  (%6.1f frames/s; %.1f ms CPU/frame, %.1f ns/pixel)%n",
                    oneCoreMs, 1000 / oneCoreMs, oneCoreCpuMs, oneCoreCpuMs * 1e6 / geometry.pixelCount());
            System.out.printf("  spot finding, %d threads     : %8.1f ms/frame  (%6.1f frames/s)%n", cores, allCoresMs, 1000 / allCoresMs);
            System.out.printf("  heat-map latency, %d cells at %.1f frames/s: %.0f ms after the last frame%n",
                    rasterCells, 0.5 * 1000 / allCoresMs, pacedMs);
            System.out.printf("  heat-map latency, %d cells in one burst   : %.0f ms after the last frame%n",
                    rasterCells, burstMs);
        } finally {
            executor.shutdownNow();
            scheduler.shutdownNow();
        }
    }

    /** Submits {@code cells} frames, one every {@code intervalMs} (0: all at once), with their coordinates. */
    private static double rasterLatency(SpotFindingService service, ScheduledExecutorService scheduler,
                                        List<Frame> frames, int cells, double intervalMs) throws Exception {
        CountDownLatch done = new CountDownLatch(cells);
        AtomicLong lastOut = new AtomicLong();
        long lastIn;
        try (PointBundler<Integer> bundler = new PointBundler<>("benchmark raster", Duration.ofMinutes(5),
                Clock.systemUTC(), scheduler, Duration.ofSeconds(1), c -> {
                    lastOut.accumulateAndGet(System.nanoTime(), Math::max);
                    done.countDown();
                })) {
            long start = System.nanoTime();
            long in = start;
            for (int i = 0; i < cells; i++) {
                long due = start + (long) (i * intervalMs * 1e6);
                while (System.nanoTime() < due) { // pacing the simulated detector, not synchronisation
                    LockSupport.parkNanos(due - System.nanoTime());
                }
                int id = i;
                service.submit("cell " + i, frames.get(i % frames.size()))
                        .thenAccept(r -> bundler.acceptSpots(id, r));
                bundler.acceptCoordinates(i, i);
                in = System.nanoTime();
            }
            lastIn = in;
            if (!done.await(10, TimeUnit.MINUTES)) {
                throw new IllegalStateException("raster cells did not all arrive");
            }
        }
        return ms(lastOut.get() - lastIn);
    }

    private final AtomicLong blackhole = new AtomicLong();

    private interface Timed {
        double run() throws IOException;
    }

    private static double median(int n, Timed t) throws IOException {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = t.run();
        }
        Arrays.sort(v);
        return v[n / 2];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
