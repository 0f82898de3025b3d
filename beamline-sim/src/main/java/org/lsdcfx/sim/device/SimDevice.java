package org.lsdcfx.sim.device;

/** A simulated device advanced by the physics tick. Called only on the simulator thread. */
public interface SimDevice {

    /** Advances the device by {@code dtSim} simulated seconds. */
    void tick(double dtSim);
}
