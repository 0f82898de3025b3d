package org.lsdcfx.processing.exec;

import java.nio.file.Path;
import java.time.Instant;

/**
 * What became of a job.
 *
 * @param status   how it ended
 * @param exitCode the exit status when known, else null
 * @param logFile  the captured standard output and error
 * @param logTail  the last lines of that log (for a failure report), possibly empty
 * @param started  when it started (or was refused)
 * @param finished when it ended
 * @param detail   a sentence on why, for logs and the GUI
 */
public record JobResult(JobStatus status, Integer exitCode, Path logFile, String logTail, Instant started,
                        Instant finished, String detail) {
    public JobResult {
        logTail = logTail == null ? "" : logTail;
        detail = detail == null ? "" : detail;
    }

    public boolean succeeded() {
        return status.succeeded();
    }
}
