package org.lsdcfx.processing.exec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs jobs on a Slurm cluster: writes a batch script whose only command is the job's argument vector, each word
 * single-quoted ({@link ShellQuoting}), submits it with {@code sbatch --parsable} (options as separate arguments, never
 * through a shell), then polls {@code squeue} and, once the job has left the queue, {@code sacct} for its final state
 * and exit code. A job past its timeout is cancelled with {@code scancel}; Slurm's own {@code --time} limit is set
 * to the same timeout.
 *
 * <p>Thread-safe. One scheduler thread submits and polls; {@link #submit} only queues work for it.
 */
public final class SlurmExecutor implements JobExecutor {
    private static final Logger LOG = LoggerFactory.getLogger(SlurmExecutor.class);
    private static final Pattern JOB_ID = Pattern.compile("\\d+");
    private static final Set<String> QUEUED = Set.of("PENDING", "CONFIGURING", "RUNNING", "COMPLETING", "SUSPENDED",
            "REQUEUED", "RESIZING", "SIGNALING", "STAGE_OUT", "REQUEUE_HOLD", "REQUEUE_FED", "RESV_DEL_HOLD");
    private static final int TAIL_LINES = 20;

    private final SlurmConfig config;
    private final Clock clock;
    private final ScheduledExecutorService scheduler;
    /** Submitted jobs by Slurm id; written by the scheduler thread, read by close(). */
    private final Map<String, Tracked> tracked = new ConcurrentHashMap<>();
    /** Jobs handed to submit() whose sbatch has not run yet; close() cancels them. */
    private final Map<CompletableFuture<JobResult>, ProcessingJob> unsubmitted = new ConcurrentHashMap<>();

    private static final class Tracked {
        final ProcessingJob job;
        final CompletableFuture<JobResult> result;
        final Instant started;
        final long deadlineNanos;
        int sacctMisses;

        Tracked(ProcessingJob job, CompletableFuture<JobResult> result, Instant started, long deadlineNanos) {
            this.job = job;
            this.result = result;
            this.started = started;
            this.deadlineNanos = deadlineNanos;
        }
    }

    public SlurmExecutor(SlurmConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "processing-slurm");
            t.setDaemon(true);
            return t;
        });
        long interval = config.pollInterval().toMillis();
        scheduler.scheduleWithFixedDelay(this::pollAll, interval, interval, TimeUnit.MILLISECONDS);
    }

    @Override
    public String name() {
        return "slurm";
    }

    @Override
    public CompletableFuture<JobResult> submit(ProcessingJob job) {
        CompletableFuture<JobResult> result = new CompletableFuture<>();
        unsubmitted.put(result, job);
        try {
            scheduler.execute(() -> {
                try {
                    sbatch(job, result);
                } finally {
                    unsubmitted.remove(result);
                }
            });
        } catch (RejectedExecutionException e) {
            unsubmitted.remove(result);
            Instant now = clock.instant();
            result.complete(new JobResult(JobStatus.REJECTED, null, job.logFile(), "", now, now,
                    "the Slurm executor is closed"));
        }
        return result;
    }

    /** The batch script: bash, cd to the working directory, exec the quoted command. */
    static String batchScript(ProcessingJob job) {
        StringBuilder s = new StringBuilder("#!/bin/bash\n");
        s.append("# LSDC-FX processing job ").append(job.name()).append(". Every word below is single-quoted:\n");
        s.append("# bash passes it to the program unchanged.\n");
        s.append("cd -- ").append(ShellQuoting.quote(job.workingDirectory().toString())).append(" || exit 97\n");
        job.environment().forEach((k, v) -> {
            if (!k.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                throw new IllegalArgumentException("job " + job.name() + ": '" + k + "' is not an environment variable name");
            }
            s.append("export ").append(k).append('=').append(ShellQuoting.quote(v)).append('\n');
        });
        s.append("exec ").append(ShellQuoting.quoteAll(job.command())).append('\n');
        return s.toString();
    }

    private void sbatch(ProcessingJob job, CompletableFuture<JobResult> result) {
        Instant started = clock.instant();
        try {
            Path script = job.workingDirectory().resolve(job.name() + ".sbatch");
            Files.writeString(script, batchScript(job), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
            List<String> argv = new ArrayList<>(config.sbatch());
            argv.add("--parsable");
            argv.add("--job-name=" + job.name());
            argv.add("--chdir=" + job.workingDirectory());
            argv.add("--output=" + job.logFile());
            argv.add("--time=" + Math.max(1, (job.timeout().toSeconds() + 59) / 60));
            if (config.partition() != null) {
                argv.add("--partition=" + config.partition());
            }
            argv.addAll(config.extraOptions());
            argv.add(script.toString());
            CommandRunner.Output out = CommandRunner.run(argv, config.commandTimeout());
            String id = out.stdout().strip().split(";", 2)[0];
            if (!out.ok() || !JOB_ID.matcher(id).matches()) {
                result.complete(new JobResult(JobStatus.FAILED, null, job.logFile(), out.stderr().strip(), started,
                        clock.instant(), "sbatch failed (exit " + out.exitCode() + "): " + out.stderr().strip()));
                LOG.warn("Job {}: sbatch failed: {}", job.name(), out.stderr().strip());
                return;
            }
            tracked.put(id, new Tracked(job, result, started, System.nanoTime() + job.timeout().toNanos()));
            LOG.info("Job {} submitted to Slurm as {}", job.name(), id);
        } catch (IOException | RuntimeException e) {
            result.complete(new JobResult(JobStatus.FAILED, null, job.logFile(), "", started, clock.instant(),
                    "cannot submit to Slurm: " + e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            result.complete(new JobResult(JobStatus.CANCELLED, null, job.logFile(), "", started, clock.instant(),
                    "the Slurm executor was closed"));
        }
    }

    private void pollAll() {
        for (Map.Entry<String, Tracked> e : tracked.entrySet()) {
            try {
                JobResult done = poll(e.getKey(), e.getValue());
                if (done != null) {
                    tracked.remove(e.getKey());
                    e.getValue().result.complete(done);
                }
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return;
            } catch (IOException | RuntimeException ex) {
                LOG.warn("Job {} ({}): polling Slurm failed: {}", e.getValue().job.name(), e.getKey(), ex.toString());
            }
        }
    }

    /** The job's result when it has ended, else null. */
    private JobResult poll(String id, Tracked t) throws IOException, InterruptedException {
        if (System.nanoTime() - t.deadlineNanos > 0) {
            List<String> argv = new ArrayList<>(config.scancel());
            argv.add(id);
            CommandRunner.Output out = CommandRunner.run(argv, config.commandTimeout());
            LOG.warn("Job {} ({}) timed out after {}; scancel exit {}", t.job.name(), id, t.job.timeout(), out.exitCode());
            return result(t, JobStatus.TIMED_OUT, null, "cancelled after the timeout of " + t.job.timeout().toSeconds() + " s");
        }
        List<String> squeue = new ArrayList<>(config.squeue());
        squeue.addAll(List.of("-h", "-j", id, "-o", "%T"));
        CommandRunner.Output queue = CommandRunner.run(squeue, config.commandTimeout());
        String state = queue.stdout().strip().toUpperCase(Locale.ROOT);
        if (queue.ok() && QUEUED.contains(state)) {
            return null;
        }
        List<String> sacct = new ArrayList<>(config.sacct());
        sacct.addAll(List.of("-n", "-P", "-X", "-j", id, "-o", "State,ExitCode"));
        CommandRunner.Output acct = CommandRunner.run(sacct, config.commandTimeout());
        String line = acct.stdout().lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
        if (!acct.ok() || line.isEmpty()) {
            if (++t.sacctMisses >= config.sacctAttempts()) {
                return result(t, JobStatus.FAILED, null, "Slurm job " + id + " left the queue without an accounting record");
            }
            return null;
        }
        String[] cols = line.split("\\|");
        String finalState = cols[0].split("\\s+")[0].toUpperCase(Locale.ROOT);
        Integer exit = null;
        if (cols.length > 1 && cols[1].matches("\\d+:\\d+")) {
            exit = Integer.valueOf(cols[1].substring(0, cols[1].indexOf(':')));
        }
        return switch (finalState) {
            case "COMPLETED" -> result(t, JobStatus.SUCCEEDED, exit, "Slurm job " + id + " completed");
            case "TIMEOUT" -> result(t, JobStatus.TIMED_OUT, exit, "Slurm job " + id + " reached its time limit");
            case "CANCELLED" -> result(t, JobStatus.CANCELLED, exit, "Slurm job " + id + " was cancelled: " + cols[0]);
            case "FAILED", "OUT_OF_MEMORY", "NODE_FAIL", "BOOT_FAIL", "DEADLINE", "PREEMPTED" ->
                    result(t, JobStatus.FAILED, exit, "Slurm job " + id + " ended " + finalState
                            + (exit == null ? "" : " with exit status " + exit));
            default -> null; // still pending or running according to accounting
        };
    }

    private JobResult result(Tracked t, JobStatus status, Integer exit, String detail) {
        return new JobResult(status, exit, t.job.logFile(), LogTail.of(t.job.logFile(), TAIL_LINES), t.started,
                clock.instant(), detail);
    }

    /** Jobs submitted and not yet finished. */
    public int tracked() {
        return tracked.size();
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        try {
            scheduler.awaitTermination(config.commandTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (Map.Entry<String, Tracked> e : tracked.entrySet()) {
            List<String> argv = new ArrayList<>(config.scancel());
            argv.add(e.getKey());
            try {
                CommandRunner.run(argv, config.commandTimeout());
            } catch (IOException ex) {
                LOG.warn("Cannot cancel Slurm job {}: {}", e.getKey(), ex.toString());
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
            e.getValue().result.complete(result(e.getValue(), JobStatus.CANCELLED, null, "the Slurm executor was closed"));
        }
        tracked.clear();
        unsubmitted.forEach((future, job) -> {
            Instant now = clock.instant();
            future.complete(new JobResult(JobStatus.CANCELLED, null, job.logFile(), "", now, now,
                    "the Slurm executor was closed before the job was submitted"));
        });
        unsubmitted.clear();
    }
}
