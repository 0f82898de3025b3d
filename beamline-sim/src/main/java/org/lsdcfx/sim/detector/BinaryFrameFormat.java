package org.lsdcfx.sim.detector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.lsdcfx.analysis.spots.DetectorGeometry;
import org.lsdcfx.analysis.spots.Frame;
import org.lsdcfx.analysis.spots.ModuleLayout;
import org.lsdcfx.analysis.spots.PixelMask;
import org.lsdcfx.analysis.spots.io.FrameFormat;
import org.lsdcfx.analysis.spots.io.FrameSeries;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@link BinaryFrameSink} data chunks back as analysis {@link Frame}s, for reprocessing tests on the binary
 * format: {@code new FrameIO(List.of(new RawFrameFormat(), new BinaryFrameFormat())).open(chunk)}. The geometry comes
 * from the series' {@code <prefix>_master.json} beside the chunk; the mask is the module gaps (the beamstop is not
 * recorded, as on a real detector); the overload is {@link DiffractionModel#OVERLOAD}. Stateless and thread-safe;
 * the series it opens read frames with positional reads, so several threads may read at once.
 */
public final class BinaryFrameFormat implements FrameFormat {
    private static final Pattern CHUNK = Pattern.compile("(.+)_data_\\d{6}\\.bin");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String name() {
        return "lsdcfx-sim binary";
    }

    @Override
    public boolean recognises(Path file) throws IOException {
        if (!CHUNK.matcher(file.getFileName().toString()).matches() || !Files.isRegularFile(file)
                || Files.size(file) < BinaryFrameSink.HEADER_BYTES) {
            return false;
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            return Arrays.equals(read(ch, 0, BinaryFrameSink.MAGIC.length, file).array(), BinaryFrameSink.MAGIC);
        }
    }

    @Override
    public FrameSeries open(Path file) throws IOException {
        Matcher m = CHUNK.matcher(file.getFileName().toString());
        if (!m.matches()) {
            throw new IOException(file + " is not named <prefix>_data_NNNNNN.bin");
        }
        Path master = BinaryFrameSink.masterFile(file.toAbsolutePath().getParent(), m.group(1));
        DetectorGeometry geometry = geometry(JSON.readTree(Files.readString(master)), master);
        FileChannel ch = FileChannel.open(file, StandardOpenOption.READ);
        try {
            ByteBuffer header = read(ch, 0, BinaryFrameSink.HEADER_BYTES, file);
            int width = header.getInt(8);
            int height = header.getInt(12);
            if (width != geometry.nx() || height != geometry.ny()) {
                throw new IOException(file + " holds " + width + "x" + height + " frames but " + master + " says "
                        + geometry.nx() + "x" + geometry.ny());
            }
            return new Series(file, ch, geometry);
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    private static DetectorGeometry geometry(JsonNode j, Path master) throws IOException {
        try {
            JsonNode layout = j.required("module_layout");
            return new DetectorGeometry(j.required("frame_width").asInt(), j.required("frame_height").asInt(),
                    j.required("pixel_size_mm").asDouble(), j.required("detector_distance_mm").asDouble(),
                    j.required("beam_center_x_px").asDouble(), j.required("beam_center_y_px").asDouble(),
                    j.required("wavelength_a").asDouble(), new ModuleLayout(layout.get(0).asInt(),
                    layout.get(1).asInt(), layout.get(2).asInt(), layout.get(3).asInt()));
        } catch (IllegalArgumentException e) {
            throw new IOException(master + " does not describe the frame geometry: " + e.getMessage(), e);
        }
    }

    private static ByteBuffer read(FileChannel ch, long position, int length, Path file) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (b.hasRemaining()) {
            if (ch.read(b, position + b.position()) < 0) {
                throw new IOException(file + " ends early");
            }
        }
        return b.flip();
    }

    private static final class Series implements FrameSeries {
        private final Path file;
        private final FileChannel channel;
        private final DetectorGeometry geometry;
        private final PixelMask mask;
        private final long frameBytes;
        private final int frameCount;

        Series(Path file, FileChannel channel, DetectorGeometry geometry) throws IOException {
            this.file = file;
            this.channel = channel;
            this.geometry = geometry;
            this.mask = geometry.gapMask();
            this.frameBytes = 12 + 4L * geometry.pixelCount();
            this.frameCount = (int) ((channel.size() - BinaryFrameSink.HEADER_BYTES) / frameBytes);
        }

        @Override
        public Path source() {
            return file;
        }

        @Override
        public DetectorGeometry geometry() {
            return geometry;
        }

        @Override
        public int frameCount() {
            return frameCount;
        }

        @Override
        public Frame read(int index) throws IOException {
            if (index < 0 || index >= frameCount) {
                throw new IndexOutOfBoundsException("frame " + index + " not in " + file + " (" + frameCount
                        + " frames)");
            }
            ByteBuffer b = BinaryFrameFormat.read(channel, BinaryFrameSink.HEADER_BYTES + index * frameBytes,
                    (int) frameBytes, file);
            b.position(12);
            char[] pixels = new char[geometry.pixelCount()];
            for (int i = 0; i < pixels.length; i++) {
                int v = b.getInt();
                if (v < 0 || v > 0xFFFF) {
                    throw new IOException(file + " frame " + index + " pixel " + i + " holds " + v
                            + ", not a 16-bit count");
                }
                pixels[i] = (char) v;
            }
            return new Frame(geometry, pixels, mask, DiffractionModel.OVERLOAD);
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }
}
