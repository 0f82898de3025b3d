package org.lsdcfx.daq.routine.collect;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import org.lsdcfx.device.beam.BeamMonitor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches for the beam being lost while a detector series runs: the first change from available to unavailable is
 * remembered with the number of frames the detector had written then. A beam that was already off when the watch
 * started is not a loss (the beam check before collecting decides about that).
 *
 * <p>Thread-safe: the listener runs on a PVA client thread, the routine reads from its own; atomics only.
 */
final class BeamWatch implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(BeamWatch.class);
    private final AtomicBoolean sawBeam = new AtomicBoolean();
    private final AtomicInteger framesAtLoss = new AtomicInteger(-1);
    private final AutoCloseable subscription;

    BeamWatch(BeamMonitor beam, IntSupplier framesWritten) {
        this.subscription = beam.onBeamAvailableChange(available -> {
            if (available) {
                sawBeam.set(true);
            } else if (sawBeam.get() && framesAtLoss.compareAndSet(-1, framesWritten.getAsInt())) {
                log.warn("Beam lost after {} frames of the series", framesAtLoss.get());
            }
        });
    }

    /** True once the beam was lost during the series. */
    boolean lost() {
        return framesAtLoss.get() >= 0;
    }

    /** Frames the detector had written when the beam was lost (-1 if it was not). */
    int framesAtLoss() {
        return framesAtLoss.get();
    }

    @Override
    public void close() {
        try {
            subscription.close();
        } catch (Exception e) {
            log.debug("closing the beam subscription: {}", e.toString());
        }
    }
}
