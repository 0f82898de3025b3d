package org.lsdcfx.gui.model;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The GUI's one background executor for store work (Phoebus {@code JobManager} style): every job has a name,
 * runs off the FX thread, and a failure is logged with that name before the returned future fails. Jobs run one
 * at a time in submission order, so a user's edits reach the store in the order they were made.
 *
 * <p>Thread-safe.
 */
public final class JobRunner implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

    /** A job body that may throw. */
    @FunctionalInterface
    public interface Job {
        void run() throws Exception;
    }

    private final ExecutorService executor;

    public JobRunner(String threadName) {
        AtomicInteger n = new AtomicInteger();
        this.executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, threadName + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs {@code body} in the background; the future carries its result or failure. */
    public <T> CompletableFuture<T> submit(String jobName, Callable<T> body) {
        CompletableFuture<T> result = new CompletableFuture<>();
        try {
            executor.execute(() -> {
                MDC.put("job", jobName);
                try {
                    result.complete(body.call());
                } catch (Exception | Error e) {
                    log.warn("Job '{}' failed: {}", jobName, e.toString(), e);
                    result.completeExceptionally(e);
                } finally {
                    MDC.remove("job");
                }
            });
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(new IllegalStateException("the GUI is shutting down; '" + jobName + "' was not run"));
        }
        return result;
    }

    public CompletableFuture<Void> run(String jobName, Job body) {
        return submit(jobName, () -> {
            body.run();
            return null;
        });
    }

    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                log.warn("Background jobs still running at shutdown; abandoning them");
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            executor.shutdownNow();
        }
    }
}
