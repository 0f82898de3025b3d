package org.lsdcfx.sim.detector;

import java.io.IOException;

/**
 * Where the simulated detector's file writer puts frames. Swappable: {@link BinaryFrameSink} writes simple binary
 * chunks and a JSON summary; an NXmx HDF5 writer can implement the same interface. Implementations must never
 * overwrite an existing file: {@link #open} fails instead.
 */
public interface FrameSink {

    /** Starts a series. Fails (nothing written) if any of its files already exist or cannot be created. */
    SeriesWriter open(SeriesSpec series) throws IOException;

    /** The files of one series. Used by one thread at a time. */
    interface SeriesWriter {

        /** Appends a frame; frames arrive in order, numbered from 1. */
        void write(Frame frame) throws IOException;

        /**
         * Closes the series' files and records how it ended.
         *
         * @param framesWritten frames written
         * @param complete      true if all requested frames were written, false if disarmed early or failed
         */
        void finish(int framesWritten, boolean complete) throws IOException;
    }
}
