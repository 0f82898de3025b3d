package org.lsdcfx.processing.exec;

/** How a processing job ended. */
public enum JobStatus {
    /** Exit status 0 (Slurm: COMPLETED). */
    SUCCEEDED,
    /** A non-zero exit status, or the program could not be started or its result not be known. */
    FAILED,
    /** Killed (or cancelled on the cluster) when its timeout passed. */
    TIMED_OUT,
    /** Cancelled: the executor was closed, or someone cancelled it on the cluster. */
    CANCELLED,
    /** Never started: the queue was full or the executor closed. */
    REJECTED;

    public boolean succeeded() {
        return this == SUCCEEDED;
    }
}
