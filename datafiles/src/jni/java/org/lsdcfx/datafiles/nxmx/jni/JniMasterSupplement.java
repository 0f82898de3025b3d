package org.lsdcfx.datafiles.nxmx.jni;

import static hdf.hdf5lib.HDF5Constants.H5P_DEFAULT;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import hdf.hdf5lib.H5;
import hdf.hdf5lib.exceptions.HDF5Exception;

import org.lsdcfx.datafiles.nxmx.MasterSupplement;
import org.lsdcfx.datafiles.nxmx.NxmxException;
import org.lsdcfx.datafiles.nxmx.NxmxField;
import org.lsdcfx.datafiles.nxmx.NxmxStructure;
import org.lsdcfx.datafiles.nxmx.SupplementResult;
import org.lsdcfx.datafiles.nxmx.tree.NxDataset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adds to a master the fields it lacks (missing groups are created with their NeXus class) and the per-frame sample
 * translations of a vector collection, re-pointing {@code /entry/sample/depends_on} to them. Existing fields, the
 * status record, the links and the data files are not touched. The master is open only during the call.
 */
final class JniMasterSupplement {
    private static final Logger LOG = LoggerFactory.getLogger(JniMasterSupplement.class);
    private static final String SAMPLE_DEPENDS_ON = "/entry/sample/depends_on";

    private JniMasterSupplement() {
    }

    static SupplementResult apply(Path master, MasterSupplement supplement) {
        List<String> added = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        long file = Hdf.openFile(master, true);
        try {
            for (NxmxField f : supplement.fields().fields()) {
                if (NxmxStructure.isReserved(f.path())) {
                    throw new NxmxException(f.path() + " is written by the dataset writer and cannot be supplemented");
                }
                if (JniFrameSource.exists(file, f.path())) {
                    kept.add(f.path());
                    continue;
                }
                long group = openOrCreateParents(file, f.path());
                try {
                    Hdf.writeDataset(group, NxDataset.of(f.path().substring(f.path().lastIndexOf('/') + 1), f.value(),
                            f.unit()));
                } finally {
                    H5.H5Gclose(group);
                }
                added.add(f.path());
            }
            if (supplement.positions() != null) {
                addPositions(master, file, supplement.positions(), added, kept);
            }
        } catch (HDF5Exception e) {
            throw new NxmxException("cannot supplement the master file " + master + ": " + e.getMessage(), e);
        } finally {
            Hdf.closeFile(file);
        }
        LOG.info("{}: added {}{}", master, added, kept.isEmpty() ? "" : ", kept the detector's " + kept);
        return new SupplementResult(added, kept);
    }

    private static void addPositions(Path master, long file, MasterSupplement.SamplePositions positions, List<String> added,
                                     List<String> kept) {
        String transformations = NxmxStructure.SAMPLE_TRANSFORMATIONS;
        if (JniFrameSource.exists(file, transformations + "/sam_x")) {
            kept.add(transformations + "/sam_x");
            return;
        }
        int planned = Hdf.readDoubles(file, NxmxStructure.OMEGA_PATH).length;
        if (positions.frames() != planned) {
            throw new NxmxException(master + " plans " + planned + " frames; " + positions.frames()
                    + " sample positions were given");
        }
        long group = Hdf.openGroup(file, transformations);
        try {
            for (NxDataset d : NxmxStructure.sampleTranslations(positions)) {
                Hdf.writeDataset(group, d);
                added.add(transformations + "/" + d.name());
            }
        } finally {
            H5.H5Gclose(group);
        }
        long sample = Hdf.openGroup(file, "/entry/sample");
        try {
            if (Hdf.exists(sample, "depends_on")) {
                H5.H5Ldelete(sample, "depends_on", H5P_DEFAULT);
            }
            Hdf.writeDataset(sample, NxDataset.of("depends_on", transformations + "/sam_x"));
        } finally {
            H5.H5Gclose(sample);
        }
        added.add(SAMPLE_DEPENDS_ON);
    }

    /** Opens (creating with their NeXus classes where missing) the groups above the field at {@code path}. */
    private static long openOrCreateParents(long file, String path) {
        String[] parts = path.substring(1).split("/");
        long current = Hdf.openGroup(file, "/" + parts[0]);
        for (int i = 1; i < parts.length - 1; i++) {
            long next;
            if (Hdf.exists(current, parts[i])) {
                next = Hdf.openGroup(current, parts[i]);
            } else {
                String nxClass = NxmxStructure.groupClass(parts[i]);
                next = Hdf.createGroup(current, parts[i], nxClass == null ? "NXcollection" : nxClass);
            }
            H5.H5Gclose(current);
            current = next;
        }
        return current;
    }
}
