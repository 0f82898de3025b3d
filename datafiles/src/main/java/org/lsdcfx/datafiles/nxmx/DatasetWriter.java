package org.lsdcfx.datafiles.nxmx;

import java.nio.file.Path;

/**
 * Writes one NXmx dataset frame by frame, so that no dataset has to fit in memory (with the JNI backend; the
 * self-contained fallback buffers, see {@link NxmxBackends}).
 *
 * <p>Life cycle: {@link #open} (the master file exists from then on, marked {@code in_progress}), {@link #append}
 * once per frame in frame order, then exactly one of {@link #complete} or {@link #abort}. {@link #close} aborts a
 * writer that was neither completed nor aborted, so try-with-resources never leaves a master claiming completeness.
 * A dataset that was aborted or whose writer crashed can be continued with {@link #resume}.
 *
 * <p>Not thread-safe: one thread (the one receiving frames) drives a writer.
 */
public interface DatasetWriter extends AutoCloseable {

    /** Opens a new dataset with the active backend ({@link NxmxBackends#active()}). */
    static DatasetWriter open(DatasetSpec spec) {
        return NxmxBackends.active().backend().open(spec);
    }

    /** Continues an incomplete dataset with the active backend ({@link NxmxBackend#resume}). */
    static DatasetWriter resume(Path masterFile) {
        return NxmxBackends.active().backend().resume(masterFile);
    }

    /** The plan: files, frame geometry, frame count, goniometer positions. */
    DatasetPlan plan();

    Path masterFile();

    /** Frames stored so far; also the 0-based index of the next frame {@link #append} expects. */
    int framesWritten();

    /**
     * Stores the next frame.
     *
     * @throws NxmxException when the frame does not match the plan (size, pixel type), all planned frames are already
     *                       written, the writer is finished, or the file system fails; the frames stored before stay
     */
    void append(Frame frame);

    /**
     * Finishes the dataset: closes the data files and writes {@code end_time} and status {@code complete}. When
     * frames are missing it does not claim completeness: the master is marked {@code incomplete} instead.
     */
    DatasetResult complete(EndInfo end);

    /** Stops the dataset: the frames so far stay, the master is marked {@code incomplete} with the reason. */
    DatasetResult abort(String reason);

    /** Aborts the dataset if it is still open ("writer closed before complete"); otherwise does nothing. */
    @Override
    void close();
}
