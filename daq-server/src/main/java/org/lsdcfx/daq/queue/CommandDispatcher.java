package org.lsdcfx.daq.queue;

import java.time.Clock;
import org.lsdcfx.daq.command.Caller;
import org.lsdcfx.daq.command.CommandChannel;
import org.lsdcfx.daq.command.CommandReply;
import org.lsdcfx.daq.command.ReplySink;
import org.lsdcfx.daq.control.AbortedException;
import org.lsdcfx.daq.control.ProgramStatus;
import org.lsdcfx.daq.control.RunControl;
import org.lsdcfx.daq.guard.CommandGuard;
import org.lsdcfx.daq.guard.Execution;
import org.lsdcfx.daq.guard.Verdict;
import org.lsdcfx.store.Uids;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Takes command text from the command PVs, has the guard decide, answers at once on {@code command_reply}, and
 * hands admitted commands to one of three workers: serial (device work and the request queue, one at a time, in
 * order), immediate (control, runs while serial work runs) and background (store-only bookkeeping). Each command
 * gets a final reply (done or failed) when its handler returns.
 *
 * <p>{@link #submit} runs on PVA threads: it only parses, checks in memory and enqueues, so it never blocks.
 * Submissions are serialised by {@code submitLock} so that the room checked in a worker's queue is still there
 * when the command is enqueued, and so that the accepted reply is published before the final one.
 */
public final class CommandDispatcher implements AutoCloseable {
    public static final int SERIAL_CAPACITY = 32;
    public static final int OTHER_CAPACITY = 16;
    private static final Logger log = LoggerFactory.getLogger(CommandDispatcher.class);

    private final CommandGuard guard;
    private final CommandRegistry registry;
    private final RunControl control;
    private final ProgramStatus programStatus;
    private final ReplySink replies;
    private final Clock clock;
    private final CommandWorker serial = new CommandWorker("daq-serial", SERIAL_CAPACITY);
    private final CommandWorker immediate = new CommandWorker("daq-immediate", OTHER_CAPACITY);
    private final CommandWorker background = new CommandWorker("daq-background", OTHER_CAPACITY);
    private final Object submitLock = new Object();

    public CommandDispatcher(CommandGuard guard, CommandRegistry registry, RunControl control, ProgramStatus programStatus,
                             ReplySink replies, Clock clock) {
        this.guard = guard;
        this.registry = registry;
        this.control = control;
        this.programStatus = programStatus;
        this.replies = replies;
        this.clock = clock;
    }

    public void start() {
        serial.start();
        immediate.start();
        background.start();
    }

    /**
     * Decides about one command and, if admitted, queues it. Never throws and never blocks.
     *
     * @return the decision reply (accepted or rejected), already published
     */
    public CommandReply submit(CommandChannel channel, Caller caller, String text) {
        Verdict verdict = guard.admit(channel, caller, text);
        synchronized (submitLock) {
            if (verdict instanceof Verdict.Refused r) {
                return reject(r.id(), r.function(), caller, r.reason());
            }
            Verdict.Admitted a = (Verdict.Admitted) verdict;
            CommandWorker worker = workerFor(a.spec().execution());
            if (worker.room() == 0) {
                return reject(a.command().id(), a.command().function(), caller,
                        "the " + worker.name() + " queue is full; wait for the running commands to finish");
            }
            CommandReply accepted = CommandReply.accepted(a.command().id(), a.command().function(), caller.display(),
                    describeAcceptance(a, worker), now());
            replies.publish(accepted);
            log.info("{} from {} accepted: {} {}", a.command().function(), caller, a.args(), idTag(a.command().id()));
            worker.submit(new Queued(a));
            if (worker == serial) {
                programStatus.setBusy(true);
            }
            return accepted;
        }
    }

    /**
     * Drops serial commands that have not started yet (after an abort), each answered as failed.
     *
     * @return how many were dropped
     */
    public int cancelWaitingSerial(String reason) {
        synchronized (submitLock) {
            int n = serial.cancelWaiting(reason).size();
            programStatus.setBusy(serial.isBusy());
            return n;
        }
    }

    /** True while a serial command runs or waits. */
    public boolean serialBusy() {
        return serial.isBusy();
    }

    private CommandWorker workerFor(Execution e) {
        return switch (e) {
            case SERIAL, QUEUE -> serial;
            case IMMEDIATE -> immediate;
            case BACKGROUND -> background;
        };
    }

    private String describeAcceptance(Verdict.Admitted a, CommandWorker worker) {
        if (worker == serial && serial.isBusy()) {
            return "queued behind the running command";
        }
        return a.spec().summary().isEmpty() ? "accepted" : a.spec().summary();
    }

    private CommandReply reject(String id, String function, Caller caller, String reason) {
        CommandReply reply = CommandReply.rejected(id, function, caller.display(), reason, now());
        replies.publish(reply);
        log.info("Command from {} rejected: {} {}", caller, reason, idTag(id));
        return reply;
    }

    private double now() {
        return Uids.epochSeconds(clock);
    }

    private static String idTag(String id) {
        return id.isEmpty() ? "" : "[id " + id + "]";
    }

    @Override
    public void close() {
        serial.close();
        immediate.close();
        background.close();
    }

    /** One admitted command waiting for or running on its worker. */
    private final class Queued implements CommandWorker.Job {
        private final Verdict.Admitted admitted;

        Queued(Verdict.Admitted admitted) {
            this.admitted = admitted;
        }

        @Override
        public void run() {
            String id = admitted.command().id();
            String function = admitted.command().function();
            String caller = admitted.caller().display();
            Execution execution = admitted.spec().execution();
            boolean serialWork = execution == Execution.SERIAL || execution == Execution.QUEUE;
            MDC.put("command", function);
            MDC.put("commandId", id);
            try {
                try {
                    if (serialWork) {
                        control.begin(execution == Execution.QUEUE);
                    }
                    String what = registry.handler(function).execute(new Invocation(id, function, admitted.args(), admitted.caller()));
                    replies.publish(CommandReply.done(id, function, caller, what == null ? "done" : what, now()));
                    log.info("{} done: {}", function, what);
                } catch (AbortedException e) {
                    replies.publish(CommandReply.failed(id, function, caller, "aborted: " + e.getMessage(), now()));
                    log.info("{} aborted: {}", function, e.getMessage());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    replies.publish(CommandReply.failed(id, function, caller, "interrupted: the server is shutting down", now()));
                } catch (Exception e) {
                    replies.publish(CommandReply.failed(id, function, caller, messageOf(e), now()));
                    if (isExpected(e)) { // the message says it all; a stack trace would only hide it
                        log.warn("{} failed: {}", function, messageOf(e));
                    } else {
                        log.warn("{} failed: {}", function, messageOf(e), e);
                    }
                } catch (Error e) {
                    replies.publish(CommandReply.failed(id, function, caller, "internal error: " + e, now()));
                    throw e;
                } finally {
                    if (serialWork) {
                        control.end();
                    }
                }
            } finally {
                MDC.remove("command");
                MDC.remove("commandId");
                if (serialWork) {
                    synchronized (submitLock) { // ordered with submit()'s setBusy(true)
                        programStatus.setBusy(serial.waiting() > 0);
                    }
                }
            }
        }

        @Override
        public void cancel(String reason) {
            replies.publish(CommandReply.failed(admitted.command().id(), admitted.command().function(), admitted.caller().display(),
                    "cancelled before it started: " + reason, now()));
        }
    }

    /** Failures a command reports in its own words (bad state, bad data, device faults), not bugs. */
    private static boolean isExpected(Exception e) {
        return e instanceof IllegalStateException || e instanceof IllegalArgumentException
                || e instanceof org.lsdcfx.device.DeviceException
                || e instanceof org.lsdcfx.daq.beamline.BeamlineAccess.DevicesUnavailableException
                || e instanceof org.lsdcfx.store.StoreException;
    }

    private static String messageOf(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.toString() : m;
    }
}
