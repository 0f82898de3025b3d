package org.lsdcfx.device.detector;

import org.lsdcfx.mxtools.profile.DetectorSpec;

import java.time.Duration;

/**
 * An Eiger-like area detector with its file writer: arm with a series description, trigger once, frames are written
 * into files while the series runs, then it returns to idle.
 *
 * <p>Threading: thread-safe. Every wait takes a timeout and fails with a
 * {@link org.lsdcfx.device.DeviceException} ({@code TIMEOUT}) naming the detector and PV.
 */
public interface Detector {

    /** Static facts from the profile (model, size, pixel size, max frame rate, ...). */
    DetectorSpec spec();

    /**
     * Writes the series parameters and arms; returns once the detector reports {@link DetectorState#ARMED}.
     *
     * @throws org.lsdcfx.device.DeviceException {@code REFUSED} if already armed or the frame rate exceeds
     *                                           {@code spec().maxFrameRateHz()}; {@code FAILED} if the detector
     *                                           rejects the request (e.g. files exist); {@code TIMEOUT}
     */
    void arm(ArmRequest request, Duration timeout);

    /** Software trigger: starts the armed series. {@code REFUSED} if not armed. */
    void trigger(Duration timeout);

    DetectorStatus status();

    /** Frames of the current or last series written so far. */
    long framesWritten();

    /** Waits until at least {@code frames} frames are written; returns the status then. */
    DetectorStatus awaitFrames(long frames, Duration timeout);

    /** Waits until the series has finished and the detector is idle again (files closed). */
    DetectorStatus awaitIdle(Duration timeout);

    /**
     * Stops acquisition and disarms. Bounded: writes the acquire PV with a 2 s timeout and returns without
     * waiting for any status PV (LSDC's abort hung waiting for a flag that never changed).
     */
    void disarm();
}
