package org.lsdcfx.daq.handlers;

import java.util.EnumSet;
import org.lsdcfx.daq.command.CommandRejectedException;
import org.lsdcfx.daq.control.AfterRequest;
import org.lsdcfx.daq.control.RunControl;
import org.lsdcfx.daq.control.RunState;
import org.lsdcfx.daq.guard.Access;
import org.lsdcfx.daq.guard.CommandSpec;
import org.lsdcfx.daq.guard.Execution;
import org.lsdcfx.daq.guard.Param;
import org.lsdcfx.daq.queue.CommandRegistry;
import org.lsdcfx.daq.queue.RequestQueueWalker;

/**
 * Running and controlling the request queue: LSDC's {@code runDCQueue}, {@code stopDCQueue(1|2)},
 * {@code continue_data_collection}, plus {@code pause_data_collection} (LSDC used it only internally) and
 * {@code abort_data_collection}.
 */
public final class QueueCommands {
    /** {@code stopDCQueue} flag: abort now. */
    public static final long ABORT = 1;
    /** {@code stopDCQueue} flag: stop after the current request. */
    public static final long STOP_AFTER_REQUEST = 2;

    private final RunControl control;
    private final RequestQueueWalker walker;
    private final Aborter aborter;

    public QueueCommands(RunControl control, RequestQueueWalker walker, Aborter aborter) {
        this.control = control;
        this.walker = walker;
        this.aborter = aborter;
    }

    public void registerInto(CommandRegistry registry) {
        registry.register(CommandSpec.builder("runDCQueue")
                .summary("run the queue of the primary dewar, request by request, until it is empty, stopped or aborted")
                .execution(Execution.QUEUE).allowedIn(RunState.NOT_COLLECTING).build(),
                inv -> walker.run(inv.caller()));
        registry.register(CommandSpec.builder("stopDCQueue")
                .summary("1: abort now (stop motion, disarm the detector); 2: stop the queue after the current request")
                .param(Param.integer("flag", 1, 2, "1 = abort, 2 = stop after the current request"))
                .execution(Execution.IMMEDIATE).allowedIn(RunState.ANY)
                .check((args, caller) -> {
                    if (args.integer("flag") == STOP_AFTER_REQUEST && !control.state().isCollecting()) {
                        throw new CommandRejectedException("nothing to stop: the request queue is not running (" + control.state().label() + ")");
                    }
                }).build(),
                inv -> {
                    if (inv.args().integer("flag") == ABORT) {
                        return aborter.abort(inv.caller());
                    }
                    control.stopAfterRequest();
                    return "the queue stops after the current request";
                });
        registry.register(CommandSpec.builder("abort_data_collection")
                .summary("abort now: the running routine stops at its next checkpoint, motion stops, the detector disarms")
                .execution(Execution.IMMEDIATE).allowedIn(RunState.ANY).build(),
                inv -> aborter.abort(inv.caller()));
        registry.register(CommandSpec.builder("pause_data_collection")
                .summary("hold the running queue at its next checkpoint, or before the next request with after_request")
                .param(Param.bool("after_request", "true: let the current request finish first").optional(false))
                .execution(Execution.IMMEDIATE).allowedIn(EnumSet.of(RunState.COLLECTING)).build(),
                inv -> {
                    if (inv.args().bool("after_request")) {
                        control.pauseAfterRequest();
                        return "the queue pauses after the current request";
                    }
                    control.pause();
                    return "paused";
                });
        registry.register(CommandSpec.builder("continue_data_collection")
                .summary("release a pause (or cancel a pause planned after the current request)")
                .execution(Execution.IMMEDIATE).allowedIn(EnumSet.of(RunState.PAUSED, RunState.COLLECTING))
                .check((args, caller) -> {
                    RunControl.Snapshot s = control.snapshot();
                    if (s.state() == RunState.COLLECTING && s.afterRequest() != AfterRequest.PAUSE) {
                        throw new CommandRejectedException("nothing is paused");
                    }
                }).build(),
                inv -> {
                    control.resume();
                    return "continuing";
                });
    }
}
