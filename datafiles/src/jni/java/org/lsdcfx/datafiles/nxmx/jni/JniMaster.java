package org.lsdcfx.datafiles.nxmx.jni;

import static hdf.hdf5lib.HDF5Constants.H5P_DEFAULT;

import java.nio.file.Path;
import java.util.List;

import hdf.hdf5lib.H5;
import hdf.hdf5lib.exceptions.HDF5Exception;

import org.lsdcfx.datafiles.nxmx.NxmxException;
import org.lsdcfx.datafiles.nxmx.NxmxStructure;
import org.lsdcfx.datafiles.nxmx.tree.NxDataset;
import org.lsdcfx.datafiles.nxmx.tree.NxExternalLink;
import org.lsdcfx.datafiles.nxmx.tree.NxGroup;

/**
 * Creates and updates a master file. The file is open only during each call, so whatever happens to the process
 * between calls, the master on disk is a closed, consistent HDF5 file describing what is linked so far.
 */
final class JniMaster {
    private JniMaster() {
    }

    /** Creates the master (never over an existing file) with the whole {@code entry} tree. */
    static void create(Path master, NxGroup entry) {
        long file = Hdf.createFile(master);
        try {
            Hdf.writeTree(file, entry);
        } catch (HDF5Exception e) {
            throw new NxmxException("cannot write the master file " + master + ": " + e.getMessage(), e);
        } finally {
            Hdf.closeFile(file);
        }
    }

    /**
     * Replaces the status record, adds links to data files and, when given, sets {@code end_time}. The frames and the
     * data files are not touched.
     */
    static void update(Path master, NxDataset status, List<NxExternalLink> newLinks, NxDataset endTime) {
        update(master, status, newLinks, endTime, List.of());
    }

    /**
     * As {@link #update(Path, NxDataset, List, NxDataset)}, first removing the links {@code unlink} from
     * {@code /entry/data} (the files they point to are not touched).
     */
    static void update(Path master, NxDataset status, List<NxExternalLink> newLinks, NxDataset endTime,
                       List<String> unlink) {
        long file = Hdf.openFile(master, true);
        long entry = -1;
        long data = -1;
        try {
            entry = Hdf.openGroup(file, NxmxStructure.ENTRY);
            data = Hdf.openGroup(entry, "data");
            for (String name : unlink) {
                if (Hdf.exists(data, name)) {
                    H5.H5Ldelete(data, name, H5P_DEFAULT);
                }
            }
            for (NxExternalLink link : newLinks) {
                Hdf.writeLink(data, link);
            }
            replace(entry, status);
            if (endTime != null) {
                replace(entry, endTime);
            }
        } catch (HDF5Exception e) {
            throw new NxmxException("cannot update the master file " + master + ": " + e.getMessage(), e);
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

    private static void replace(long group, NxDataset dataset) {
        if (Hdf.exists(group, dataset.name())) {
            H5.H5Ldelete(group, dataset.name(), H5P_DEFAULT);
        }
        Hdf.writeDataset(group, dataset);
    }
}
