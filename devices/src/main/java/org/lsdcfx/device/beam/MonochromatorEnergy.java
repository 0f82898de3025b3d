package org.lsdcfx.device.beam;

import org.lsdcfx.device.DeviceException;
import org.lsdcfx.device.DeviceException.Fault;
import org.lsdcfx.device.motor.Motor;
import org.lsdcfx.mxtools.profile.EnergyRange;

import java.time.Duration;

/** {@link EnergyDevice} over the monochromator's {@code energy} motor, refusing energies outside the profile range. */
public final class MonochromatorEnergy implements EnergyDevice {
    private final Motor motor;
    private final EnergyRange range;

    public MonochromatorEnergy(Motor motor, EnergyRange range) {
        this.motor = motor;
        this.range = range;
    }

    @Override
    public double energy() {
        return motor.position();
    }

    @Override
    public EnergyRange range() {
        return range;
    }

    @Override
    public double setEnergy(double ev, Duration timeout) {
        if (!Double.isFinite(ev) || !range.contains(ev)) {
            throw new DeviceException("energy", motor.pv(), Fault.REFUSED, ev + " eV is outside the beamline's "
                    + "range [" + range.minEv() + ", " + range.maxEv() + "] eV; nothing moved");
        }
        return motor.moveAndWait(ev, timeout);
    }

    @Override
    public Motor motor() {
        return motor;
    }

    @Override
    public void stop() {
        motor.stop();
    }
}
