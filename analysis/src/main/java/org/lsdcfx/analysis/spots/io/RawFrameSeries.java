package org.lsdcfx.analysis.spots.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.lsdcfx.analysis.spots.DetectorGeometry;
import org.lsdcfx.analysis.spots.Frame;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a {@link RawFrameFormat} file. {@link #read(int)} uses positional reads, so several threads may read frames
 * at once.
 */
final class RawFrameSeries implements FrameSeries {

    private static final Logger LOG = LoggerFactory.getLogger(RawFrameSeries.class);

    private final Path file;
    private final FileChannel channel;
    private final RawFrameFormat.Header header;
    private final int frameCount;

    private RawFrameSeries(Path file, FileChannel channel, RawFrameFormat.Header header, int frameCount) {
        this.file = file;
        this.channel = channel;
        this.header = header;
        this.frameCount = frameCount;
    }

    static RawFrameSeries open(Path file) throws IOException {
        FileChannel ch = FileChannel.open(file, StandardOpenOption.READ);
        try {
            RawFrameFormat.Header h = RawFrameFormat.readHeader(ch, file);
            long data = ch.size() - h.length();
            long frames = data / h.frameBytes();
            if (data % h.frameBytes() != 0) {
                LOG.warn("{} ends with a partial frame ({} bytes); reading its {} complete frames",
                        file, data % h.frameBytes(), frames);
            }
            return new RawFrameSeries(file, ch, h, (int) frames);
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    @Override
    public Path source() {
        return file;
    }

    @Override
    public DetectorGeometry geometry() {
        return header.geometry();
    }

    @Override
    public int frameCount() {
        return frameCount;
    }

    @Override
    public Frame read(int index) throws IOException {
        if (index < 0 || index >= frameCount) {
            throw new IndexOutOfBoundsException("frame " + index + " not in " + file + " (" + frameCount + " frames)");
        }
        long position = header.length() + index * header.frameBytes();
        return header.decode(RawFrameFormat.readFully(channel, position, (int) header.frameBytes(), file));
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    @Override
    public String toString() {
        return "RawFrameSeries[" + file + ", " + frameCount + " frames]";
    }
}
