package org.lsdcfx.daq.queue;

import java.nio.file.Path;
import java.util.Optional;
import org.lsdcfx.amostra.Amostra;
import org.lsdcfx.amostra.PopResult;
import org.lsdcfx.amostra.QueueEntry;
import org.lsdcfx.amostra.Request;
import org.lsdcfx.conftrak.Conftrak;
import org.lsdcfx.daq.command.Caller;
import org.lsdcfx.daq.comm.StatusBoard;
import org.lsdcfx.daq.config.BeamlineSettings;
import org.lsdcfx.daq.control.AbortedException;
import org.lsdcfx.daq.control.RunControl;
import org.lsdcfx.daq.beamline.BeamlineAccess;
import org.lsdcfx.daq.routine.Protocol;
import org.lsdcfx.daq.routine.ProtocolRegistry;
import org.lsdcfx.daq.routine.RoutineOutcome;
import org.lsdcfx.daq.routine.RoutineRequest;
import org.lsdcfx.daq.routine.RoutineRunner;
import org.lsdcfx.daq.sample.SampleMounter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * {@code runDCQueue}: walks the primary dewar's queue in priority order (store's {@code popNextRequest}, with its
 * proposal and visit-directory guard), mounting samples in queue-collect mode, and hands each request to the
 * protocol registered for it. Request state lives in the store: running (99999) before the routine starts, then
 * done, failed (with the reason) or interrupted (abort). A request whose protocol is not registered is marked
 * failed, never done. Between requests it honours a deferred pause or a stop; an abort ends it.
 *
 * <p>Runs on the serial command thread, in run state COLLECTING.
 */
public final class RequestQueueWalker {
    /** The {@code who} recorded in the store for the server's own request changes. */
    public static final String WHO = "daq-server";
    private static final Logger log = LoggerFactory.getLogger(RequestQueueWalker.class);

    private final Amostra amostra;
    private final Conftrak conftrak;
    private final BeamlineSettings settings;
    private final BeamlineAccess beamline;
    private final SampleMounter mounter;
    private final ProtocolRegistry protocols;
    private final RoutineRunner runner;
    private final RunControl control;
    private final StatusBoard status;
    private final BeamWait beamWait;

    public RequestQueueWalker(Amostra amostra, Conftrak conftrak, BeamlineSettings settings, BeamlineAccess beamline,
                              SampleMounter mounter, ProtocolRegistry protocols, RoutineRunner runner, RunControl control,
                              StatusBoard status) {
        this.amostra = amostra;
        this.conftrak = conftrak;
        this.settings = settings;
        this.beamline = beamline;
        this.mounter = mounter;
        this.protocols = protocols;
        this.runner = runner;
        this.control = control;
        this.status = status;
        this.beamWait = new BeamWait(control, status);
    }

    /**
     * Runs the queue until it is empty, blocked, stopped or aborted.
     *
     * @return a summary ("3 done, 1 failed; nothing is queued in dewar X")
     * @throws AbortedException      when aborted (the running request is marked interrupted first)
     * @throws IllegalStateException when the queue may not run (the reason is also shown as a popup)
     */
    public String run(Caller caller) throws Exception {
        Path visit = settings.visitDirectory().orElseThrow(() -> refuse(
                "no visit directory is set (conftrak visitDirectory); staff must set it before the queue can run"));
        String dewar = settings.primaryDewarName();
        Tally tally = new Tally();
        boolean mountedByQueue = false;
        log.info("Queue of dewar {} started by {}", dewar, caller);
        while (true) {
            if (!control.awaitRequestBoundary()) {
                return tally + "; stopped after the current request as asked";
            }
            if (settings.queueCollect() && settings.beamCheck()) {
                beamWait.await(beamline.require().beamMonitor());
            }
            PopResult next = amostra.queue().popNextRequest(dewar, visit.toString());
            if (next.isBlocked()) {
                throw refuse(next.reason());
            }
            if (!next.isRunnable()) {
                if (mountedByQueue) {
                    mounter.unmount(settings.unmountCold(), WHO);
                }
                return tally + "; " + next.reason();
            }
            QueueEntry entry = next.next();
            if (!isMounted(entry)) {
                if (!settings.queueCollect()) {
                    throw refuse("You can only run requests on the currently mounted sample (queue collect is off):"
                            + " the next request is for sample " + entry.sample().name());
                }
                Optional<String> mountFailure = mount(entry);
                if (mountFailure.isPresent()) {
                    amostra.requests().markSkipped(entry.requestUid(), mountFailure.get(), WHO);
                    status.queueChanged();
                    tally.skipped++;
                    continue;
                }
                mountedByQueue = true;
            }
            runOne(entry, tally);
        }
    }

    private boolean isMounted(QueueEntry entry) {
        return mounter.mountedSampleUid().filter(entry.sample().uid()::equals).isPresent();
    }

    /** Mounts the entry's sample; empty on success, else why it failed. An abort is passed on. */
    private Optional<String> mount(QueueEntry entry) throws AbortedException, InterruptedException {
        try {
            mounter.mount(entry.sample().uid(), WHO);
            control.checkpoint();
            return Optional.empty();
        } catch (AbortedException | InterruptedException e) {
            throw e;
        } catch (Exception e) {
            control.checkpoint();
            log.warn("Queue could not mount {}: {}", entry.sample().name(), e.getMessage());
            return Optional.of("mount failed: " + e.getMessage());
        }
    }

    private void runOne(QueueEntry entry, Tally tally) throws AbortedException {
        String uid = entry.requestUid();
        MDC.put("request", uid);
        try {
            Request running;
            try {
                running = amostra.requests().markRunning(uid, WHO);
            } catch (IllegalStateException e) { // changed by someone else since the pop (deleted, unqueued): skip it
                log.info("Request {} not started: {}", uid, e.getMessage());
                return;
            }
            try {
                finish(entry, running, tally);
            } catch (RuntimeException e) { // store or bookkeeping failure: do not leave the request "running"
                bestEffortFail(uid, "the server could not finish the request: " + e.getMessage());
                throw e;
            }
        } finally {
            MDC.remove("request");
        }
    }

    private void finish(QueueEntry entry, Request running, Tally tally) throws AbortedException {
        String uid = running.uid();
        status.queueChanged();
        conftrak.setCurrentRequestId(uid, WHO);
        conftrak.setCurrentSampleId(entry.sample().uid(), WHO);
        Optional<Protocol> protocol = protocols.find(running.requestObj().protocol());
        if (protocol.isEmpty()) {
            String reason = "no protocol '" + running.requestObj().protocol() + "' is registered in this server (registered: "
                    + (protocols.names().isEmpty() ? "none" : String.join(", ", protocols.names())) + ")";
            amostra.requests().markFailed(uid, reason, WHO);
            status.queueChanged();
            status.message("request " + uid + " on " + entry.sample().name() + " failed: " + reason);
            tally.failed++;
            return;
        }
        RoutineOutcome outcome = runner.run(protocol.get(), new RoutineRequest(running, entry.sample(), entry.location()));
        switch (outcome.kind()) {
            case DONE -> {
                amostra.requests().markDone(uid, WHO);
                tally.done++;
            }
            case FAILED -> {
                amostra.requests().markFailed(uid, outcome.message(), WHO);
                status.message("request " + uid + " on " + entry.sample().name() + " failed: " + outcome.message());
                tally.failed++;
            }
            case ABORTED -> amostra.requests().markInterrupted(uid, outcome.message(), WHO);
        }
        status.queueChanged();
        log.info("Request {} on {} ended {}: {}", uid, entry.sample().name(), outcome.kind(), outcome.message());
        if (outcome.kind() == RoutineOutcome.Kind.ABORTED) {
            throw new AbortedException(outcome.message() + " (request " + uid + " marked interrupted)");
        }
    }

    private void bestEffortFail(String uid, String reason) {
        try {
            if (amostra.requests().get(uid).isRunning()) {
                amostra.requests().markFailed(uid, reason, WHO);
            }
        } catch (RuntimeException e) {
            log.error("Request {} is left running in the store ({}); the next start-up will mark it interrupted", uid, e.toString());
        }
    }

    private IllegalStateException refuse(String reason) {
        status.popup(reason);
        return new IllegalStateException(reason);
    }

    /** Counts for the summary. */
    private static final class Tally {
        int done;
        int failed;
        int skipped;

        @Override
        public String toString() {
            return done + " done, " + failed + " failed" + (skipped > 0 ? ", " + skipped + " skipped" : "");
        }
    }
}
