package org.lsdcfx.analysis.spots.io;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import org.lsdcfx.analysis.spots.DetectorGeometry;
import org.lsdcfx.analysis.spots.Frame;

/**
 * A readable sequence of frames taken at one geometry, such as the images of one raster row: a raw file today, an
 * NXmx/HDF5 master file later. Implementations say whether {@link #read(int)} is safe from several threads; both
 * shipped with this module are.
 */
public interface FrameSeries extends Closeable {

    /** The file (or master file) the frames come from. */
    Path source();

    DetectorGeometry geometry();

    /** Number of complete frames available. */
    int frameCount();

    /** Reads frame {@code index} (0-based) into a new {@link Frame}. */
    Frame read(int index) throws IOException;
}
