package org.lsdcfx.datafiles.nxmx;

import java.nio.file.Path;
import java.util.List;

/**
 * What an existing dataset holds, read back from its master file ({@link NxmxBackend#inspect}): the status the master
 * declares and the frames its data files really hold.
 *
 * @param masterFile    the master file
 * @param plan          the dataset's plan, read from the master (directory, names, geometry, frame count, goniometer)
 * @param status        the status the master declares; only COMPLETE claims every frame
 * @param reason        why it is incomplete (the master's reason attribute), empty when none
 * @param framesWritten frames held by the data files the master links (for a self-contained master, its frames)
 * @param dataFiles     the linked data files in frame order (empty for a self-contained master)
 * @param resumes       how many times the dataset was resumed
 */
public record DatasetState(Path masterFile, DatasetPlan plan, DatasetStatus status, String reason, int framesWritten,
                           List<Path> dataFiles, int resumes) {
    public DatasetState {
        dataFiles = List.copyOf(dataFiles);
        reason = reason == null ? "" : reason;
    }

    public int framesPlanned() {
        return plan.frameCount();
    }

    /** Complete: declared complete and every planned frame is there. */
    public boolean isComplete() {
        return status == DatasetStatus.COMPLETE && framesWritten == plan.frameCount();
    }
}
