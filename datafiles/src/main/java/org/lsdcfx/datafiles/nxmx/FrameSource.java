package org.lsdcfx.datafiles.nxmx;

/**
 * Reads the frames of a dataset back through its master file ({@link NxmxBackend#frames}), following the external
 * links as DIALS and the XDS plugins do. Frames are read one at a time, so a dataset never has to fit in memory.
 *
 * <p>Not thread-safe: one thread reads from a source; close it when done.
 */
public interface FrameSource extends AutoCloseable {
    /** The dataset's plan as the master declares it. */
    DatasetPlan plan();

    /** Frames that can be read: those the master links (may be fewer than planned). */
    int frameCount();

    /**
     * Frame {@code index} (0-based), in the dataset's pixel type.
     *
     * @throws NxmxException when the index is outside 0..frameCount()-1 or the file cannot be read
     */
    Frame read(int index);

    /** The detector geometry the master declares. */
    MasterHeader header();

    @Override
    void close();
}
