package org.lsdcfx.datafiles.nxmx.fallback;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.DatasetCreationOptions;
import io.jhdf.api.WritableGroup;

import org.lsdcfx.datafiles.nxmx.DatasetPlan;
import org.lsdcfx.datafiles.nxmx.DatasetResult;
import org.lsdcfx.datafiles.nxmx.DatasetSpec;
import org.lsdcfx.datafiles.nxmx.DatasetStatus;
import org.lsdcfx.datafiles.nxmx.DatasetWriter;
import org.lsdcfx.datafiles.nxmx.EndInfo;
import org.lsdcfx.datafiles.nxmx.Frame;
import org.lsdcfx.datafiles.nxmx.FrameGeometry;
import org.lsdcfx.datafiles.nxmx.NxmxException;
import org.lsdcfx.datafiles.nxmx.NxmxStructure;
import org.lsdcfx.datafiles.nxmx.PixelType;
import org.lsdcfx.datafiles.nxmx.tree.NxGroup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A self-contained NXmx file written by jhdf at the end; see {@link JhdfNxmxBackend} for the limits. */
final class JhdfDatasetWriter implements DatasetWriter {
    private static final Logger LOG = LoggerFactory.getLogger(JhdfDatasetWriter.class);
    private static final String WRITER = "lsdcfx jhdf self-contained";

    private final DatasetSpec spec;
    private final DatasetPlan plan;
    private final Path master;
    /** Frames as jhdf wants them: [frame][row][column]; only the first {@code written} are set. */
    private final Object[] frames;
    private int written;
    private boolean finished;

    JhdfDatasetWriter(DatasetSpec spec, long maxBytes) {
        this.spec = spec;
        this.plan = spec.plan();
        long bytes = plan.geometry().frameBytes() * plan.frameCount();
        if (bytes > maxBytes) {
            throw new NxmxException("the dataset " + plan.baseName() + " needs " + bytes / (1024 * 1024) + " MB, more than "
                    + "the " + maxBytes / (1024 * 1024) + " MB the self-contained jhdf writer may buffer; install "
                    + "libhdf5-java to stream frames into data files");
        }
        NxmxStructure.master(spec); // fails now, not after the collection, if the metadata is incomplete
        this.master = plan.masterFile();
        try (FileChannel claim = FileChannel.open(master, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                LinkOption.NOFOLLOW_LINKS)) {
            // The empty file claims the name; it is replaced by the dataset when the collection ends.
        } catch (FileAlreadyExistsException e) {
            throw new NxmxException(master + " already exists; an existing dataset is never overwritten", e);
        } catch (IOException e) {
            throw new NxmxException("cannot create " + master + ": " + e.getMessage(), e);
        }
        this.frames = plan.geometry().pixelType() == PixelType.UINT16
                ? new short[plan.frameCount()][][] : new int[plan.frameCount()][][];
    }

    @Override
    public DatasetPlan plan() {
        return plan;
    }

    @Override
    public Path masterFile() {
        return master;
    }

    @Override
    public int framesWritten() {
        return written;
    }

    @Override
    public void append(Frame frame) {
        if (finished) {
            throw new NxmxException(master + " is finished; no more frames can be appended");
        }
        FrameGeometry g = plan.geometry();
        checkFrame(frame, g, written, plan.frameCount(), master);
        int w = g.width();
        if (frame instanceof Frame.Uint16 f) {
            short[][] rows = new short[g.height()][];
            for (int y = 0; y < rows.length; y++) {
                rows[y] = Arrays.copyOfRange(f.pixels(), y * w, (y + 1) * w);
            }
            frames[written] = rows;
        } else if (frame instanceof Frame.Uint32 f) {
            int[][] rows = new int[g.height()][];
            for (int y = 0; y < rows.length; y++) {
                rows[y] = Arrays.copyOfRange(f.pixels(), y * w, (y + 1) * w);
            }
            frames[written] = rows;
        }
        written++;
    }

    static void checkFrame(Frame frame, FrameGeometry g, int written, int planned, Path master) {
        if (written >= planned) {
            throw new NxmxException(master + " already has all " + planned + " planned frames");
        }
        if (frame.pixelType() != g.pixelType()) {
            throw new NxmxException("frame " + (written + 1) + " is " + frame.pixelType().label() + " but the dataset is "
                    + g.pixelType().label());
        }
        if (frame.length() != g.pixels()) {
            throw new NxmxException("frame " + (written + 1) + " has " + frame.length() + " pixels, expected "
                    + g.width() + " x " + g.height() + " = " + g.pixels());
        }
    }

    @Override
    public DatasetResult complete(EndInfo end) {
        if (written < plan.frameCount()) {
            String reason = "completed after " + written + " of " + plan.frameCount() + " frames";
            LOG.warn("{}: {}; marking it incomplete", master, reason);
            return finish(DatasetStatus.INCOMPLETE, reason, null);
        }
        return finish(DatasetStatus.COMPLETE, "", end.endTime());
    }

    @Override
    public DatasetResult abort(String reason) {
        return finish(DatasetStatus.INCOMPLETE, reason == null || reason.isBlank() ? "aborted" : reason, null);
    }

    @Override
    public void close() {
        if (!finished) {
            abort("writer closed before complete");
        }
    }

    private DatasetResult finish(DatasetStatus status, String reason, Instant end) {
        if (finished) {
            throw new NxmxException(master + " is already finished");
        }
        finished = true;
        NxGroup entry = NxmxStructure.master(spec);
        entry.add(NxmxStructure.status(plan, status, reason, written, 0, WRITER));
        if (end != null) {
            entry.add(NxmxStructure.endTime(end));
        }
        try (WritableHdfFile file = HdfFile.write(master)) {
            WritableGroup data = (WritableGroup) JhdfTreeWriter.write(file, entry).getChild("data");
            if (written > 0) {
                FrameGeometry g = plan.geometry();
                DatasetCreationOptions.Builder options = DatasetCreationOptions.builder()
                        .chunkDimensions(1, g.height(), g.width()).unsigned();
                if (plan.compression().enabled()) {
                    options.shuffle().deflate(plan.compression().deflateLevel());
                }
                Object[] stack = Arrays.copyOf(frames, written, frames.getClass()); // short[n][][] or int[n][][]
                data.putDataset("data", stack, options.build());
                data.putAttribute("signal", "data");
            }
        } catch (RuntimeException e) {
            throw new NxmxException("cannot write " + master + ": " + e.getMessage(), e);
        }
        Arrays.fill(frames, null);
        LOG.info("{}: {} of {} frames, {}", master, written, plan.frameCount(), status.label());
        return new DatasetResult(master, List.of(), written, plan.frameCount(), status, reason);
    }
}
