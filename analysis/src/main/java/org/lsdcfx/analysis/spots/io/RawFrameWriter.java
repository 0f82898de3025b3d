package org.lsdcfx.analysis.spots.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.lsdcfx.analysis.spots.DetectorGeometry;
import org.lsdcfx.analysis.spots.Frame;
import org.lsdcfx.analysis.spots.PixelMask;

/**
 * Appends frames to a new {@link RawFrameFormat} file. Every frame must match the file's geometry, mask and
 * overload, so nothing about a frame is silently dropped. Not thread-safe: one writer per file, one thread at a time.
 */
public final class RawFrameWriter implements AutoCloseable {

    private final Path file;
    private final DetectorGeometry geometry;
    private final PixelMask mask;
    private final int overload;
    private final FileChannel channel;
    private final ByteBuffer buffer;
    private int written;

    RawFrameWriter(Path file, DetectorGeometry geometry, PixelMask mask, int overload) throws IOException {
        if (mask.width() != geometry.nx() || mask.height() != geometry.ny()) {
            throw new IllegalArgumentException("mask is " + mask.width() + "x" + mask.height() + " but the detector is "
                    + geometry.nx() + "x" + geometry.ny());
        }
        if (overload < 1 || overload > 0xFFFF) {
            throw new IllegalArgumentException("overload must be within 1..65535, got " + overload);
        }
        this.file = file;
        this.geometry = geometry;
        this.mask = mask;
        this.overload = overload;
        try {
            this.channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw new FileAlreadyExistsException(file.toString(), null, "refusing to overwrite an existing frame file");
        }
        this.buffer = ByteBuffer.allocate(2 * geometry.pixelCount()).order(ByteOrder.LITTLE_ENDIAN);
        writeFully(RawFrameFormat.header(geometry, mask, overload));
    }

    /** Appends one frame. */
    public void append(Frame frame) throws IOException {
        if (!frame.geometry().equals(geometry) || frame.overload() != overload
                || (frame.mask() != mask && !frame.mask().equals(mask))) {
            throw new IllegalArgumentException("frame " + frame + " does not match the geometry, mask or overload of "
                    + file);
        }
        buffer.clear();
        buffer.asCharBuffer().put(frame.pixels());
        buffer.limit(buffer.capacity()).position(0);
        writeFully(buffer);
        written++;
    }

    /** Frames appended so far. */
    public int framesWritten() {
        return written;
    }

    public Path file() {
        return file;
    }

    @Override
    public void close() throws IOException {
        channel.force(false);
        channel.close();
    }

    private void writeFully(ByteBuffer b) throws IOException {
        while (b.hasRemaining()) {
            channel.write(b);
        }
    }
}
