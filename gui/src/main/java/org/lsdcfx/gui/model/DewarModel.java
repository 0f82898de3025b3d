package org.lsdcfx.gui.model;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import org.lsdcfx.amostra.Amostra;
import org.lsdcfx.amostra.DewarSnapshot;
import org.lsdcfx.store.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps {@link DewarContents} in step with the store. A refresh reads the whole dewar in one batched read
 * (Amostra's {@code DewarTree}, four queries whatever its size) on the background {@link JobRunner}, computes the
 * {@link DewarDiff} against the previous read there, and hands only the changes to the FX thread through the
 * {@link FxThrottle}; the tree is never rebuilt from the store.
 *
 * <p>Refreshes are triggered by the server's {@code live_q_change_flag}, by the GUI's own writes, and by a cheap
 * change probe polled in the background (the count of Amostra revisions: every change by any client adds one),
 * so observers see other GUIs' edits too. Overlapping triggers coalesce into one read.
 *
 * <p>Thread-safe: {@code last} and {@code lastCount} are touched only on the job thread; changes travel to the FX
 * thread through the concurrent {@code pending} queue, in order.
 */
public final class DewarModel implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DewarModel.class);

    private final Amostra amostra;
    private final String dewarName;
    private final JobRunner jobs;
    private final FxThrottle throttle;
    private final DewarContents contents;
    private final LongSupplier changeProbe;
    private final MessageLog messages;
    private final Queue<List<DewarChange>> pending = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean refreshQueued = new AtomicBoolean();
    private final AtomicBoolean probeQueued = new AtomicBoolean();
    private volatile CompletableFuture<Void> queuedRefresh = CompletableFuture.completedFuture(null);
    private volatile ScheduledFuture<?> poll;
    private DewarSnapshot last;   // job thread only
    private long lastCount = -1;  // job thread only
    private boolean missingReported; // job thread only

    /**
     * @param changeProbe a number that changes whenever the Amostra store changes (read on the job thread)
     */
    public DewarModel(Amostra amostra, String dewarName, JobRunner jobs, FxThrottle throttle, DewarContents contents,
                      LongSupplier changeProbe, MessageLog messages) {
        this.amostra = amostra;
        this.dewarName = dewarName;
        this.jobs = jobs;
        this.throttle = throttle;
        this.contents = contents;
        this.changeProbe = changeProbe;
        this.messages = messages;
    }

    public String dewarName() {
        return dewarName;
    }

    /** First read, then polls the change probe every {@code period} on {@code timer}. */
    public void start(ScheduledExecutorService timer, Duration period) {
        refresh();
        poll = timer.scheduleWithFixedDelay(this::probe, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Reads the dewar again (soon, in the background). Completes when a read that started after this call has
     * been applied to the contents' queue; calls while one is queued share it.
     */
    public CompletableFuture<Void> refresh() {
        if (refreshQueued.compareAndSet(false, true)) {
            queuedRefresh = jobs.run("read dewar " + dewarName, this::readNow);
        }
        return queuedRefresh;
    }

    private void probe() {
        if (probeQueued.compareAndSet(false, true)) {
            jobs.run("store change probe", () -> {
                probeQueued.set(false);
                long count = changeProbe.getAsLong();
                if (count != lastCount) {
                    lastCount = count;
                    refresh();
                }
            });
        }
    }

    private void readNow() {
        refreshQueued.set(false); // a trigger from here on needs a new read
        DewarSnapshot now;
        try {
            now = amostra.dewarTree().read(dewarName);
            missingReported = false;
        } catch (NotFoundException e) {
            if (!missingReported) {
                missingReported = true;
                messages.gui("The dewar '" + dewarName + "' (conftrak primaryDewarName) does not exist in the store;"
                        + " the tree stays empty until it does", true);
            }
            now = null;
        }
        List<DewarChange> changes = now == null ? removedAll() : DewarDiff.between(last, now);
        last = now;
        if (!changes.isEmpty()) {
            pending.add(changes);
            throttle.submit(this, this::drain);
        }
    }

    private List<DewarChange> removedAll() {
        List<DewarChange> out = new ArrayList<>();
        if (last != null) {
            last.pucks().forEach(p -> out.add(new DewarChange.SlotChanged(p.slot(), p.slotLabel(), null)));
        }
        return out;
    }

    /** FX thread: applies every pending change list in the order it was read. */
    private void drain() {
        for (List<DewarChange> c; (c = pending.poll()) != null; ) {
            try {
                contents.apply(c);
            } catch (RuntimeException e) {
                log.error("Applying {} dewar change(s) failed: {}", c.size(), e.toString(), e);
            }
        }
    }

    @Override
    public void close() {
        ScheduledFuture<?> p = poll;
        if (p != null) {
            p.cancel(false);
        }
    }
}
