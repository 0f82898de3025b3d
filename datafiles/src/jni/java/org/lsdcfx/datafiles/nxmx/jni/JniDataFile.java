package org.lsdcfx.datafiles.nxmx.jni;

import static hdf.hdf5lib.HDF5Constants.H5P_DEFAULT;

import java.nio.file.Path;

import hdf.hdf5lib.H5;
import hdf.hdf5lib.HDF5Constants;
import hdf.hdf5lib.exceptions.HDF5Exception;

import org.lsdcfx.datafiles.nxmx.Compression;
import org.lsdcfx.datafiles.nxmx.Frame;
import org.lsdcfx.datafiles.nxmx.FrameGeometry;
import org.lsdcfx.datafiles.nxmx.NxmxException;
import org.lsdcfx.datafiles.nxmx.PixelType;

/**
 * One Eiger-style data file being written: {@code /entry/data/data}, an extendible [frames, height, width] dataset
 * chunked by frame, grown by one frame per {@link #append}. Closing it writes the Eiger attributes
 * {@code image_nr_low}/{@code image_nr_high} (1-based frame numbers within the dataset). Not thread-safe.
 */
final class JniDataFile {
    private final Path path;
    private final FrameGeometry geometry;
    private final int firstImageNumber;
    private final long file;
    private final long dataset;
    private final long memorySpace;
    private int frames;
    private boolean closed;

    private JniDataFile(Path path, FrameGeometry geometry, int firstImageNumber, long file, long dataset, long memorySpace) {
        this.path = path;
        this.geometry = geometry;
        this.firstImageNumber = firstImageNumber;
        this.file = file;
        this.dataset = dataset;
        this.memorySpace = memorySpace;
    }

    /**
     * Creates the file (never over an existing one).
     *
     * @param firstImageNumber 1-based number, within the dataset, of the first frame this file will hold
     */
    static JniDataFile create(Path path, FrameGeometry g, Compression compression, int firstImageNumber) {
        long file = Hdf.createFile(path);
        long space = -1;
        long dcpl = -1;
        long entry = -1;
        long data = -1;
        try {
            entry = Hdf.createGroup(file, "entry", "NXentry");
            data = Hdf.createGroup(entry, "data", "NXdata");
            Hdf.writeAttribute(data, "signal", "data");
            space = H5.H5Screate_simple(3, new long[] {0, g.height(), g.width()},
                    new long[] {HDF5Constants.H5S_UNLIMITED, g.height(), g.width()});
            dcpl = H5.H5Pcreate(HDF5Constants.H5P_DATASET_CREATE);
            H5.H5Pset_chunk(dcpl, 3, new long[] {1, g.height(), g.width()});
            if (compression.enabled()) {
                H5.H5Pset_shuffle(dcpl);
                H5.H5Pset_deflate(dcpl, compression.deflateLevel());
            }
            long fileType = g.pixelType() == PixelType.UINT16 ? HDF5Constants.H5T_STD_U16LE : HDF5Constants.H5T_STD_U32LE;
            long dataset = H5.H5Dcreate(data, "data", fileType, space, H5P_DEFAULT, dcpl, H5P_DEFAULT);
            long memory = H5.H5Screate_simple(3, new long[] {1, g.height(), g.width()}, null);
            return new JniDataFile(path, g, firstImageNumber, file, dataset, memory);
        } catch (HDF5Exception e) {
            Hdf.closeFile(file);
            throw new NxmxException("cannot set up the data file " + path + ": " + e.getMessage(), e);
        } finally {
            if (dcpl >= 0) {
                H5.H5Pclose(dcpl);
            }
            if (space >= 0) {
                H5.H5Sclose(space);
            }
            if (data >= 0) {
                H5.H5Gclose(data);
            }
            if (entry >= 0) {
                H5.H5Gclose(entry);
            }
        }
    }

    Path path() {
        return path;
    }

    int frames() {
        return frames;
    }

    int firstImageNumber() {
        return firstImageNumber;
    }

    /** Appends one frame (already checked against the geometry). */
    void append(Frame frame) {
        long fileSpace = -1;
        try {
            H5.H5Dset_extent(dataset, new long[] {frames + 1L, geometry.height(), geometry.width()});
            fileSpace = H5.H5Dget_space(dataset);
            H5.H5Sselect_hyperslab(fileSpace, HDF5Constants.H5S_SELECT_SET, new long[] {frames, 0, 0}, null,
                    new long[] {1, geometry.height(), geometry.width()}, null);
            if (frame instanceof Frame.Uint16 f) {
                H5.H5Dwrite_short(dataset, HDF5Constants.H5T_NATIVE_UINT16, memorySpace, fileSpace, H5P_DEFAULT, f.pixels());
            } else if (frame instanceof Frame.Uint32 f) {
                H5.H5Dwrite_int(dataset, HDF5Constants.H5T_NATIVE_UINT32, memorySpace, fileSpace, H5P_DEFAULT, f.pixels());
            }
            frames++;
        } catch (HDF5Exception e) {
            try {
                // Keep the extent equal to the frames really written, so that the file stays consistent.
                H5.H5Dset_extent(dataset, new long[] {frames, geometry.height(), geometry.width()});
            } catch (HDF5Exception ignored) {
                // the original error is the one to report
            }
            throw new NxmxException("cannot write frame " + (firstImageNumber + frames) + " to " + path + ": "
                    + e.getMessage(), e);
        } finally {
            if (fileSpace >= 0) {
                H5.H5Sclose(fileSpace);
            }
        }
    }

    /** Writes the frame-number attributes and closes the file; afterwards it is complete on disk. */
    void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            Hdf.writeAttribute(dataset, "image_nr_low", (long) firstImageNumber);
            Hdf.writeAttribute(dataset, "image_nr_high", (long) firstImageNumber + frames - 1);
        } finally {
            H5.H5Sclose(memorySpace);
            H5.H5Dclose(dataset);
            H5.H5Fclose(file);
        }
    }
}
