package org.lsdcfx.daq.raster;

import java.nio.CharBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.lsdcfx.analysis.spots.DetectorGeometry;
import org.lsdcfx.analysis.spots.DispersionSpotFinder;
import org.lsdcfx.analysis.spots.Frame;
import org.lsdcfx.analysis.spots.FrameResult;
import org.lsdcfx.analysis.spots.SpotFinderParams;
import org.lsdcfx.analysis.spots.io.FrameIO;
import org.lsdcfx.analysis.spots.online.SpotFindingService;
import org.lsdcfx.analysis.synth.CrystalHit;
import org.lsdcfx.analysis.synth.SynthParams;
import org.lsdcfx.analysis.synth.SyntheticFrames;
import org.lsdcfx.daq.routine.raster.files.RasterFiles;
import org.lsdcfx.daq.routine.raster.files.RowFrames;
import org.lsdcfx.daq.routine.raster.files.SeriesGeometry;
import org.lsdcfx.datafiles.nxmx.Compression;
import org.lsdcfx.datafiles.nxmx.DatasetPlan;
import org.lsdcfx.datafiles.nxmx.DatasetSpec;
import org.lsdcfx.datafiles.nxmx.DatasetWriter;
import org.lsdcfx.datafiles.nxmx.EndInfo;
import org.lsdcfx.datafiles.nxmx.FrameGeometry;
import org.lsdcfx.datafiles.nxmx.GoniometerScan;
import org.lsdcfx.datafiles.nxmx.NxmxBackend;
import org.lsdcfx.datafiles.nxmx.NxmxField;
import org.lsdcfx.datafiles.nxmx.NxmxMetadata;
import org.lsdcfx.datafiles.nxmx.PixelType;

/**
 * One line of figures for the raster benchmark: Eiger-size 16-bit frames written as NXmx (the active backend, two
 * frames per data file), read once each through the raster's own reader ({@link RowFrames}, jhdf, geometry from the
 * master), then spot finding on every core through the {@link SpotFindingService}. Prints; asserts nothing.
 */
final class NxmxFrameBench {
    private static final String DET = "/entry/instrument/detector/";

    private NxmxFrameBench() {
    }

    static void run(String name, DetectorGeometry geometry, int frames, NxmxBackend backend) throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        SyntheticFrames synth = new SyntheticFrames(geometry, SynthParams.defaults());
        List<Frame> distinct = List.of(synth.generate(List.of(new CrystalHit(0.8, 1)), 1).frame(),
                synth.generate(List.of(new CrystalHit(0.5, 1)), 2).frame());
        Path dir = Files.createTempDirectory("nxmx-bench");
        try {
            int perFile = 2;
            long tw = System.nanoTime();
            write(dir, "bench" + name, geometry, distinct, frames, perFile, backend);
            double writeMs = (System.nanoTime() - tw) / 1e6 / frames;

            RasterFiles files = new RasterFiles(dir, "bench" + name + "_1", "h5", perFile);
            RowFrames rows = new RowFrames(FrameIO.standard(), files, SeriesGeometry.fromMaster(files.master()),
                    RowFrames.Readiness.finished());
            List<Frame> read = new ArrayList<>();
            long tr = System.nanoTime();
            for (int r = 0; r * perFile < frames; r++) {
                try (RowFrames.Row row = rows.open(r)) {
                    for (int k = 0; k < Math.min(perFile, frames - r * perFile); k++) {
                        Frame f = row.frames().read(k);
                        if (read.size() < 4) {
                            read.add(f); // keep a few for spot finding (a 16M frame is 36 MB)
                        }
                    }
                }
            }
            double readMs = (System.nanoTime() - tr) / 1e6 / frames;
            checkSame(distinct.get(0), read.get(0));

            ExecutorService pool = SpotFindingService.newExecutor(cores);
            try {
                SpotFindingService spots = new SpotFindingService(new DispersionSpotFinder(SpotFinderParams.defaults()),
                        pool);
                FrameResult sample = spots.submit("warm-up", read.get(0)).get(5, TimeUnit.MINUTES);
                int n = 4 * cores;
                long ts = System.nanoTime();
                List<CompletableFuture<FrameResult>> all = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    all.add(spots.submit(name + " " + i, read.get(i % read.size())));
                }
                CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(10, TimeUnit.MINUTES);
                double spotMs = (System.nanoTime() - ts) / 1e6 / n;
                double mb = 2.0 * geometry.pixelCount() / (1 << 20);
                System.out.printf("%n%s %d x %d 16-bit (%.1f MB/frame; %d spots, d_min %.2f Å on a sample frame), "
                                + "NXmx via %s:%n", name, geometry.nx(), geometry.ny(), mb, sample.spotCount(),
                        sample.dMinOr(50), backend.name());
                System.out.printf("  write NXmx                : %8.1f ms/frame%n", writeMs);
                System.out.printf("  read once from NXmx (jhdf): %8.1f ms/frame  (%6.1f frames/s, %.0f MB/s)%n",
                        readMs, 1000 / readMs, mb * 1000 / readMs);
                System.out.printf("  spot finding, %d threads   : %8.1f ms/frame  (%6.1f frames/s)%n", cores, spotMs,
                        1000 / spotMs);
            } finally {
                pool.shutdownNow();
            }
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void write(Path dir, String prefix, DetectorGeometry g, List<Frame> distinct, int frames,
                              int perFile, NxmxBackend backend) throws Exception {
        DatasetPlan plan = new DatasetPlan(dir, prefix, 1, new FrameGeometry(g.nx(), g.ny(), PixelType.UINT16), frames,
                perFile, GoniometerScan.rotation(0, 0), Compression.none());
        NxmxMetadata meta = NxmxMetadata.of(List.of(new NxmxField(DET + "distance", g.distanceMm(), "mm"),
                new NxmxField(DET + "beam_center_x", g.beamCentreXPx(), "pixel"),
                new NxmxField(DET + "beam_center_y", g.beamCentreYPx(), "pixel"),
                new NxmxField(DET + "x_pixel_size", g.pixelSizeMm() / 1000, "m"),
                new NxmxField(DET + "y_pixel_size", g.pixelSizeMm() / 1000, "m"),
                new NxmxField("/entry/instrument/beam/incident_wavelength", g.wavelengthA(), "angstrom")));
        try (DatasetWriter w = backend.open(new DatasetSpec(plan, meta, Instant.now()))) {
            for (int i = 0; i < frames; i++) {
                CharBuffer px = distinct.get(i % distinct.size()).pixels();
                short[] data = new short[px.remaining()];
                for (int p = 0; p < data.length; p++) {
                    data[p] = (short) px.get(p);
                }
                w.append(org.lsdcfx.datafiles.nxmx.Frame.uint16(data));
            }
            w.complete(EndInfo.at(Instant.now()));
        }
    }

    private static void checkSame(Frame written, Frame read) {
        if (!written.pixels().equals(read.pixels())) {
            throw new AssertionError("the frame read back from NXmx differs from the one written");
        }
    }
}
