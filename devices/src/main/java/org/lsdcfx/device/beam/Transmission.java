package org.lsdcfx.device.beam;

import java.time.Duration;

/**
 * The attenuator, as a transmission fraction 0..1 (LSDC's BCU descriptors {@code transmissionSet/Go/Done/RBV}).
 * Thread-safe.
 */
public interface Transmission {

    /**
     * Sets the transmission and waits until the attenuator reports done.
     *
     * @throws org.lsdcfx.device.DeviceException {@code REFUSED} if {@code fraction} is outside 0..1 (nothing is
     *                                           written); {@code TIMEOUT} if not done in time
     */
    void set(double fraction, Duration timeout);

    /** Latest readback, 0..1. */
    double readback();

    /** Latest set-point, 0..1. */
    double setpoint();
}
