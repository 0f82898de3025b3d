package org.lsdcfx.analysis.spots.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import org.lsdcfx.analysis.spots.DetectorGeometry;
import org.lsdcfx.analysis.spots.Frame;
import org.lsdcfx.analysis.spots.ModuleLayout;
import org.lsdcfx.analysis.spots.PixelMask;

/**
 * A minimal self-describing frame file until the NXmx/HDF5 writer exists: a header with the geometry, overload and
 * mask, then frames of nx · ny unsigned 16-bit little-endian counts, appended one after the other.
 *
 * <pre>
 * offset  size  field (little-endian)
 *  0      8     magic "LSDCRAW1"
 *  8      4     header length in bytes (frames start here)
 * 12      4+4   nx, ny
 * 20      4     overload
 * 24      5×8   pixel size mm, distance mm, beam centre x px, beam centre y px, wavelength Å
 * 64      4×4   module width, module height, gap x, gap y (all 0: monolithic)
 * 80      …     mask: ceil(nx·ny / 8) bytes, bit i (LSB first) = pixel i masked
 * header  …     frames, nx·ny·2 bytes each
 * </pre>
 * The frame count is not stored: it is the number of complete frames in the file, so a file cut short by a crash
 * still reads up to its last whole frame.
 */
public final class RawFrameFormat implements FrameFormat {

    static final byte[] MAGIC = "LSDCRAW1".getBytes(StandardCharsets.US_ASCII);
    static final int FIXED_HEADER = 80;

    @Override
    public String name() {
        return "raw";
    }

    @Override
    public boolean recognises(Path file) throws IOException {
        if (!Files.isRegularFile(file) || Files.size(file) < MAGIC.length) {
            return false;
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer b = ByteBuffer.allocate(MAGIC.length);
            while (b.hasRemaining() && ch.read(b) >= 0) {
                // read the whole magic
            }
            return Arrays.equals(b.array(), MAGIC);
        }
    }

    @Override
    public FrameSeries open(Path file) throws IOException {
        return RawFrameSeries.open(file);
    }

    /**
     * Creates a new raw file for frames of this geometry, mask and overload. Refuses to replace an existing file.
     */
    public static RawFrameWriter create(Path file, DetectorGeometry geometry, PixelMask mask, int overload)
            throws IOException {
        return new RawFrameWriter(file, geometry, mask, overload);
    }

    static ByteBuffer header(DetectorGeometry g, PixelMask mask, int overload) {
        byte[] maskBytes = mask.toBytes();
        ByteBuffer b = ByteBuffer.allocate(FIXED_HEADER + maskBytes.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put(MAGIC).putInt(FIXED_HEADER + maskBytes.length).putInt(g.nx()).putInt(g.ny()).putInt(overload);
        b.putDouble(g.pixelSizeMm()).putDouble(g.distanceMm()).putDouble(g.beamCentreXPx())
                .putDouble(g.beamCentreYPx()).putDouble(g.wavelengthA());
        ModuleLayout m = g.modules();
        b.putInt(m.moduleWidth()).putInt(m.moduleHeight()).putInt(m.gapX()).putInt(m.gapY());
        b.put(maskBytes).flip();
        return b;
    }

    /** Reads a header written by {@link #header}. */
    static Header readHeader(FileChannel ch, Path file) throws IOException {
        ByteBuffer fixed = readFully(ch, 0, FIXED_HEADER, file);
        byte[] magic = new byte[MAGIC.length];
        fixed.get(magic);
        if (!Arrays.equals(magic, MAGIC)) {
            throw new IOException(file + " is not a raw frame file (bad magic)");
        }
        int headerLength = fixed.getInt();
        int nx = fixed.getInt();
        int ny = fixed.getInt();
        int overload = fixed.getInt();
        double pixel = fixed.getDouble();
        double distance = fixed.getDouble();
        double bx = fixed.getDouble();
        double by = fixed.getDouble();
        double wavelength = fixed.getDouble();
        ModuleLayout modules;
        DetectorGeometry geometry;
        try {
            modules = new ModuleLayout(fixed.getInt(), fixed.getInt(), fixed.getInt(), fixed.getInt());
            geometry = new DetectorGeometry(nx, ny, pixel, distance, bx, by, wavelength, modules);
        } catch (IllegalArgumentException e) {
            throw new IOException(file + " has an invalid header: " + e.getMessage(), e);
        }
        int maskLength = (nx * ny + 7) / 8;
        if (headerLength != FIXED_HEADER + maskLength) {
            throw new IOException(file + " has an inconsistent header length " + headerLength);
        }
        ByteBuffer maskBytes = readFully(ch, FIXED_HEADER, maskLength, file);
        PixelMask mask = PixelMask.fromBytes(nx, ny, maskBytes.array());
        return new Header(geometry, mask, overload, headerLength);
    }

    static ByteBuffer readFully(FileChannel ch, long position, int length, Path file) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        long pos = position;
        while (b.hasRemaining()) {
            int n = ch.read(b, pos);
            if (n < 0) {
                throw new IOException(file + " ends at byte " + pos + ", expected " + (position + length));
            }
            pos += n;
        }
        return b.flip();
    }

    record Header(DetectorGeometry geometry, PixelMask mask, int overload, int length) {
        long frameBytes() {
            return 2L * geometry.pixelCount();
        }

        Frame decode(ByteBuffer littleEndian) {
            char[] px = new char[geometry.pixelCount()];
            littleEndian.order(ByteOrder.LITTLE_ENDIAN).asCharBuffer().get(px);
            return new Frame(geometry, px, mask, overload);
        }
    }
}
