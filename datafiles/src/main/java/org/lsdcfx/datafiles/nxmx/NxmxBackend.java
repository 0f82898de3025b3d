package org.lsdcfx.datafiles.nxmx;

import java.nio.file.Path;

/** An HDF5 library that writes NXmx datasets. Implementations are thread-safe; their writers are not. */
public interface NxmxBackend {

    /** A short name for logs and the launcher, e.g. "hdf5-jni 1.10.8" or "jhdf self-contained". */
    String name();

    /** Whether datasets are split into master + data files with external links (true) or self-contained (false). */
    boolean externalLinks();

    /**
     * Opens a new dataset: creates the master file (never overwriting one) and returns its writer.
     *
     * @throws NxmxException when a file of the dataset exists, the metadata lacks a field the geometry needs, or the
     *                       backend cannot hold this dataset
     */
    DatasetWriter open(DatasetSpec spec);

    /**
     * Continues an incomplete dataset from its first missing frame, into new data files; the files already written
     * are not modified (only the master is updated).
     *
     * @throws NxmxException when the dataset is complete, damaged, or this backend cannot resume
     */
    DatasetWriter resume(Path masterFile);

    /**
     * Continues an incomplete dataset from frame {@code fromFrame} (0-based) or, when that frame lies inside a data
     * file, from the first frame of that data file: the links to that data file and to every later one are removed
     * from the master (the files stay on disk, untouched, and are named in the status reason), and the frames from
     * there on are written into new data files. Used when frames after {@code fromFrame} cannot be trusted (taken
     * while the beam was lost). {@code fromFrame} equal to the frames written is a plain {@link #resume(Path)}.
     *
     * @throws NxmxException when the dataset is complete, damaged, {@code fromFrame} is outside 0..frames written, or
     *                       this backend cannot resume
     */
    default DatasetWriter resume(Path masterFile, int fromFrame) {
        throw new NxmxException("cannot resume " + masterFile + " from frame " + (fromFrame + 1) + ": the " + name()
                + " backend cannot resume datasets");
    }

    /**
     * Reads back what a dataset holds: its plan, declared status and the frames its data files hold.
     *
     * @throws NxmxException when the master is missing, was not written by LSDC-FX's writer (no status record), or
     *                       cannot be read
     */
    default DatasetState inspect(Path masterFile) {
        throw new NxmxException("the " + name() + " backend cannot read datasets back (" + masterFile + ")");
    }

    /** Opens the frames of a dataset for reading, through its master. */
    default FrameSource frames(Path masterFile) {
        throw new NxmxException("the " + name() + " backend cannot read frames back (" + masterFile + ")");
    }

    /**
     * Adds to a master written by someone else (the detector's file writer) the fields it lacks and, for a vector
     * collection, the per-frame sample positions. Fields already present are kept. Nothing else in the master, and
     * nothing in its data files, changes.
     *
     * @throws NxmxException when the master cannot be opened for writing, positions are given for another number of
     *                       frames than the master plans, or this backend cannot modify files
     */
    default SupplementResult supplement(Path masterFile, MasterSupplement supplement) {
        throw new NxmxException("the " + name() + " backend cannot add fields to an existing master (" + masterFile + ")");
    }
}
