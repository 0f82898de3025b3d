package org.lsdcfx.sim.detector;

import java.io.IOException;

/**
 * Where the simulated detector's file writer puts frames. Swappable: {@link NxmxFrameSink} writes Eiger-style NXmx
 * (HDF5) master and data files, {@link BinaryFrameSink} simple binary chunks and a JSON summary (see
 * {@link FrameSinks}). Implementations must never overwrite an existing file: {@link #open} fails instead.
 * Implementations are thread-safe; their writers are used by one thread at a time (the simulator thread).
 */
public interface FrameSink {

    /** Starts a series. Fails (nothing written) if any of its files already exist or cannot be created. */
    SeriesWriter open(SeriesSpec series) throws IOException;

    /** A short description for logs, e.g. "NXmx (hdf5-jni 1.10.8)". */
    String describe();

    /** The files of one series. Used by one thread at a time. */
    interface SeriesWriter {

        /** Appends a frame; frames arrive in order, numbered from 1. */
        void write(DetectorFrame frame) throws IOException;

        /** Closes the series' files after all {@code framesWritten} requested frames were written. */
        void complete(int framesWritten) throws IOException;

        /** Closes the series' files early (disarmed, or a write failed), recording {@code reason}. */
        void abort(int framesWritten, String reason) throws IOException;
    }
}
