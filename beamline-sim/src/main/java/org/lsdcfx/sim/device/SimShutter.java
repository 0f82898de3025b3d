package org.lsdcfx.sim.device;

import org.lsdcfx.mxtools.profile.BeamlineProfile;
import org.lsdcfx.mxtools.profile.Descriptors;
import org.lsdcfx.sim.pv.PvHost;
import org.lsdcfx.sim.pv.PvType;
import org.lsdcfx.sim.pv.SimPv;
import org.lsdcfx.sim.pv.SimThread;

/**
 * The fast shutter: {@code fastShutter} command (0 close, 1 open) and {@code fastShutterState} readback, which follows
 * the command after {@value #TRAVEL_SECONDS} s (simulated). Confined to the simulator thread.
 */
public final class SimShutter {
    static final double TRAVEL_SECONDS = 0.01;
    private final SimPv<Integer> state;

    public SimShutter(PvHost host, SimThread sim, BeamlineProfile profile) {
        state = host.readOnly(profile.pv(Descriptors.FAST_SHUTTER_STATE), PvType.INT, 0, "",
                "fast shutter state (0 closed, 1 open)");
        host.writable(profile.pv(Descriptors.FAST_SHUTTER), PvType.INT, 0, "", "fast shutter command (0 close, 1 open)",
                v -> {
                    if (v != 0 && v != 1) {
                        throw new IllegalArgumentException("fast shutter command must be 0 or 1, was " + v);
                    }
                    sim.after(TRAVEL_SECONDS, () -> state.set(v));
                    return v;
                });
    }

    public boolean isOpen() {
        return state.get() == 1;
    }
}
