package org.lsdcfx.analysis.spots.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Opens frame files of whichever registered {@link FrameFormat} recognises them, so that reprocessing runs the same
 * spot finding on files as on live frames. Immutable and thread-safe.
 */
public final class FrameIO {

    private final List<FrameFormat> formats;

    public FrameIO(List<FrameFormat> formats) {
        if (formats == null || formats.isEmpty()) {
            throw new IllegalArgumentException("at least one frame format is required");
        }
        this.formats = List.copyOf(formats);
    }

    /** The formats this module ships: {@link RawFrameFormat}. */
    public static FrameIO standard() {
        return new FrameIO(List.of(new RawFrameFormat()));
    }

    public List<FrameFormat> formats() {
        return formats;
    }

    /**
     * Opens {@code file} with the first format that recognises it.
     *
     * @throws NoSuchFileException when the file does not exist
     * @throws IOException         when no format recognises it, naming the formats tried
     */
    public FrameSeries open(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "no such frame file");
        }
        for (FrameFormat f : formats) {
            if (f.recognises(file)) {
                return f.open(file);
            }
        }
        throw new IOException(file + " is not in a known frame format (tried: "
                + formats.stream().map(FrameFormat::name).collect(Collectors.joining(", ")) + ")");
    }
}
