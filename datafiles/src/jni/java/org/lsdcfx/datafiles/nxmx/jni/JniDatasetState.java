package org.lsdcfx.datafiles.nxmx.jni;

import static hdf.hdf5lib.HDF5Constants.H5P_DEFAULT;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import hdf.hdf5lib.H5;
import hdf.hdf5lib.HDF5Constants;
import hdf.hdf5lib.exceptions.HDF5Exception;

import org.lsdcfx.datafiles.nxmx.Compression;
import org.lsdcfx.datafiles.nxmx.DatasetPlan;
import org.lsdcfx.datafiles.nxmx.DatasetStatus;
import org.lsdcfx.datafiles.nxmx.FrameGeometry;
import org.lsdcfx.datafiles.nxmx.GoniometerScan;
import org.lsdcfx.datafiles.nxmx.NxmxException;
import org.lsdcfx.datafiles.nxmx.NxmxStructure;
import org.lsdcfx.datafiles.nxmx.PixelType;
import org.lsdcfx.datafiles.nxmx.Vector3;
import org.lsdcfx.datafiles.nxmx.VectorTranslation;

/**
 * What an existing dataset holds, read back for a resume: its plan (from the master's status record and goniometer),
 * and the data files the master links to, each checked to hold the frames that follow the previous one. A data file
 * is linked only after it was closed, so linked files are trusted; a file the writer was filling when it crashed is
 * not linked, is left as it is, and its frames count as missing.
 *
 * @param plan          the dataset's plan
 * @param status        the status the master declares
 * @param reason        the status record's reason attribute
 * @param resumes       how many times the dataset was resumed before
 * @param linked        the linked data files in frame order
 * @param framesWritten frames held by the linked files; the next frame to write
 * @param nextFileIndex the first data file index not used by a link or a file on disk
 */
record JniDatasetState(DatasetPlan plan, DatasetStatus status, String reason, int resumes, List<LinkedFile> linked,
                       int framesWritten, int nextFileIndex) {
    private static final Pattern MASTER_NAME = Pattern.compile("(.+)_(\\d{1,5})_master\\.h5");
    private static final Pattern LINK_NAME = Pattern.compile("data_(\\d{6})");

    /** A data file linked from the master. */
    record LinkedFile(int index, Path path, int firstImageNumber, int frames) {
        /** The master's link name for this file. */
        String linkName() {
            return DatasetPlan.dataLinkName(index);
        }
    }

    static JniDatasetState read(Path master) {
        Path dir = master.toAbsolutePath().getParent();
        Matcher name = MASTER_NAME.matcher(master.getFileName().toString());
        if (!name.matches()) {
            throw new NxmxException(master + " is not named <prefix>_<sequence>_master.h5");
        }
        long file = Hdf.openFile(master, false);
        long entry = -1;
        long data = -1;
        try {
            entry = Hdf.openGroup(file, NxmxStructure.ENTRY);
            if (!Hdf.exists(entry, NxmxStructure.STATUS)) {
                throw new NxmxException(master + " has no " + NxmxStructure.STATUS_PATH
                        + "; it was not written by LSDC-FX and cannot be resumed");
            }
            long status = H5.H5Dopen(entry, NxmxStructure.STATUS, H5P_DEFAULT);
            DatasetStatus declared;
            String reason;
            int resumes;
            DatasetPlan plan;
            try {
                declared = DatasetStatus.fromLabel(Hdf.readStringDataset(entry, NxmxStructure.STATUS));
                reason = Hdf.readStringAttribute(status, NxmxStructure.ATTR_REASON);
                resumes = (int) Hdf.readLongsAttribute(status, NxmxStructure.ATTR_RESUMES)[0];
                long[] size = Hdf.readLongsAttribute(status, NxmxStructure.ATTR_IMAGE_SIZE);
                FrameGeometry geometry = new FrameGeometry((int) size[1], (int) size[0],
                        PixelType.fromLabel(Hdf.readStringAttribute(status, NxmxStructure.ATTR_PIXEL_TYPE)));
                int planned = (int) Hdf.readLongsAttribute(status, NxmxStructure.ATTR_FRAMES_PLANNED)[0];
                int perFile = (int) Hdf.readLongsAttribute(status, NxmxStructure.ATTR_FRAMES_PER_DATA_FILE)[0];
                Compression compression = Compression.fromLabel(
                        Hdf.readStringAttribute(status, NxmxStructure.ATTR_COMPRESSION));
                plan = new DatasetPlan(dir, name.group(1), Integer.parseInt(name.group(2)), geometry, planned, perFile,
                        readScan(file, planned), compression);
            } finally {
                H5.H5Dclose(status);
            }
            data = Hdf.openGroup(entry, "data");
            List<LinkedFile> linked = readLinks(master, dir, data, plan);
            int frames = linked.stream().mapToInt(LinkedFile::frames).sum();
            int next = Math.max(linked.stream().mapToInt(LinkedFile::index).max().orElse(0), highestFileOnDisk(plan)) + 1;
            return new JniDatasetState(plan, declared, reason, resumes, linked, frames, next);
        } catch (HDF5Exception e) {
            throw new NxmxException("cannot read the dataset state from " + master + ": " + e.getMessage(), e);
        } finally {
            if (data >= 0) {
                H5.H5Gclose(data);
            }
            if (entry >= 0) {
                H5.H5Gclose(entry);
            }
            Hdf.closeFile(file);
        }
    }

    private static GoniometerScan readScan(long file, int planned) {
        double[] omega = Hdf.readDoubles(file, NxmxStructure.OMEGA_PATH);
        double increment = Hdf.readDoubles(file, "/entry/sample/transformations/omega_increment_set")[0];
        long omegaSet = H5.H5Dopen(file, NxmxStructure.OMEGA_PATH, H5P_DEFAULT);
        double[] axis;
        try {
            axis = Hdf.readDoublesAttribute(omegaSet, "vector");
        } finally {
            H5.H5Dclose(omegaSet);
        }
        GoniometerScan scan = new GoniometerScan(omega[0], increment, new Vector3(axis[0], axis[1], axis[2]), null);
        String samX = "/entry/sample/transformations/sam_x";
        if (H5.H5Lexists(file, "/entry/sample/transformations", H5P_DEFAULT) && H5.H5Lexists(file, samX, H5P_DEFAULT)) {
            double[] x = Hdf.readDoubles(file, samX);
            double[] y = Hdf.readDoubles(file, "/entry/sample/transformations/sam_y");
            double[] z = Hdf.readDoubles(file, "/entry/sample/transformations/sam_z");
            long ds = H5.H5Dopen(file, samX, H5P_DEFAULT);
            String unit;
            try {
                unit = Hdf.readStringAttribute(ds, "units");
            } finally {
                H5.H5Dclose(ds);
            }
            Vector3 start = new Vector3(x[0], y[0], z[0]);
            // Frame i starts at start + (end - start) * i / n, so the last start gives the end.
            int last = planned - 1;
            Vector3 end = last == 0 ? start : start.interpolate(new Vector3(x[last], y[last], z[last]), (double) planned / last);
            scan = scan.withVector(new VectorTranslation(start, end, unit));
        }
        return scan;
    }

    private static List<LinkedFile> readLinks(Path master, Path dir, long data, DatasetPlan plan) {
        int count = (int) H5.H5Gget_info(data).nlinks;
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            names.add(H5.H5Lget_name_by_idx(data, ".", HDF5Constants.H5_INDEX_NAME, HDF5Constants.H5_ITER_INC, i,
                    H5P_DEFAULT));
        }
        List<LinkedFile> linked = new ArrayList<>();
        int expectedFirst = 1;
        for (String link : names) {
            Matcher m = LINK_NAME.matcher(link);
            if (!m.matches()) {
                continue;
            }
            if (H5.H5Lget_info(data, link, H5P_DEFAULT).type != HDF5Constants.H5L_TYPE_EXTERNAL) {
                throw new NxmxException(master + ": /entry/data/" + link + " is not an external link");
            }
            String[] value = new String[2];
            H5.H5Lget_value(data, link, value, H5P_DEFAULT);
            String fileName = value[1];
            Path path = dir.resolve(fileName);
            if (!path.getParent().equals(dir)) {
                throw new NxmxException(master + ": /entry/data/" + link + " points outside the dataset directory: " + fileName);
            }
            LinkedFile f = inspect(path, Integer.parseInt(m.group(1)), plan);
            if (f.firstImageNumber() != expectedFirst) {
                throw new NxmxException(master + ": " + fileName + " starts at frame " + f.firstImageNumber()
                        + " but frame " + expectedFirst + " was expected; the dataset is damaged and is not resumed");
            }
            expectedFirst += f.frames();
            linked.add(f);
        }
        return linked;
    }

    /** Opens a linked data file read-only and checks its shape and frame numbers. */
    private static LinkedFile inspect(Path path, int index, DatasetPlan plan) {
        if (!Files.isRegularFile(path)) {
            throw new NxmxException("the linked data file " + path + " is missing; the dataset is damaged and is not resumed");
        }
        long file = Hdf.openFile(path, false);
        long dset = -1;
        long space = -1;
        try {
            dset = H5.H5Dopen(file, NxmxStructure.DATA_PATH, H5P_DEFAULT);
            space = H5.H5Dget_space(dset);
            long[] dims = new long[3];
            H5.H5Sget_simple_extent_dims(space, dims, null);
            FrameGeometry g = plan.geometry();
            if (dims[1] != g.height() || dims[2] != g.width()) {
                throw new NxmxException(path + " holds " + dims[2] + " x " + dims[1] + " frames, the dataset "
                        + g.width() + " x " + g.height());
            }
            long low = Hdf.readLongsAttribute(dset, "image_nr_low")[0];
            long high = Hdf.readLongsAttribute(dset, "image_nr_high")[0];
            if (high - low + 1 != dims[0]) {
                throw new NxmxException(path + " says frames " + low + ".." + high + " but holds " + dims[0]);
            }
            return new LinkedFile(index, path, (int) low, (int) dims[0]);
        } catch (HDF5Exception e) {
            throw new NxmxException("the linked data file " + path + " cannot be read: " + e.getMessage(), e);
        } finally {
            if (space >= 0) {
                H5.H5Sclose(space);
            }
            if (dset >= 0) {
                H5.H5Dclose(dset);
            }
            Hdf.closeFile(file);
        }
    }

    /** The highest data file index of this dataset present on disk (linked or not), 0 when none. */
    static int highestFileOnDisk(DatasetPlan plan) {
        Pattern dataFile = Pattern.compile(Pattern.quote(plan.baseName()) + "_data_(\\d{6})\\.h5");
        int highest = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(plan.directory(), plan.baseName() + "_data_*.h5")) {
            for (Path p : files) {
                Matcher m = dataFile.matcher(p.getFileName().toString());
                if (m.matches()) {
                    highest = Math.max(highest, Integer.parseInt(m.group(1)));
                }
            }
        } catch (IOException e) {
            throw new NxmxException("cannot list " + plan.directory() + ": " + e.getMessage(), e);
        }
        return highest;
    }
}
