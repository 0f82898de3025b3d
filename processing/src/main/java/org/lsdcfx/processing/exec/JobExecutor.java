package org.lsdcfx.processing.exec;

import java.util.concurrent.CompletableFuture;

/**
 * Runs processing jobs somewhere: local processes ({@link LocalProcessExecutor}) or a Slurm cluster
 * ({@link SlurmExecutor}).
 *
 * <p>Contract: {@link #submit} never blocks and never throws for a job it cannot run; every job's future completes
 * normally with a {@link JobResult} (REJECTED, FAILED, TIMED_OUT, ...), never exceptionally, and every job ends by its
 * timeout. Thread-safe.
 */
public interface JobExecutor extends AutoCloseable {

    /** "local", "slurm", ... */
    String name();

    CompletableFuture<JobResult> submit(ProcessingJob job);

    /** Stops accepting jobs and ends the ones running or queued (CANCELLED). */
    @Override
    void close();
}
