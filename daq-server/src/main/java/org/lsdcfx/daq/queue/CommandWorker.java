package org.lsdcfx.daq.queue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One named worker thread taking jobs from a bounded queue, in order. A job that throws is logged and the
 * worker goes on: the worker never dies of a job. Thread-safe.
 */
final class CommandWorker implements AutoCloseable {
    /** Work for the worker. */
    interface Job {
        void run();

        /** Called instead of {@link #run()} when the job is dropped before it started. */
        void cancel(String reason);
    }

    private static final Logger log = LoggerFactory.getLogger(CommandWorker.class);
    private final BlockingQueue<Job> queue;
    private final Thread thread;
    /** Jobs submitted and not yet finished (waiting or running). */
    private final AtomicInteger pending = new AtomicInteger();
    private volatile boolean closed;

    CommandWorker(String name, int capacity) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.thread = new Thread(this::loop, name);
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    String name() {
        return thread.getName();
    }

    /** Room left in the queue. Callers that check and then {@link #submit} under one lock always find the room. */
    int room() {
        return queue.remainingCapacity();
    }

    /** Jobs waiting to start (not counting the running one). */
    int waiting() {
        return queue.size();
    }

    /** True while a job runs or waits. */
    boolean isBusy() {
        return pending.get() > 0;
    }

    /** True if the calling code runs on this worker's thread. */
    boolean isCurrentThread() {
        return Thread.currentThread() == thread;
    }

    /** @throws IllegalStateException if the queue is full (callers check {@link #room()} first) */
    void submit(Job job) {
        pending.incrementAndGet();
        if (!queue.offer(job)) {
            pending.decrementAndGet();
            throw new IllegalStateException(name() + " queue is full");
        }
    }

    /** Drops the jobs that have not started, calling {@link Job#cancel} on each, in order. */
    List<Job> cancelWaiting(String reason) {
        List<Job> drained = new ArrayList<>();
        queue.drainTo(drained);
        for (Job j : drained) {
            try {
                j.cancel(reason);
            } catch (RuntimeException e) {
                log.warn("{}: cancelling a job failed", name(), e);
            } finally {
                pending.decrementAndGet();
            }
        }
        return drained;
    }

    private void loop() {
        while (!closed) {
            Job job;
            try {
                job = queue.take();
            } catch (InterruptedException e) {
                return;
            }
            try {
                job.run();
            } catch (Throwable t) { // keep the worker alive whatever a job does
                log.error("{}: job failed", name(), t);
            } finally {
                pending.decrementAndGet();
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        cancelWaiting("the server is shutting down");
        thread.interrupt();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
