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
}
