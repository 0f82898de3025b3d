package org.lsdcfx.datafiles.nxmx.jni;

import java.nio.file.Path;

import hdf.hdf5lib.H5;

import org.lsdcfx.datafiles.nxmx.DatasetSpec;
import org.lsdcfx.datafiles.nxmx.DatasetState;
import org.lsdcfx.datafiles.nxmx.FrameSource;
import org.lsdcfx.datafiles.nxmx.MasterSupplement;
import org.lsdcfx.datafiles.nxmx.SupplementResult;
import org.lsdcfx.datafiles.nxmx.DatasetWriter;
import org.lsdcfx.datafiles.nxmx.NxmxBackend;

/**
 * The NXmx backend on the HDF Group's JNI library (Debian {@code libhdf5-java}): a master file with external links to
 * Eiger-style data files that are appended frame by frame, so memory use does not grow with the dataset; datasets
 * can be resumed. Loaded by name from {@code NxmxBackends}; constructing it loads the native library, and fails
 * (with a {@link LinkageError}) when that is impossible. Thread-safe; HDF5 calls serialise on the library's lock.
 */
public final class JniNxmxBackend implements NxmxBackend {
    private final String version;

    public JniNxmxBackend() {
        int[] v = new int[3];
        H5.H5get_libversion(v);
        this.version = v[0] + "." + v[1] + "." + v[2];
    }

    @Override
    public String name() {
        return "hdf5-jni " + version;
    }

    @Override
    public boolean externalLinks() {
        return true;
    }

    @Override
    public DatasetWriter open(DatasetSpec spec) {
        return JniDatasetWriter.create(spec);
    }

    @Override
    public DatasetWriter resume(Path masterFile) {
        return JniDatasetWriter.resume(masterFile);
    }

    @Override
    public DatasetWriter resume(Path masterFile, int fromFrame) {
        return JniDatasetWriter.resume(masterFile, fromFrame);
    }

    @Override
    public DatasetState inspect(Path masterFile) {
        JniDatasetState s = JniDatasetState.read(masterFile);
        return new DatasetState(masterFile, s.plan(), s.status(), s.reason(), s.framesWritten(),
                s.linked().stream().map(JniDatasetState.LinkedFile::path).toList(), s.resumes());
    }

    @Override
    public FrameSource frames(Path masterFile) {
        return JniFrameSource.open(masterFile);
    }

    @Override
    public SupplementResult supplement(Path masterFile, MasterSupplement supplement) {
        return JniMasterSupplement.apply(masterFile, supplement);
    }
}
