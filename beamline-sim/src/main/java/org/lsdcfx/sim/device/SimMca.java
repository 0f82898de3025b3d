package org.lsdcfx.sim.device;

import org.lsdcfx.mxtools.profile.BeamlineProfile;
import org.lsdcfx.mxtools.profile.Descriptors;
import org.lsdcfx.sim.physics.AbsorptionEdge;
import org.lsdcfx.sim.physics.Noise;
import org.lsdcfx.sim.pv.PvHost;
import org.lsdcfx.sim.pv.PvType;
import org.lsdcfx.sim.pv.SimPv;
import org.lsdcfx.sim.pv.SimThread;

import java.util.function.DoubleSupplier;

/**
 * A Mercury MCA: {@value #CHANNELS} channels of {@value #EV_PER_CHANNEL} eV. EraseStart acquires for the preset real
 * time (simulated seconds) and then publishes the spectrum and the ROI sum. The spectrum has the sample's
 * fluorescence line (height following {@link AbsorptionEdge#yield} at the current monochromator energy), the
 * elastic and Compton scatter peaks and a flat background, all scaled by beam intensity, transmission and the
 * shutter (closed shutter: background only), with Poisson noise. Confined to the simulator thread.
 */
public final class SimMca {
    public static final int CHANNELS = 2048;
    public static final double EV_PER_CHANNEL = 10.0;
    static final double LINE_RATE = 20000.0;    // counts/s in the fluorescence line above the edge, full beam
    static final double SCATTER_RATE = 5000.0;  // counts/s in the elastic peak
    static final double BACKGROUND_RATE = 0.5;  // counts/s per channel
    static final double PEAK_SIGMA_EV = 80.0;

    private final SimThread sim;
    private final AbsorptionEdge edge;
    private final Noise noise;
    private final DoubleSupplier energyEv;
    private final DoubleSupplier beamFactor;
    private final SimPv<Integer> roiLo;
    private final SimPv<Integer> roiHi;
    private final SimPv<Double> presetReal;
    private final SimPv<Integer> acquiring;
    private final SimPv<Double> roiCounts;
    private final SimPv<double[]> spectrum;

    /**
     * @param energyEv   current monochromator energy, eV
     * @param beamFactor relative photons on the sample: ring intensity × transmission × shutter open (0..1)
     */
    public SimMca(PvHost host, SimThread sim, BeamlineProfile profile, AbsorptionEdge edge, Noise noise,
                  DoubleSupplier energyEv, DoubleSupplier beamFactor) {
        this.sim = sim;
        this.edge = edge;
        this.noise = noise;
        this.energyEv = energyEv;
        this.beamFactor = beamFactor;
        int line = (int) Math.round(edge.emissionEv() / EV_PER_CHANNEL);
        roiLo = host.writable(profile.pv(Descriptors.MCA_ROI_LO), PvType.INT, line - 25, "channel",
                "ROI 0 low channel", v -> checkChannel(v));
        roiHi = host.writable(profile.pv(Descriptors.MCA_ROI_HI), PvType.INT, line + 25, "channel",
                "ROI 0 high channel", v -> checkChannel(v));
        presetReal = host.writable(profile.pv(Descriptors.MERCURY_PRESET_REAL), PvType.DOUBLE, 1.0, "s",
                "preset real time", v -> {
                    if (!(v > 0) || v > 3600) {
                        throw new IllegalArgumentException("preset real time must be within (0, 3600] s, was " + v);
                    }
                    return v;
                });
        acquiring = host.readOnly(profile.pv(Descriptors.MERCURY_ACQUIRING), PvType.INT, 0, "",
                "acquiring (1 while counting)");
        roiCounts = host.readOnly(profile.pv(Descriptors.MERCURY_ROI_COUNTS), PvType.DOUBLE, 0.0, "counts",
                "counts in ROI 0 of the last acquisition");
        spectrum = host.readOnly(profile.pv(Descriptors.MERCURY_SPECTRUM), PvType.DOUBLE_ARRAY,
                new double[CHANNELS], "counts", "spectrum of the last acquisition, " + EV_PER_CHANNEL
                        + " eV per channel");
        host.writable(profile.pv(Descriptors.MERCURY_ERASE_START), PvType.INT, 0, "",
                "erase and start an acquisition (write 1)", v -> {
                    if (acquiring.get() == 1) {
                        throw new IllegalStateException("MCA is already acquiring");
                    }
                    start();
                    return v;
                });
    }

    private static Integer checkChannel(Integer v) {
        if (v < 0 || v >= CHANNELS) {
            throw new IllegalArgumentException("ROI channel must be within 0.." + (CHANNELS - 1) + ", was " + v);
        }
        return v;
    }

    private void start() {
        double seconds = presetReal.get();
        acquiring.set(1);
        // Energy and beam are sampled at the start: scans move the mono between acquisitions, not during.
        double ev = energyEv.getAsDouble();
        double beam = beamFactor.getAsDouble();
        sim.after(seconds, () -> finish(seconds, ev, beam));
    }

    private void finish(double seconds, double ev, double beam) {
        double[] counts = new double[CHANNELS];
        double lineArea = LINE_RATE * edge.yield(ev) * beam * seconds;
        double scatterArea = SCATTER_RATE * beam * seconds;
        for (int c = 0; c < CHANNELS; c++) {
            double e = c * EV_PER_CHANNEL;
            double mean = BACKGROUND_RATE * seconds
                    + gaussian(e, edge.emissionEv(), lineArea)
                    + gaussian(e, ev, scatterArea)
                    + gaussian(e, ev - 250, 0.6 * scatterArea);
            counts[c] = noise.poisson(mean);
        }
        int lo = Math.min(roiLo.get(), roiHi.get());
        int hi = Math.max(roiLo.get(), roiHi.get());
        double sum = 0;
        for (int c = lo; c <= hi; c++) {
            sum += counts[c];
        }
        spectrum.set(counts);
        roiCounts.publish(sum);
        acquiring.set(0);
    }

    private static double gaussian(double e, double centre, double area) {
        double z = (e - centre) / PEAK_SIGMA_EV;
        return area * EV_PER_CHANNEL / (PEAK_SIGMA_EV * Math.sqrt(2 * Math.PI)) * Math.exp(-0.5 * z * z);
    }
}
