package org.lsdcfx.datafiles.nxmx.jni;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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
import org.lsdcfx.datafiles.nxmx.tree.NxExternalLink;
import org.lsdcfx.datafiles.nxmx.tree.NxGroup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Eiger-style dataset writer: frames go into data files of at most {@code framesPerDataFile} frames; when a data file
 * is full (or the dataset ends) it is closed and then linked from the master, whose status record is updated at the
 * same time. The master therefore only ever links closed data files. Not thread-safe.
 */
final class JniDatasetWriter implements DatasetWriter {
    static final String WRITER = "lsdcfx hdf5-jni";
    private static final Logger LOG = LoggerFactory.getLogger(JniDatasetWriter.class);

    private enum State { OPEN, FAILED, FINISHED }

    private final DatasetPlan plan;
    private final Path master;
    private final int resumes;
    private final List<Path> dataFiles;
    private int framesWritten;
    private int nextFileIndex;
    private JniDataFile current;
    private int currentIndex;
    private State state = State.OPEN;

    private JniDatasetWriter(DatasetPlan plan, int framesWritten, int nextFileIndex, int resumes, List<Path> dataFiles) {
        this.plan = plan;
        this.master = plan.masterFile();
        this.framesWritten = framesWritten;
        this.nextFileIndex = nextFileIndex;
        this.resumes = resumes;
        this.dataFiles = new ArrayList<>(dataFiles);
    }

    /** A new dataset: refuses when the master or any data file of the same name exists. */
    static JniDatasetWriter create(DatasetSpec spec) {
        DatasetPlan plan = spec.plan();
        if (JniDatasetState.highestFileOnDisk(plan) > 0) {
            throw new NxmxException("data files of " + plan.baseName() + " already exist in " + plan.directory()
                    + "; an existing dataset is never overwritten");
        }
        NxGroup entry = NxmxStructure.master(spec);
        entry.add(NxmxStructure.status(plan, DatasetStatus.IN_PROGRESS, "collecting", 0, 0, WRITER));
        JniMaster.create(plan.masterFile(), entry);
        LOG.info("{}: opened for {} frames of {} x {} {}", plan.masterFile(), plan.frameCount(), plan.geometry().width(),
                plan.geometry().height(), plan.geometry().pixelType().label());
        return new JniDatasetWriter(plan, 0, 1, 0, List.of());
    }

    /** Continues an incomplete dataset after its last linked data file. */
    static JniDatasetWriter resume(Path master) {
        return resume(master, JniDatasetState.read(master), -1);
    }

    /**
     * Continues an incomplete dataset from {@code fromFrame} (0-based), or from the first frame of the data file that
     * holds it: later links are removed from the master, their files stay on disk untouched.
     */
    static JniDatasetWriter resume(Path master, int fromFrame) {
        return resume(master, JniDatasetState.read(master), fromFrame);
    }

    private static JniDatasetWriter resume(Path master, JniDatasetState state, int fromFrame) {
        DatasetPlan plan = state.plan();
        if (state.status() == DatasetStatus.COMPLETE) {
            throw new NxmxException(master + " is complete; there is nothing to resume");
        }
        int from = fromFrame < 0 ? state.framesWritten() : fromFrame;
        if (from > state.framesWritten()) {
            throw new NxmxException(master + " holds " + state.framesWritten() + " frames; it cannot be resumed from frame "
                    + (from + 1));
        }
        if (from >= plan.frameCount()) {
            throw new NxmxException(master + " already links all " + plan.frameCount() + " frames; complete it instead");
        }
        List<JniDatasetState.LinkedFile> kept = new ArrayList<>();
        List<JniDatasetState.LinkedFile> superseded = new ArrayList<>();
        int keptFrames = 0;
        for (JniDatasetState.LinkedFile f : state.linked()) {
            if (superseded.isEmpty() && keptFrames + f.frames() <= from) {
                kept.add(f);
                keptFrames += f.frames();
            } else {
                superseded.add(f);
            }
        }
        int resumes = state.resumes() + 1;
        String reason = "resumed at frame " + (keptFrames + 1) + (superseded.isEmpty() ? "" : "; superseded data files "
                + superseded.stream().map(f -> f.path().getFileName().toString()).toList()
                + " (frames " + (keptFrames + 1) + ".." + state.framesWritten() + ") are unlinked and kept on disk");
        JniMaster.update(master, NxmxStructure.status(plan, DatasetStatus.IN_PROGRESS, reason, keptFrames, resumes, WRITER),
                List.of(), null, superseded.stream().map(JniDatasetState.LinkedFile::linkName).toList());
        LOG.info("{}: {} (of {}; next data file {})", master, reason, plan.frameCount(), state.nextFileIndex());
        return new JniDatasetWriter(plan, keptFrames, state.nextFileIndex(), resumes,
                kept.stream().map(JniDatasetState.LinkedFile::path).toList());
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
        return framesWritten;
    }

    @Override
    public void append(Frame frame) {
        if (state != State.OPEN) {
            throw new NxmxException(master + (state == State.FAILED ? " failed earlier; abort it" : " is finished")
                    + "; no more frames can be appended");
        }
        FrameGeometry g = plan.geometry();
        if (framesWritten >= plan.frameCount()) {
            throw new NxmxException(master + " already has all " + plan.frameCount() + " planned frames");
        }
        if (frame.pixelType() != g.pixelType() || frame.length() != g.pixels()) {
            throw new NxmxException("frame " + (framesWritten + 1) + " is " + frame.length() + " " + frame.pixelType().label()
                    + " pixels; the dataset has " + g.width() + " x " + g.height() + " " + g.pixelType().label());
        }
        try {
            if (current == null) {
                currentIndex = nextFileIndex++;
                current = JniDataFile.create(plan.directory().resolve(plan.dataFileName(currentIndex)), g,
                        plan.compression(), framesWritten + 1);
            }
            current.append(frame);
            framesWritten++;
            if (current.frames() == plan.framesPerDataFile() || framesWritten == plan.frameCount()) {
                closeCurrent();
            }
        } catch (RuntimeException e) {
            state = State.FAILED;
            throw e instanceof NxmxException n ? n : new NxmxException("cannot write frame " + (framesWritten + 1)
                    + " of " + master + ": " + e.getMessage(), e);
        }
    }

    /** Closes the full data file, then links it and writes the progress to the master in one update. */
    private void closeCurrent() {
        JniDataFile closing = current;
        current = null;
        closing.close();
        JniMaster.update(master, NxmxStructure.status(plan, DatasetStatus.IN_PROGRESS, "collecting", framesWritten, resumes,
                WRITER), List.of(link(closing)), null);
    }

    private NxExternalLink link(JniDataFile closed) {
        dataFiles.add(closed.path());
        return new NxExternalLink(DatasetPlan.dataLinkName(currentIndex), closed.path().getFileName().toString(),
                NxmxStructure.DATA_PATH);
    }

    @Override
    public DatasetResult complete(EndInfo end) {
        if (framesWritten < plan.frameCount()) {
            String reason = "completed after " + framesWritten + " of " + plan.frameCount() + " frames";
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
        if (state != State.FINISHED) {
            abort("writer closed before complete");
        }
    }

    private DatasetResult finish(DatasetStatus status, String reason, Instant end) {
        if (state == State.FINISHED) {
            throw new NxmxException(master + " is already finished");
        }
        if (state == State.FAILED && status == DatasetStatus.COMPLETE) {
            throw new NxmxException(master + " failed while writing; abort it");
        }
        state = State.FINISHED;
        List<NxExternalLink> links = new ArrayList<>();
        if (current != null) {
            JniDataFile closing = current;
            current = null;
            try {
                closing.close();
                links.add(link(closing));
            } catch (RuntimeException e) {
                // Its frames count as missing: the file stays on disk, unlinked, and the master says so.
                LOG.error("{}: cannot close {}; it stays unlinked", master, closing.path(), e);
                framesWritten -= closing.frames();
                status = DatasetStatus.INCOMPLETE;
                reason = (reason.isEmpty() ? "" : reason + "; ") + "the data file " + closing.path().getFileName()
                        + " could not be closed: " + e.getMessage();
                end = null;
            }
        }
        JniMaster.update(master, NxmxStructure.status(plan, status, reason, framesWritten, resumes, WRITER), links,
                end == null ? null : NxmxStructure.endTime(end));
        LOG.info("{}: {} of {} frames in {} data files, {}{}", master, framesWritten, plan.frameCount(), dataFiles.size(),
                status.label(), reason.isEmpty() ? "" : " (" + reason + ")");
        return new DatasetResult(master, dataFiles, framesWritten, plan.frameCount(), status, reason);
    }

}
