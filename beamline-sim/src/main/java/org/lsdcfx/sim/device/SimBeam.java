package org.lsdcfx.sim.device;

import org.lsdcfx.mxtools.profile.BeamlineProfile;
import org.lsdcfx.mxtools.profile.Descriptors;
import org.lsdcfx.sim.physics.Noise;
import org.lsdcfx.sim.pv.PvHost;
import org.lsdcfx.sim.pv.PvType;
import org.lsdcfx.sim.pv.SimPv;

/**
 * The storage ring as seen by the beamline: {@code ringCurrent} (top-up at {@value #TOP_UP_MA} mA with small
 * noise), {@code beamAvailable} (1/0) and {@code flux} (photons/s at the sample, proportional to the current).
 * A beam dump drops all three to 0 until restored. Confined to the simulator thread.
 */
public final class SimBeam implements SimDevice {
    static final double TOP_UP_MA = 400.0;
    static final double FLUX_AT_TOP_UP = 3.0e12;
    private static final double UPDATE_SECONDS = 1.0;

    private final SimPv<Double> current;
    private final SimPv<Integer> available;
    private final SimPv<Double> flux;
    private final Noise noise;
    private boolean dumped;
    private double sinceUpdate;

    public SimBeam(PvHost host, BeamlineProfile profile, Noise noise) {
        this.noise = noise;
        current = host.readOnly(profile.pv(Descriptors.RING_CURRENT), PvType.DOUBLE, TOP_UP_MA, "mA",
                "storage ring current");
        available = host.readOnly(profile.pv(Descriptors.BEAM_AVAILABLE), PvType.INT, 1, "",
                "beam available (1 = yes)");
        flux = host.readOnly(profile.pv(Descriptors.FLUX), PvType.DOUBLE, FLUX_AT_TOP_UP, "ph/s",
                "flux at the sample position, full transmission");
    }

    public void dump() {
        dumped = true;
        current.set(0.0);
        flux.set(0.0);
        available.set(0);
    }

    public void restore() {
        dumped = false;
        current.set(TOP_UP_MA);
        flux.set(FLUX_AT_TOP_UP);
        available.set(1);
    }

    public boolean isAvailable() {
        return !dumped;
    }

    /** Ring current relative to top-up, 0 when dumped. */
    public double relativeIntensity() {
        return dumped ? 0 : current.get() / TOP_UP_MA;
    }

    @Override
    public void tick(double dtSim) {
        sinceUpdate += dtSim;
        if (dumped || sinceUpdate < UPDATE_SECONDS) {
            return;
        }
        sinceUpdate = 0;
        double mA = TOP_UP_MA + noise.gaussian(0.3);
        current.set(mA);
        flux.set(FLUX_AT_TOP_UP * mA / TOP_UP_MA);
    }
}
