package org.lsdcfx.processing.exec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Runs jobs as local processes ({@link ProcessBuilder} with the job's argument vector; no shell), at most
 * {@code concurrency} at a time, each in its working directory with standard output and error captured to
 * {@link ProcessingJob#logFile()}. A job that outlives its timeout is terminated with its whole process tree (SIGTERM,
 * then SIGKILL after a grace period). Jobs beyond the concurrency wait in an unbounded queue; bound the number of
 * submissions upstream ({@code ProcessingService} does).
 *
 * <p>Thread-safe. One pool thread per running job waits for its process; counters are atomics.
 */
public final class LocalProcessExecutor implements JobExecutor {
    private static final Logger LOG = LoggerFactory.getLogger(LocalProcessExecutor.class);
    private static final int TAIL_LINES = 20;

    private final ThreadPoolExecutor pool;
    private final Clock clock;
    private final Duration killGrace;
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger peakRunning = new AtomicInteger();
    /** Processes alive now, so that close() can end them; added and removed by the pool threads. */
    private final Set<ProcessHandle> alive = ConcurrentHashMap.newKeySet();

    /**
     * @param concurrency jobs running at once, at least 1
     * @param killGrace   time between SIGTERM and SIGKILL when a job is ended
     */
    public LocalProcessExecutor(int concurrency, Duration killGrace, Clock clock) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1, got " + concurrency);
        }
        AtomicInteger threads = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(concurrency, concurrency, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                r -> {
                    Thread t = new Thread(r, "processing-local-" + threads.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        this.clock = clock;
        this.killGrace = killGrace;
    }

    public LocalProcessExecutor(int concurrency, Clock clock) {
        this(concurrency, Duration.ofSeconds(2), clock);
    }

    @Override
    public String name() {
        return "local";
    }

    /** Jobs whose process is running now. */
    public int running() {
        return running.get();
    }

    /** The most jobs that ever ran at once. */
    public int peakRunning() {
        return peakRunning.get();
    }

    /** Jobs accepted but not started yet. */
    public int queued() {
        return pool.getQueue().size();
    }

    @Override
    public CompletableFuture<JobResult> submit(ProcessingJob job) {
        Task task = new Task(job, new CompletableFuture<>());
        try {
            pool.execute(task);
        } catch (RejectedExecutionException e) {
            Instant now = clock.instant();
            task.result.complete(new JobResult(JobStatus.REJECTED, null, job.logFile(), "", now, now,
                    "the local executor is closed"));
        }
        return task.result;
    }

    /** A queued job and the future its submitter holds; completed by the pool thread, or by close() if never run. */
    private final class Task implements Runnable {
        final ProcessingJob job;
        final CompletableFuture<JobResult> result;

        Task(ProcessingJob job, CompletableFuture<JobResult> result) {
            this.job = job;
            this.result = result;
        }

        @Override
        public void run() {
            try {
                result.complete(LocalProcessExecutor.this.run(job));
            } catch (RuntimeException | Error e) {
                Instant now = clock.instant();
                result.complete(new JobResult(JobStatus.FAILED, null, job.logFile(), "", now, now, "executor error: " + e));
                LOG.error("Job {} broke the executor thread", job.name(), e);
            }
        }
    }

    private JobResult run(ProcessingJob job) {
        Instant started = clock.instant();
        try (MDC.MDCCloseable ignored = MDC.putCloseable("job", job.name())) {
            if (Thread.currentThread().isInterrupted()) {
                return new JobResult(JobStatus.CANCELLED, null, job.logFile(), "", started, clock.instant(),
                        "the executor was closed before the job started");
            }
            Path log = job.logFile();
            Process process;
            try {
                Files.createFile(log); // a fresh log; an existing file means another job used this directory
                ProcessBuilder pb = new ProcessBuilder(job.command()).directory(job.workingDirectory().toFile())
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
                pb.environment().putAll(job.environment());
                process = pb.start();
            } catch (IOException | RuntimeException e) {
                LOG.warn("Job {} could not start {}: {}", job.name(), job.program(), e.toString());
                return new JobResult(JobStatus.FAILED, null, log, LogTail.of(log, TAIL_LINES), started, clock.instant(),
                        "could not start " + job.program() + ": " + e.getMessage());
            }
            int now = running.incrementAndGet();
            peakRunning.accumulateAndGet(now, Math::max);
            alive.add(process.toHandle());
            LOG.info("Job {} started: pid {}, {}", job.name(), process.pid(), job.command());
            try {
                return await(job, process, started);
            } finally {
                alive.remove(process.toHandle());
                running.decrementAndGet();
            }
        }
    }

    private JobResult await(ProcessingJob job, Process process, Instant started) {
        Path log = job.logFile();
        try {
            if (!process.waitFor(job.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
                ProcessTrees.terminate(process.toHandle(), killGrace);
                LOG.warn("Job {} timed out after {}; killed", job.name(), job.timeout());
                return new JobResult(JobStatus.TIMED_OUT, null, log, LogTail.of(log, TAIL_LINES), started, clock.instant(),
                        "killed after the timeout of " + job.timeout().toSeconds() + " s");
            }
        } catch (InterruptedException e) {
            ProcessTrees.terminate(process.toHandle(), killGrace);
            Thread.currentThread().interrupt();
            return new JobResult(JobStatus.CANCELLED, null, log, LogTail.of(log, TAIL_LINES), started, clock.instant(),
                    "the executor was closed");
        }
        int exit = process.exitValue();
        // A script may leave background children; they must not outlive the job.
        process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
        if (exit == 0) {
            LOG.info("Job {} finished", job.name());
            return new JobResult(JobStatus.SUCCEEDED, 0, log, LogTail.of(log, TAIL_LINES), started, clock.instant(), "exit 0");
        }
        LOG.warn("Job {} failed with exit status {}", job.name(), exit);
        return new JobResult(JobStatus.FAILED, exit, log, LogTail.of(log, TAIL_LINES), started, clock.instant(),
                "exit status " + exit);
    }

    @Override
    public void close() {
        // Interrupts the waiting threads, which end their processes; jobs still queued never start.
        for (Runnable never : pool.shutdownNow()) {
            Task task = (Task) never;
            Instant now = clock.instant();
            task.result.complete(new JobResult(JobStatus.CANCELLED, null, task.job.logFile(), "", now, now,
                    "the executor was closed before the job started"));
        }
        try {
            if (!pool.awaitTermination(killGrace.toMillis() + 10_000, TimeUnit.MILLISECONDS)) {
                alive.forEach(ProcessHandle::destroyForcibly);
            }
        } catch (InterruptedException e) {
            alive.forEach(ProcessHandle::destroyForcibly);
            Thread.currentThread().interrupt();
        }
    }
}
