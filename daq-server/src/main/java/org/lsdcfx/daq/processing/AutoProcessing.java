package org.lsdcfx.daq.processing;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.lsdcfx.analysisstore.AnalysisStore;
import org.lsdcfx.analysisstore.ResultContext;
import org.lsdcfx.analysisstore.payload.ProcessingSummary;
import org.lsdcfx.processing.CompletedDataset;
import org.lsdcfx.processing.ProcessingConfig;
import org.lsdcfx.processing.ProcessingOutcome;
import org.lsdcfx.processing.ProcessingService;
import org.lsdcfx.processing.Submission;
import org.lsdcfx.processing.exec.JobExecutor;
import org.lsdcfx.processing.exec.LocalProcessExecutor;
import org.lsdcfx.processing.exec.SlurmConfig;
import org.lsdcfx.processing.exec.SlurmExecutor;
import org.lsdcfx.processing.fastdp.FastDpSummaryParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The auto-processing hook (LSDC 2.13): after a rotation dataset, hands it to the processing module (fast_dp-like
 * program through a local or Slurm executor), then stores the parsed summary in analysisstore as a {@code fastDP}
 * (or {@code processing}) result of the request. A failing, slow or rejected job never blocks or fails the queue:
 * {@link #submit} decides at once and never throws; the outcome is stored later on the processing thread.
 *
 * <p>Thread-safe. Which store and result header each dataset's outcome goes to is kept in a concurrent map until its
 * outcome arrives. Close it after the daq server (it ends running jobs).
 */
public final class AutoProcessing implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(AutoProcessing.class);

    private final ProcessingService service;
    private final Map<Path, Target> targets = new ConcurrentHashMap<>();

    private record Target(AnalysisStore store, ResultContext context) {
    }

    private AutoProcessing(ProcessingConfig config, JobExecutor executor, Clock clock) {
        this.service = config == null ? null
                : new ProcessingService(config, executor, new FastDpSummaryParser(), this::store, clock);
    }

    /** Processing with local processes (at most {@code concurrency} at once). */
    public static AutoProcessing local(ProcessingConfig config, int concurrency, Clock clock) {
        return new AutoProcessing(config, new LocalProcessExecutor(concurrency, clock), clock);
    }

    /** Processing on a Slurm cluster ({@code sbatch}). */
    public static AutoProcessing slurm(ProcessingConfig config, SlurmConfig slurm, Clock clock) {
        return new AutoProcessing(config, new SlurmExecutor(slurm, clock), clock);
    }

    /** Any executor (tests, other schedulers). */
    public static AutoProcessing with(ProcessingConfig config, JobExecutor executor, Clock clock) {
        return new AutoProcessing(Objects.requireNonNull(config), executor, clock);
    }

    /** No processing at all: every dataset is skipped with that reason. */
    public static AutoProcessing disabled() {
        return new AutoProcessing(null, null, null);
    }

    /** The configuration, or null when disabled. */
    public ProcessingConfig config() {
        return service == null ? null : service.config();
    }

    /** Datasets whose outcome has not been stored yet. */
    public int inFlight() {
        return service == null ? 0 : service.inFlight();
    }

    /**
     * Offers a complete dataset for processing; returns at once. When submitted, the outcome is stored later as a
     * result of {@code context}'s request in {@code store}.
     */
    public Submission submit(CompletedDataset dataset, AnalysisStore store, ResultContext context) {
        if (service == null || !service.config().enabled()) {
            return Submission.skipped("automatic processing is not configured on this server");
        }
        Path key = dataset.masterFile().toAbsolutePath().normalize();
        targets.put(key, new Target(store, context));
        try {
            Submission s = service.onDatasetComplete(dataset);
            if (!s.submitted()) {
                targets.remove(key);
            }
            return s;
        } catch (RuntimeException e) { // the queue must go on whatever happens here
            targets.remove(key);
            log.error("Request {}: processing could not be submitted", dataset.requestUid(), e);
            return Submission.rejected("processing could not be submitted: " + e.getMessage());
        }
    }

    /** The processing callback: stores the summary; never throws into the processing service. */
    private void store(ProcessingOutcome outcome) {
        Target target = targets.remove(outcome.dataset().masterFile().toAbsolutePath().normalize());
        if (target == null) {
            log.warn("Processing outcome for {} has no request to store it for", outcome.dataset().masterFile());
            return;
        }
        String program = Path.of(service.config().program()).getFileName().toString();
        ProcessingSummary summary = ProcessingResults.toStored(outcome.summary(), program);
        try {
            target.store().create(target.context(), ProcessingResults.typeFor(program), summary);
            log.info("Request {}: {} result stored ({})", outcome.dataset().requestUid(), program, summary.status());
        } catch (RuntimeException e) {
            log.error("Request {}: the {} result could not be stored", outcome.dataset().requestUid(), program, e);
        }
    }

    @Override
    public void close() {
        if (service != null) {
            service.close();
        }
    }
}
