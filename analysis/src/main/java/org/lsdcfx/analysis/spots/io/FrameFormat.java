package org.lsdcfx.analysis.spots.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A file format that frames can be read from. {@link FrameIO} asks each registered format in turn whether it
 * recognises a file; an NXmx/HDF5 reader plugs in by implementing this interface. Implementations are stateless and
 * thread-safe.
 */
public interface FrameFormat {

    /** Short name for messages, e.g. "raw". */
    String name();

    /** True when {@code file} is in this format (typically by its magic bytes); must not throw for foreign files. */
    boolean recognises(Path file) throws IOException;

    /** Opens {@code file} for reading; the caller closes the series. */
    FrameSeries open(Path file) throws IOException;
}
