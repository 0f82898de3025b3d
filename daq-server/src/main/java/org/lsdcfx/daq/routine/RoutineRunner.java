package org.lsdcfx.daq.routine;

import java.time.Duration;
import org.lsdcfx.daq.control.AbortedException;
import org.lsdcfx.daq.control.RunControl;
import org.lsdcfx.store.Uids;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Runs one routine through its lifecycle (prepare, run, on-abort, clean-up), turning whatever happens into a
 * {@link RoutineOutcome}, and publishes progress. Never throws (except that an interrupt is passed on as the
 * thread's interrupt flag). Used on the serial command thread.
 */
public final class RoutineRunner {
    private static final Logger log = LoggerFactory.getLogger(RoutineRunner.class);
    private final RunControl control;
    private final RoutineServices services;

    public RoutineRunner(RunControl control, RoutineServices services) {
        this.control = control;
        this.services = services;
    }

    public RoutineOutcome run(Protocol protocol, RoutineRequest request) {
        MDC.put("request", request.uid());
        MDC.put("sample", request.sample().name());
        try {
            Context ctx = new Context(request);
            ctx.progress(0, "starting " + protocol.name());
            Routine routine;
            try {
                routine = protocol.create(request);
            } catch (RuntimeException e) {
                return RoutineOutcome.failed(protocol.name() + " cannot run this request: " + messageOf(e));
            }
            RoutineOutcome outcome = runSteps(routine, ctx, protocol.name());
            try {
                routine.cleanUp(ctx);
            } catch (Exception e) {
                log.warn("{} clean-up failed: {}", protocol.name(), messageOf(e), e);
            }
            services.status().currentRequest("");
            services.status().statePercent(0);
            return outcome;
        } finally {
            MDC.remove("request");
            MDC.remove("sample");
        }
    }

    private RoutineOutcome runSteps(Routine routine, Context ctx, String name) {
        try {
            routine.prepare(ctx);
            ctx.checkpoint();
            routine.run(ctx);
            ctx.checkpoint(); // an abort that arrived during the last step still counts
            ctx.progress(1, "done");
            return RoutineOutcome.done(name + " done");
        } catch (AbortedException e) {
            safeOnAbort(routine, ctx, name);
            return RoutineOutcome.aborted(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            safeOnAbort(routine, ctx, name);
            return RoutineOutcome.aborted("the server is shutting down");
        } catch (Exception e) {
            safeOnAbort(routine, ctx, name);
            String abortReason = control.abortReason();
            if (!abortReason.isEmpty()) { // a device stopped by the abort fails the step: that is the abort, not a fault
                return RoutineOutcome.aborted(abortReason + " during " + name + " (" + messageOf(e) + ")");
            }
            log.warn("{} failed: {}", name, messageOf(e));
            log.debug("{} failure", name, e);
            return RoutineOutcome.failed(messageOf(e));
        }
    }

    private static void safeOnAbort(Routine routine, Context ctx, String name) {
        try {
            routine.onAbort(ctx);
        } catch (Exception e) {
            log.warn("{} on-abort step failed: {}", name, messageOf(e), e);
        }
    }

    static String messageOf(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.toString() : m;
    }

    private final class Context implements RoutineContext {
        private final RoutineRequest request;
        private final double startTime;

        Context(RoutineRequest request) {
            this.request = request;
            this.startTime = Uids.epochSeconds(services.clock());
        }

        @Override
        public RoutineRequest request() {
            return request;
        }

        @Override
        public RoutineServices services() {
            return services;
        }

        @Override
        public void checkpoint() throws AbortedException, InterruptedException {
            control.checkpoint();
        }

        @Override
        public boolean isAborting() {
            return control.isAborting();
        }

        @Override
        public void progress(double fraction, String what) {
            double percent = Double.isFinite(fraction) ? Math.max(0, Math.min(1, fraction)) * 100 : 0;
            services.status().statePercent(percent);
            services.status().currentRequest(new CurrentRequest(request.uid(), request.sample().uid(), request.sample().name(),
                    request.protocol(), percent, what == null ? "" : what, startTime).toJson());
        }

        @Override
        public void message(String text) {
            services.status().message(text);
        }

        @Override
        public void waitUnlessAborted(Duration duration) throws AbortedException, InterruptedException {
            control.waitUnlessAborted(duration);
        }

        @Override
        public void pauseForUser(String why) throws AbortedException, InterruptedException {
            if (!control.state().isCollecting()) {
                throw new IllegalStateException("cannot wait for the user (" + why + "): the request queue is not running");
            }
            services.status().popup(why);
            services.status().message(why);
            log.info("Request {} paused for the user: {}", request.uid(), why);
            try {
                control.pause();
            } catch (IllegalStateException alreadyPaused) {
                // someone paused at the same moment: their continue releases this wait too
            }
            try {
                control.checkpoint();
            } finally {
                services.status().closePopup();
            }
        }
    }
}
