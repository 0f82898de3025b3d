package org.lsdcfx.daq.routine.collect;

import java.time.Duration;
import org.lsdcfx.daq.comm.StatusBoard;
import org.lsdcfx.daq.control.AbortedException;
import org.lsdcfx.daq.routine.RoutineContext;
import org.lsdcfx.device.beam.BeamMonitor;

/**
 * Waits for the beam (LSDC's {@code waitBeam}), showing why on {@code gui_popup_message_string},
 * {@code message_string} and the request's step on {@code current_request}; stays abortable and pausable, and gives up
 * after the configured wait. Used on the routine's thread.
 */
final class BeamWaiter {
    private static final Duration SLICE = Duration.ofMillis(100);

    private BeamWaiter() {
    }

    /**
     * Returns once the beam is available (and has settled).
     *
     * @param why what is waiting, e.g. "beam lost at frame 120 of 1800 of lyso_1"
     * @throws CollectionException when the beam did not come back within the configured wait
     */
    static void await(RoutineContext ctx, BeamMonitor beam, CollectionSettings settings, ProgressReport progress, String why)
            throws CollectionException, AbortedException, InterruptedException {
        if (beam.beamAvailable()) {
            return;
        }
        StatusBoard status = ctx.services().status();
        String text = "Waiting for beam: " + why + "; collection continues when the beam is back";
        status.popup(text);
        ctx.message(text);
        progress.step("waiting for beam (" + why + ")");
        long deadline = settings.beamWait().isZero() ? Long.MAX_VALUE : System.nanoTime() + settings.beamWait().toNanos();
        try {
            while (!beam.awaitBeamAvailable(SLICE)) {
                ctx.checkpoint();
                if (System.nanoTime() > deadline) {
                    throw new CollectionException("the beam did not come back within " + settings.beamWait().toSeconds()
                            + " s (" + why + ")");
                }
            }
            if (!settings.beamSettle().isZero()) {
                progress.step("beam is back; settling for " + settings.beamSettle().toMillis() + " ms");
                ctx.waitUnlessAborted(settings.beamSettle());
            }
        } finally {
            status.closePopup();
        }
        ctx.message("beam is back: " + why + "; collection continues");
    }
}
