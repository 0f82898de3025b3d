package org.lsdcfx.datafiles.nxmx.jni;

import static hdf.hdf5lib.HDF5Constants.H5P_DEFAULT;

import java.nio.file.Path;
import java.util.List;

import hdf.hdf5lib.H5;
import hdf.hdf5lib.HDF5Constants;
import hdf.hdf5lib.exceptions.HDF5Exception;

import org.lsdcfx.datafiles.nxmx.DatasetPlan;
import org.lsdcfx.datafiles.nxmx.Frame;
import org.lsdcfx.datafiles.nxmx.FrameGeometry;
import org.lsdcfx.datafiles.nxmx.FrameSource;
import org.lsdcfx.datafiles.nxmx.MasterHeader;
import org.lsdcfx.datafiles.nxmx.NxmxException;
import org.lsdcfx.datafiles.nxmx.NxmxStructure;
import org.lsdcfx.datafiles.nxmx.PixelType;

/**
 * Reads frames through a master's links: the linked data files are the ones {@link JniDatasetState} checked (each
 * holds the frames that follow the previous one), read one frame at a time by hyperslab. One data file is open at a
 * time. Not thread-safe.
 */
final class JniFrameSource implements FrameSource {
    private final Path master;
    private final DatasetPlan plan;
    private final List<JniDatasetState.LinkedFile> files;
    private final int frames;
    private final MasterHeader header;
    private int openIndex = -1;
    private long openFile = -1;
    private long openDataset = -1;

    private JniFrameSource(Path master, JniDatasetState state, MasterHeader header) {
        this.master = master;
        this.plan = state.plan();
        this.files = state.linked();
        this.frames = state.framesWritten();
        this.header = header;
    }

    static JniFrameSource open(Path master) {
        JniDatasetState state = JniDatasetState.read(master);
        return new JniFrameSource(master, state, readHeader(master, state.plan().geometry()));
    }

    @Override
    public DatasetPlan plan() {
        return plan;
    }

    @Override
    public int frameCount() {
        return frames;
    }

    @Override
    public MasterHeader header() {
        return header;
    }

    @Override
    public Frame read(int index) {
        if (index < 0 || index >= frames) {
            throw new NxmxException(master + " holds frames 1.." + frames + "; frame " + (index + 1) + " does not exist");
        }
        int first = 0;
        for (int f = 0; f < files.size(); f++) {
            JniDatasetState.LinkedFile file = files.get(f);
            if (index < first + file.frames()) {
                return readFrom(f, index - first);
            }
            first += file.frames();
        }
        throw new NxmxException(master + ": frame " + (index + 1) + " is in no linked data file");
    }

    private Frame readFrom(int fileIndex, int frameInFile) {
        FrameGeometry g = plan.geometry();
        long fileSpace = -1;
        long memory = -1;
        try {
            openFile(fileIndex);
            fileSpace = H5.H5Dget_space(openDataset);
            H5.H5Sselect_hyperslab(fileSpace, HDF5Constants.H5S_SELECT_SET, new long[] {frameInFile, 0, 0}, null,
                    new long[] {1, g.height(), g.width()}, null);
            memory = H5.H5Screate_simple(3, new long[] {1, g.height(), g.width()}, null);
            if (g.pixelType() == PixelType.UINT16) {
                short[] pixels = new short[g.pixels()];
                H5.H5Dread_short(openDataset, HDF5Constants.H5T_NATIVE_UINT16, memory, fileSpace, H5P_DEFAULT, pixels);
                return Frame.uint16(pixels);
            }
            int[] pixels = new int[g.pixels()];
            H5.H5Dread_int(openDataset, HDF5Constants.H5T_NATIVE_UINT32, memory, fileSpace, H5P_DEFAULT, pixels);
            return Frame.uint32(pixels);
        } catch (HDF5Exception e) {
            throw new NxmxException("cannot read frame " + (frameInFile + 1) + " of " + files.get(fileIndex).path() + ": "
                    + e.getMessage(), e);
        } finally {
            if (memory >= 0) {
                H5.H5Sclose(memory);
            }
            if (fileSpace >= 0) {
                H5.H5Sclose(fileSpace);
            }
        }
    }

    private void openFile(int fileIndex) {
        if (fileIndex == openIndex) {
            return;
        }
        closeOpen();
        openFile = Hdf.openFile(files.get(fileIndex).path(), false);
        openDataset = H5.H5Dopen(openFile, NxmxStructure.DATA_PATH, H5P_DEFAULT);
        openIndex = fileIndex;
    }

    private void closeOpen() {
        if (openDataset >= 0) {
            H5.H5Dclose(openDataset);
            openDataset = -1;
        }
        if (openFile >= 0) {
            Hdf.closeFile(openFile);
            openFile = -1;
        }
        openIndex = -1;
    }

    @Override
    public void close() {
        closeOpen();
    }

    /** The detector geometry fields of the master, converted by their units attributes. */
    static MasterHeader readHeader(Path master, FrameGeometry g) {
        long file = Hdf.openFile(master, false);
        try {
            String det = NxmxStructure.DETECTOR + "/";
            double distance = MasterHeader.toMm(number(file, det + "distance"), units(file, det + "distance"));
            double pixelX = MasterHeader.toMm(number(file, det + "x_pixel_size"), units(file, det + "x_pixel_size"));
            double pixelY = MasterHeader.toMm(number(file, det + "y_pixel_size"), units(file, det + "y_pixel_size"));
            String wl = "/entry/instrument/beam/incident_wavelength";
            double wavelength = MasterHeader.toAngstrom(number(file, wl), units(file, wl));
            String saturation = det + "saturation_value";
            long sat = H5.H5Lexists(file, saturation, H5P_DEFAULT) ? (long) number(file, saturation) : -1;
            return new MasterHeader(g.width(), g.height(), distance, number(file, det + "beam_center_x"),
                    number(file, det + "beam_center_y"), pixelX, pixelY, wavelength, sat);
        } catch (HDF5Exception e) {
            throw new NxmxException("cannot read the detector geometry of " + master + ": " + e.getMessage(), e);
        } finally {
            Hdf.closeFile(file);
        }
    }

    private static double number(long file, String path) {
        if (!exists(file, path)) {
            throw new NxmxException("the master has no " + path);
        }
        return Hdf.readDoubles(file, path)[0];
    }

    private static String units(long file, String path) {
        long dset = H5.H5Dopen(file, path, H5P_DEFAULT);
        try {
            return H5.H5Aexists(dset, "units") ? Hdf.readStringAttribute(dset, "units") : "";
        } finally {
            H5.H5Dclose(dset);
        }
    }

    /** Whether every group on {@code path} and the object itself exist (H5Lexists needs the parents). */
    static boolean exists(long file, String path) {
        StringBuilder prefix = new StringBuilder();
        for (String part : path.substring(1).split("/")) {
            prefix.append('/').append(part);
            if (!H5.H5Lexists(file, prefix.toString(), H5P_DEFAULT)) {
                return false;
            }
        }
        return true;
    }
}
