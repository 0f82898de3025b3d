package org.lsdcfx.datafiles.nxmx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.lsdcfx.datafiles.nxmx.fallback.JhdfNxmxBackend;

/**
 * Write speed of an Eiger 4M-sized dataset (2070 x 2167, 16 bit): 3,600 frames through the JNI backend without
 * compression, fewer with deflate, and a few through the in-memory jhdf fallback. Prints frames/s and MB/s; asserts
 * nothing. Run: {@code mvn -o -pl datafiles test -Dtest=NxmxWriteBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 * Properties: bench.frames (3600), bench.deflateFrames (360), bench.width, bench.height, bench.dir (java.io.tmpdir).
 * The frame count is scaled down when the disk has less than 1.2 x the dataset free.
 */
class NxmxWriteBenchmark {
    private static final int WIDTH = Integer.getInteger("bench.width", 2070);
    private static final int HEIGHT = Integer.getInteger("bench.height", 2167);

    @Test
    void writeSpeed() throws IOException {
        Path root = Files.createTempDirectory(Path.of(System.getProperty("bench.dir", System.getProperty("java.io.tmpdir"))),
                "nxmx-bench");
        try {
            Frame[] frames = syntheticFrames(8);
            long frameBytes = (long) WIDTH * HEIGHT * 2;
            int frames1 = scaled(Integer.getInteger("bench.frames", 3600), frameBytes, root);
            NxmxBackends.Choice choice = NxmxBackends.active();
            System.out.printf("NXmx write benchmark: %d x %d uint16 (%.1f MB/frame), backend %s%n", WIDTH, HEIGHT,
                    frameBytes / 1e6, choice.name());
            if (choice.backend().externalLinks()) {
                run("jni, no compression", choice.backend(), root, "plain", frames, frames1, Compression.none());
                int frames2 = scaled(Integer.getInteger("bench.deflateFrames", 360), frameBytes, root);
                run("jni, shuffle+deflate(1)", choice.backend(), root, "deflate", frames, frames2, Compression.deflate(1));
            }
            JhdfNxmxBackend jhdf = new JhdfNxmxBackend();
            int inMemory = (int) Math.min(24, jhdf.maxBytes() / frameBytes);
            if (inMemory > 0) {
                run("jhdf fallback (in memory), no compression", jhdf, root, "jhdf", frames, inMemory, Compression.none());
            }
        } finally {
            try (Stream<Path> files = Files.walk(root)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static int scaled(int wanted, long frameBytes, Path dir) throws IOException {
        long usable = Files.getFileStore(dir).getUsableSpace();
        int fits = (int) Math.min(wanted, usable / (frameBytes * 12 / 10));
        if (fits < wanted) {
            System.out.printf("  only %.1f GB free: writing %d frames instead of %d%n", usable / 1e9, fits, wanted);
        }
        return Math.max(1, fits);
    }

    private static void run(String label, NxmxBackend backend, Path root, String prefix, Frame[] frames, int count,
                            Compression compression) throws IOException {
        Path dir = Files.createDirectory(root.resolve(prefix));
        DatasetSpec spec = TestDatasets.spec(dir, prefix, count, 100, PixelType.UINT16, WIDTH, HEIGHT, compression);
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long heapBefore = rt.totalMemory() - rt.freeMemory();
        long peakHeap = heapBefore;
        long t0 = System.nanoTime();
        DatasetResult result;
        try (DatasetWriter writer = backend.open(spec)) {
            for (int i = 0; i < count; i++) {
                writer.append(frames[i % frames.length]);
                if (i % 10 == 0 || i == count - 1) {
                    peakHeap = Math.max(peakHeap, rt.totalMemory() - rt.freeMemory());
                }
            }
            result = writer.complete(EndInfo.at(TestDatasets.END));
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        long onDisk;
        try (Stream<Path> files = Files.list(dir)) {
            onDisk = files.mapToLong(p -> p.toFile().length()).sum();
        }
        double raw = (double) count * WIDTH * HEIGHT * 2;
        System.out.printf("  %-42s %5d frames in %6.1f s: %7.1f frames/s, %7.1f MB/s raw, %.0f MB on disk (%.1fx), "
                        + "%d files, heap before/peak %d/%d MB, %s%n", label, count, seconds, count / seconds,
                raw / seconds / 1e6, onDisk / 1e6, raw / onDisk, result.dataFiles().size() + 1, heapBefore >> 20,
                peakHeap >> 20, result.status().label());
        try (Stream<Path> files = Files.list(dir)) {
            files.forEach(p -> p.toFile().delete());
        }
    }

    /** Diffraction-like frames: low Poisson-ish background with a few bright spots, so that compression is realistic. */
    private static Frame[] syntheticFrames(int n) {
        Random random = new Random(42);
        Frame[] frames = new Frame[n];
        for (int f = 0; f < n; f++) {
            short[] p = new short[WIDTH * HEIGHT];
            for (int i = 0; i < p.length; i++) {
                int r = random.nextInt(100);
                p[i] = (short) (r < 60 ? 0 : r < 85 ? 1 : r < 95 ? 2 : r < 99 ? 3 : 4 + random.nextInt(20));
            }
            for (int s = 0; s < 300; s++) {
                int cx = random.nextInt(WIDTH - 4);
                int cy = random.nextInt(HEIGHT - 4);
                for (int dy = 0; dy < 3; dy++) {
                    for (int dx = 0; dx < 3; dx++) {
                        p[(cy + dy) * WIDTH + cx + dx] = (short) (200 + random.nextInt(3000));
                    }
                }
            }
            frames[f] = Frame.uint16(p);
        }
        return frames;
    }
}
