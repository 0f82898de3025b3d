package org.lsdcfx.sim.device;

import org.lsdcfx.mxtools.profile.BeamlineProfile;
import org.lsdcfx.mxtools.profile.Descriptors;
import org.lsdcfx.sim.pv.PvHost;
import org.lsdcfx.sim.pv.PvType;
import org.lsdcfx.sim.pv.SimPv;
import org.lsdcfx.sim.pv.SimThread;

/**
 * A BCU-style attenuator: {@code transmissionSet} (0..1), {@code transmissionGo} (write 1), {@code transmissionDone}
 * (0 while filters move, {@value #MOVE_SECONDS} s simulated), {@code transmissionRBV} (achieved transmission,
 * rounded to the 1e-4 steps a filter set can reach). Confined to the simulator thread.
 */
public final class SimAttenuator {
    static final double MOVE_SECONDS = 0.5;
    private final SimPv<Double> set;
    private final SimPv<Integer> done;
    private final SimPv<Double> rbv;

    public SimAttenuator(PvHost host, SimThread sim, BeamlineProfile profile) {
        set = host.writable(profile.pv(Descriptors.TRANSMISSION_SET), PvType.DOUBLE, 1.0, "",
                "transmission set-point, 0..1", v -> {
                    if (!(v >= 0 && v <= 1)) {
                        throw new IllegalArgumentException("transmission must be within 0..1, was " + v);
                    }
                    return v;
                });
        done = host.readOnly(profile.pv(Descriptors.TRANSMISSION_DONE), PvType.INT, 1, "",
                "attenuator done (1 = filters in place)");
        rbv = host.readOnly(profile.pv(Descriptors.TRANSMISSION_RBV), PvType.DOUBLE, 1.0, "",
                "achieved transmission, 0..1");
        host.writable(profile.pv(Descriptors.TRANSMISSION_GO), PvType.INT, 0, "", "apply the set-point (write 1)",
                v -> {
                    double target = Math.round(set.get() * 1e4) / 1e4;
                    done.set(0);
                    sim.mechanism(MOVE_SECONDS, () -> {
                        rbv.set(target);
                        done.set(1);
                    });
                    return v;
                });
    }

    /** Achieved transmission, 0..1. */
    public double transmission() {
        return rbv.get();
    }
}
