package org.lsdcfx.processing;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.lsdcfx.processing.exec.JobExecutor;
import org.lsdcfx.processing.exec.JobResult;
import org.lsdcfx.processing.exec.JobStatus;
import org.lsdcfx.processing.exec.ProcessingJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Automatic processing after a dataset (LSDC 2.13). The daq server calls {@link #onDatasetComplete} when a dataset's
 * master file is complete; the service decides ({@link ProcessingPolicy}), creates a new output directory next to the
 * master (inside the visit), runs the configured program through the {@link JobExecutor}, parses its summary and hands
 * a {@link ProcessingOutcome} to the callback, which stores it.
 *
 * <p>It never blocks or fails the caller: the decision is immediate, the rest runs on the service's own thread and
 * the executor's; at most {@code queueCapacity} datasets are in flight and more are rejected (not queued); every job
 * ends by its timeout; an exception from the callback is logged and does not affect other jobs. Every SUBMITTED
 * dataset yields exactly one outcome, also when its job could not be set up or the service was closed.
 *
 * <p>Thread-safe. The in-flight count is an atomic; the callback runs on the service's thread, one outcome at a time.
 */
public final class ProcessingService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ProcessingService.class);

    private final ProcessingConfig config;
    private final JobExecutor executor;
    private final SummaryParser parser;
    private final Consumer<ProcessingOutcome> sink;
    private final Clock clock;
    private final ExecutorService dispatcher;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicBoolean closed = new AtomicBoolean();

    /**
     * @param executor runs the jobs; the service closes it when closed
     * @param sink     receives each outcome (on the service's thread)
     */
    public ProcessingService(ProcessingConfig config, JobExecutor executor, SummaryParser parser,
                             Consumer<ProcessingOutcome> sink, Clock clock) {
        this.config = config;
        this.executor = executor;
        this.parser = parser;
        this.sink = sink;
        this.clock = clock;
        this.dispatcher = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "processing-service");
            t.setDaemon(true);
            return t;
        });
    }

    public ProcessingConfig config() {
        return config;
    }

    /** Datasets accepted whose outcome has not been delivered yet. */
    public int inFlight() {
        return inFlight.get();
    }

    /** Decides at once whether to process the dataset; when SUBMITTED, an outcome follows through the callback. */
    public Submission onDatasetComplete(CompletedDataset dataset) {
        Optional<String> skip = ProcessingPolicy.skipReason(config, dataset);
        if (skip.isPresent()) {
            LOG.info("Request {}: no processing of {}: {}", dataset.requestUid(), dataset.masterFile(), skip.get());
            return Submission.skipped(skip.get());
        }
        if (closed.get()) {
            return Submission.rejected("the processing service is closed");
        }
        if (inFlight.incrementAndGet() > config.queueCapacity()) {
            inFlight.decrementAndGet();
            String reason = "the processing queue is full (" + config.queueCapacity() + " datasets in flight)";
            LOG.warn("Request {}: {} not processed: {}", dataset.requestUid(), dataset.masterFile(), reason);
            return Submission.rejected(reason);
        }
        try {
            dispatcher.execute(() -> start(dataset));
        } catch (RejectedExecutionException e) {
            inFlight.decrementAndGet();
            return Submission.rejected("the processing service is closed");
        }
        return Submission.submitted(config.program() + " queued for " + dataset.masterFile());
    }

    private void start(CompletedDataset dataset) {
        ProcessingJob job;
        try (MDC.MDCCloseable ignored = MDC.putCloseable("request", dataset.requestUid())) {
            Path workdir = createWorkingDirectory(dataset);
            List<String> args = config.arguments(new ProcessingConfig.Values(dataset.masterFile().toString(),
                    workdir.toString(), dataset.frameCount()));
            job = new ProcessingJob(jobName(), config.program(), args, dataset.masterFile(), workdir, config.timeout(),
                    Map.of());
            LOG.info("Request {}: processing {} in {}", dataset.requestUid(), dataset.masterFile(), workdir);
        } catch (IOException | RuntimeException e) {
            Instant now = clock.instant();
            JobResult failed = new JobResult(JobStatus.FAILED, null, null, "", now, now,
                    "cannot set up processing: " + e.getMessage());
            deliver(dataset, null, failed);
            return;
        }
        executor.submit(job).whenComplete((result, error) -> {
            JobResult r = result != null ? result : new JobResult(JobStatus.FAILED, null, job.logFile(), "",
                    clock.instant(), clock.instant(), "executor error: " + error);
            try {
                dispatcher.execute(() -> deliver(dataset, job, r));
            } catch (RejectedExecutionException closing) {
                deliver(dataset, job, r); // the service is closing: deliver on this thread rather than lose it
            }
        });
    }

    private String jobName() {
        String base = Path.of(config.program()).getFileName().toString().replaceAll("[^A-Za-z0-9_.-]", "_");
        String name = "lsdcfx_" + base;
        return name.length() > 64 ? name.substring(0, 64) : name;
    }

    /** A new directory next to the master: fastDPOutput, fastDPOutput_2, ...; never an existing one. */
    private Path createWorkingDirectory(CompletedDataset d) throws IOException {
        Path datasetDir = d.masterFile().toAbsolutePath().getParent().toRealPath();
        Path visit = d.visitDirectory().toRealPath();
        if (!datasetDir.startsWith(visit)) {
            throw new IOException("the dataset directory " + datasetDir + " is outside the visit directory " + visit);
        }
        for (int i = 1; i <= 999; i++) {
            Path dir = datasetDir.resolve(i == 1 ? config.workingDirectoryName() : config.workingDirectoryName() + "_" + i);
            try {
                return Files.createDirectory(dir);
            } catch (FileAlreadyExistsException e) {
                // an earlier run's output: keep it, take the next name
            }
        }
        throw new IOException("999 processing directories exist in " + datasetDir);
    }

    private void deliver(CompletedDataset dataset, ProcessingJob job, JobResult result) {
        try (MDC.MDCCloseable ignored = MDC.putCloseable("request", dataset.requestUid())) {
            ProcessingSummary summary = summarise(job, result);
            LOG.info("Request {}: {} {} ({})", dataset.requestUid(), config.program(), summary.status().label(),
                    result.detail());
            sink.accept(new ProcessingOutcome(dataset, job, result, summary));
        } catch (RuntimeException e) {
            LOG.error("Request {}: the processing callback failed", dataset.requestUid(), e);
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private ProcessingSummary summarise(ProcessingJob job, JobResult result) {
        String log = result.logFile() == null ? "" : result.logFile().toString();
        if (job == null || !result.succeeded()) {
            String tail = result.logTail().isEmpty() ? "" : "\n" + result.logTail();
            return ProcessingSummary.failed(config.program(), log, result.status() + ": " + result.detail() + tail);
        }
        try {
            return parser.parse(config.program(), job.workingDirectory(), job.logFile());
        } catch (RuntimeException e) {
            return ProcessingSummary.failed(config.program(), log, "cannot read the results: " + e);
        }
    }

    /**
     * Stops accepting datasets, ends running jobs (their outcomes are delivered as CANCELLED) and closes the executor.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        executor.close();
        dispatcher.shutdown();
        try {
            if (!dispatcher.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("Processing outcomes still pending at shutdown: {}", inFlight.get());
                dispatcher.shutdownNow();
            }
        } catch (InterruptedException e) {
            dispatcher.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
