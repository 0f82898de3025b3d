package org.lsdcfx.sim.detector;

import org.lsdcfx.analysis.spots.DetectorGeometry;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Locale;

/**
 * Writes a series as {@code <prefix>_data_NNNNNN.bin} chunks of {@code framesPerFile} frames and a
 * {@code <prefix>_master.json} summary (Eiger-style names).
 *
 * <p>Chunk format, little-endian: magic {@code LSDCSIM1} (8 bytes), int width, int height, then per frame: int
 * frame number, double omega (deg), width·height int counts (the frame's unsigned 16-bit pixels widened; gap pixels
 * are 65535). The master file is written when the series opens ({@code "status": "acquiring"}) and replaced
 * atomically when it finishes ({@code "complete"} or {@code "aborted"} with {@code abort_reason}, and
 * {@code frames_written} and the data file names); it also holds the frame geometry ({@code frame_width},
 * {@code pixel_size_mm}, {@code beam_center_x_px}, {@code wavelength_a}, the module layout), which
 * {@link BinaryFrameFormat} reads the chunks back with.
 *
 * <p>Never overwrites: {@link #open} fails if the master or first data file exists; data files are created with
 * {@code CREATE_NEW}. Stateless and thread-safe.
 */
public final class BinaryFrameSink implements FrameSink {
    static final byte[] MAGIC = "LSDCSIM1".getBytes(StandardCharsets.US_ASCII);
    static final int HEADER_BYTES = 16;

    @Override
    public SeriesWriter open(SeriesSpec series) throws IOException {
        Files.createDirectories(series.directory());
        Path master = masterFile(series.directory(), series.prefix());
        Path firstData = dataFile(series, 1);
        for (Path p : new Path[] {master, firstData}) {
            if (Files.exists(p)) {
                throw new IOException(p + " exists; refusing to overwrite");
            }
        }
        Files.writeString(master, masterJson(series, "acquiring", 0, ""), StandardOpenOption.CREATE_NEW);
        return new Writer(series, master);
    }

    @Override
    public String describe() {
        return "binary chunks + JSON master";
    }

    static Path masterFile(Path directory, String prefix) {
        return directory.resolve(prefix + "_master.json");
    }

    static Path dataFile(SeriesSpec series, int fileNumber) {
        return series.directory().resolve(String.format(Locale.ROOT, "%s_data_%06d.bin", series.prefix(),
                fileNumber));
    }

    static String masterJson(SeriesSpec s, String status, int frames, String reason) {
        int files = frames == 0 ? 0 : (frames - 1) / s.framesPerFile() + 1;
        StringBuilder names = new StringBuilder();
        for (int i = 1; i <= files; i++) {
            names.append(i > 1 ? ", " : "").append('"').append(dataFile(s, i).getFileName()).append('"');
        }
        DetectorGeometry g = s.geometry();
        return String.format(Locale.ROOT, """
                {
                  "format": "lsdcfx-sim-series/1",
                  "detector": "%s",
                  "prefix": "%s",
                  "status": "%s",
                  "abort_reason": "%s",
                  "images": %d,
                  "frames_written": %d,
                  "frames_per_file": %d,
                  "exposure_time_s": %s,
                  "period_s": %s,
                  "photon_energy_ev": %s,
                  "detector_distance_mm": %s,
                  "omega_start_deg": %s,
                  "omega_increment_deg": %s,
                  "frame_width": %d,
                  "frame_height": %d,
                  "pixel_size_mm": %s,
                  "beam_center_x_px": %s,
                  "beam_center_y_px": %s,
                  "wavelength_a": %s,
                  "module_layout": [%d, %d, %d, %d],
                  "armed_at": "%s",
                  "updated_at": "%s",
                  "data_files": [%s]
                }
                """, s.detector().model(), s.prefix(), status, reason.replace("\\", "\\\\").replace("\"", "\\\""),
                s.images(), frames, s.framesPerFile(), num(s.exposureTime()), num(s.period()),
                num(s.photonEnergyEv()), num(s.detectorDistanceMm()), num(s.omegaStart()), num(s.omegaIncrement()),
                g.nx(), g.ny(), num(g.pixelSizeMm()), num(g.beamCentreXPx()), num(g.beamCentreYPx()),
                num(g.wavelengthA()), g.modules().moduleWidth(), g.modules().moduleHeight(), g.modules().gapX(),
                g.modules().gapY(), s.armedAt(), Instant.now(), names);
    }

    private static String num(double v) {
        return Double.isFinite(v) ? Double.toString(v) : "null";
    }

    private static final class Writer implements SeriesWriter {
        private final SeriesSpec series;
        private final Path master;
        private DataOutputStream out;
        private int fileNumber;
        private int framesInFile;

        Writer(SeriesSpec series, Path master) {
            this.series = series;
            this.master = master;
        }

        @Override
        public void write(DetectorFrame frame) throws IOException {
            if (out == null || framesInFile == series.framesPerFile()) {
                closeChunk();
                fileNumber++;
                OutputStream raw = Files.newOutputStream(dataFile(series, fileNumber), StandardOpenOption.CREATE_NEW);
                out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16));
                out.write(MAGIC);
                out.write(le(8).putInt(frame.width()).putInt(frame.height()).array());
                framesInFile = 0;
            }
            CharBuffer pixels = frame.image().pixels();
            ByteBuffer b = le(12 + 4 * pixels.remaining());
            b.putInt(frame.number()).putDouble(frame.omega());
            while (pixels.hasRemaining()) {
                b.putInt(pixels.get());
            }
            out.write(b.array());
            framesInFile++;
        }

        private static ByteBuffer le(int size) {
            return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        }

        private void closeChunk() throws IOException {
            if (out != null) {
                out.close();
                out = null;
            }
        }

        @Override
        public void complete(int framesWritten) throws IOException {
            finish("complete", framesWritten, "");
        }

        @Override
        public void abort(int framesWritten, String reason) throws IOException {
            finish("aborted", framesWritten, reason);
        }

        private void finish(String status, int framesWritten, String reason) throws IOException {
            closeChunk();
            Path tmp = master.resolveSibling(master.getFileName() + ".tmp");
            Files.writeString(tmp, masterJson(series, status, framesWritten, reason));
            Files.move(tmp, master, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }
}
