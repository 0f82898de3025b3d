package org.lsdcfx.datafiles.nxmx;

import java.nio.file.Path;
import java.util.List;

/**
 * The state of a dataset after {@code complete} or {@code abort}.
 *
 * @param masterFile    the master file
 * @param dataFiles     the data files the master links to, in frame order (empty for a self-contained file)
 * @param framesWritten frames stored
 * @param framesPlanned frames planned
 * @param status        COMPLETE only when every planned frame is stored
 * @param reason        why the dataset is incomplete; empty when complete
 */
public record DatasetResult(Path masterFile, List<Path> dataFiles, int framesWritten, int framesPlanned,
                            DatasetStatus status, String reason) {
    public DatasetResult {
        dataFiles = List.copyOf(dataFiles);
        reason = reason == null ? "" : reason;
    }

    public boolean isComplete() {
        return status == DatasetStatus.COMPLETE;
    }
}
