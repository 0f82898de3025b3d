package org.lsdcfx.daq.queue;

import java.time.Duration;
import org.lsdcfx.daq.comm.StatusBoard;
import org.lsdcfx.daq.control.AbortedException;
import org.lsdcfx.daq.control.RunControl;
import org.lsdcfx.device.beam.BeamMonitor;

/**
 * LSDC's {@code waitBeam}: holds the queue while the beam is not available, telling the GUIs why, and stays
 * abortable and pausable while it waits (it waits in short slices and passes a checkpoint after each).
 */
final class BeamWait {
    private static final Duration SLICE = Duration.ofMillis(250);
    private final RunControl control;
    private final StatusBoard status;

    BeamWait(RunControl control, StatusBoard status) {
        this.control = control;
        this.status = status;
    }

    void await(BeamMonitor beam) throws AbortedException, InterruptedException {
        if (beam.beamAvailable()) {
            return;
        }
        status.popup("Waiting for beam: the queue continues when the beam is back (beamCheck is on)");
        status.message("queue waiting for beam");
        while (!beam.awaitBeamAvailable(SLICE)) {
            control.checkpoint();
        }
        status.closePopup();
        status.message("beam is back; the queue continues");
    }
}
