package org.lsdcfx.datafiles.nxmx.fallback;

import java.nio.file.Path;

import org.lsdcfx.datafiles.nxmx.DatasetSpec;
import org.lsdcfx.datafiles.nxmx.DatasetState;
import org.lsdcfx.datafiles.nxmx.DatasetWriter;
import org.lsdcfx.datafiles.nxmx.FrameSource;
import org.lsdcfx.datafiles.nxmx.NxmxBackend;
import org.lsdcfx.datafiles.nxmx.NxmxException;

/**
 * The fallback backend: pure-Java jhdf, which cannot write links and builds each file in memory. A dataset is one
 * self-contained master file with the frames in {@code /entry/data/data}; frames are buffered until
 * {@code complete}/{@code abort}, so a dataset larger than {@link #maxBytes()} is refused at {@code open}, a crash
 * loses the buffered frames (the empty master file stays as a marker), and there is no resume.
 */
public final class JhdfNxmxBackend implements NxmxBackend {
    private static final long TWO_GIB = 2L << 30;

    private final long maxBytes;

    /** The default limit: a quarter of the maximum heap, at most 2 GiB. */
    public JhdfNxmxBackend() {
        this(defaultMaxBytes());
    }

    public JhdfNxmxBackend(long maxBytes) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("the buffer limit must be positive, got " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    public static long defaultMaxBytes() {
        return Math.min(Runtime.getRuntime().maxMemory() / 4, TWO_GIB);
    }

    /** The largest dataset (frames × frame bytes) this backend accepts. */
    public long maxBytes() {
        return maxBytes;
    }

    @Override
    public String name() {
        return "jhdf self-contained";
    }

    @Override
    public boolean externalLinks() {
        return false;
    }

    @Override
    public DatasetWriter open(DatasetSpec spec) {
        return new JhdfDatasetWriter(spec, maxBytes);
    }

    @Override
    public DatasetState inspect(Path masterFile) {
        return JhdfDatasetReader.inspect(masterFile);
    }

    @Override
    public FrameSource frames(Path masterFile) {
        return JhdfDatasetReader.open(masterFile);
    }

    @Override
    public DatasetWriter resume(Path masterFile) {
        throw new NxmxException("cannot resume " + masterFile + ": the self-contained jhdf writer cannot append to a file; "
                + "install libhdf5-java for resumable datasets");
    }
}
