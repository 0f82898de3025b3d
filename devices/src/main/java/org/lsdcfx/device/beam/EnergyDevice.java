package org.lsdcfx.device.beam;

import org.lsdcfx.device.motor.Motor;
import org.lsdcfx.mxtools.profile.EnergyRange;

import java.time.Duration;

/** Photon energy (the monochromator energy motor), in eV. Thread-safe. */
public interface EnergyDevice {

    /** hc in eV·Å, the constant LSDC uses for λ = 12398.42 / E. */
    double HC_EV_ANGSTROM = 12398.42;

    /** Latest readback, eV. */
    double energy();

    /** Latest readback as wavelength, Å. */
    default double wavelength() {
        return HC_EV_ANGSTROM / energy();
    }

    /** Deliverable range from the profile. */
    EnergyRange range();

    /**
     * Moves to {@code ev} and waits until arrived; returns the final readback.
     *
     * @throws org.lsdcfx.device.DeviceException {@code REFUSED} outside {@link #range()} (nothing moves)
     */
    double setEnergy(double ev, Duration timeout);

    /** The underlying energy motor (for scans). */
    Motor motor();

    /** Stops the monochromator; bounded. */
    void stop();
}
