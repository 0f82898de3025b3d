package org.lsdcfx.daq.routine.raster.files;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.lsdcfx.analysis.spots.io.FrameIO;
import org.lsdcfx.analysis.spots.io.FrameSeries;

/**
 * Opens a raster row's frames from whatever the detector wrote, the same way while the raster runs and when its files
 * are reprocessed: the row's data file ({@code <series>_data_<row+1>.<ext>}) when it exists — an HDF5 (Eiger/NXmx)
 * data file through {@link Hdf5FrameSeries}, anything else through the {@link FrameIO} formats (the simulator's
 * binary chunks) — else the row's slice of a self-contained NXmx master (datafiles' jhdf fallback writes no data
 * files, and fills its master only when the series closes). {@link Readiness} says when a row's frames can be read:
 * live, after the detector wrote them; offline, at once. Thread-safe (stateless apart from its parts).
 */
public final class RowFrames {
    /** When frames are on disk. */
    public interface Readiness {
        /** Returns once row {@code row}'s data file is complete (closed). */
        void rowWritten(int row) throws IOException, InterruptedException;

        /** Returns once the whole series is closed (every file final). */
        void seriesClosed() throws IOException, InterruptedException;

        /** Files of a finished raster: everything is ready. */
        static Readiness finished() {
            return new Readiness() {
                @Override
                public void rowWritten(int row) {
                }

                @Override
                public void seriesClosed() {
                }
            };
        }
    }

    /**
     * A row's frames, and where its first frame is.
     *
     * @param frames     the row's frames, cell k at index k
     * @param image      the file that holds them (for {@code rasterResult.image})
     * @param firstIndex 1-based frame number of the row's first frame inside {@code image}
     */
    public record Row(FrameSeries frames, Path image, int firstIndex) implements Closeable {
        @Override
        public void close() throws IOException {
            frames.close();
        }
    }

    private final FrameIO io;
    private final RasterFiles files;
    private final FrameSpec.Source geometry;
    private final Readiness readiness;

    /**
     * @param io        formats of data files that describe themselves (the simulator's binary chunks)
     * @param geometry  the geometry of NXmx frames (their data files do not hold it)
     */
    public RowFrames(FrameIO io, RasterFiles files, FrameSpec.Source geometry, Readiness readiness) {
        this.io = io;
        this.files = files;
        this.geometry = geometry;
        this.readiness = readiness;
    }

    public RasterFiles files() {
        return files;
    }

    /**
     * Waits until row {@code row} is on disk and opens its frames; the caller closes them.
     *
     * @throws NoSuchFileException when neither the row's data file nor a master exists
     */
    public Row open(int row) throws IOException, InterruptedException {
        readiness.rowWritten(row);
        Path data = files.rowFile(row);
        if (Files.isRegularFile(data)) {
            FrameSeries s = Hdf5FrameSeries.isHdf5(data) ? Hdf5FrameSeries.open(data, 0, geometry) : io.open(data);
            return new Row(s, data, 1);
        }
        Path master = files.master();
        if (Files.isRegularFile(master)) {
            readiness.seriesClosed();
            if (!Hdf5FrameSeries.holdsFrames(master)) {
                throw new NoSuchFileException(data.toString(), null, "row " + (row + 1) + " has no data file (its master "
                        + master.getFileName() + " links to data files)");
            }
            int first = row * files.framesPerFile();
            return new Row(Hdf5FrameSeries.open(master, first, geometry), master, first + 1);
        }
        throw new NoSuchFileException(data.toString(), null, "row " + (row + 1) + " has no data file (and there is no "
                + "master " + master.getFileName() + ")");
    }

    /** Row {@code row}'s frames are expected in this file (before anything is on disk). */
    public Path expectedFile(int row) {
        return files.rowFile(row);
    }
}
