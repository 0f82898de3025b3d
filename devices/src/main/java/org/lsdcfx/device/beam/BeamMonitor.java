package org.lsdcfx.device.beam;

import java.time.Duration;
import java.util.function.Consumer;

/** Storage-ring current, beam-available flag and flux. Thread-safe. */
public interface BeamMonitor {

    /** Latest ring current, mA. */
    double ringCurrent();

    /** Latest beam-available flag ({@code beamAvailable} descriptor). */
    boolean beamAvailable();

    /** Latest flux at the sample position, photons/s. */
    double flux();

    /**
     * Calls {@code listener} with the current beam-available value, then on every change. The listener runs on a
     * PVA client thread and must return quickly. Close the returned handle to stop listening.
     */
    AutoCloseable onBeamAvailableChange(Consumer<Boolean> listener);

    /** Waits until the beam is available; returns false if it was not within {@code timeout}. */
    boolean awaitBeamAvailable(Duration timeout);
}
