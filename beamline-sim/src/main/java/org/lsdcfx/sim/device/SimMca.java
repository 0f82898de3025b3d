package org.lsdcfx.sim.device;

import org.lsdcfx.analysis.xrf.DetectorResponse;
import org.lsdcfx.analysis.xrf.ElementLines;
import org.lsdcfx.analysis.xrf.EmissionLine;
import org.lsdcfx.analysis.xrf.EmissionLineTable;
import org.lsdcfx.analysis.xrf.EnergyCalibration;
import org.lsdcfx.analysis.xrf.Shell;
import org.lsdcfx.analysis.xrf.SyntheticXrfGenerator;
import org.lsdcfx.analysis.xrf.SyntheticXrfSpec;
import org.lsdcfx.mxtools.profile.BeamlineProfile;
import org.lsdcfx.mxtools.profile.Descriptors;
import org.lsdcfx.sim.physics.AbsorptionEdge;
import org.lsdcfx.sim.physics.Noise;
import org.lsdcfx.sim.pv.PvHost;
import org.lsdcfx.sim.pv.PvType;
import org.lsdcfx.sim.pv.SimPv;
import org.lsdcfx.sim.pv.SimThread;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

/**
 * A Mercury MCA: by default {@value #CHANNELS} channels of {@value #EV_PER_CHANNEL} eV from 0 eV, or what the profile's
 * extras {@code mcaChannels}, {@code mcaEvPerChannel}, {@code mcaOffsetEv} say (the daq server calibrates the spectrum
 * it reads with the same extras). EraseStart acquires for the preset real time (simulated seconds) and then publishes
 * the spectrum and the ROI sum.
 *
 * <p>The spectrum at the monochromator energy is analysis' {@link SyntheticXrfGenerator}'s (silicon-drift detector
 * response): the lines of every sample element with an edge below the excitation energy, elastic and Compton
 * scatter, a continuum; then Poisson noise. An element of amount a gives {@value #LINE_RATE}·a counts/s in the lines
 * of its strongest excited shell. The element of the {@link AbsorptionEdge} model (Se K) is special so that energy
 * scans see a real edge: its Kα counts are {@value #LINE_RATE}·a·{@link AbsorptionEdge#yield} (step + white line,
 * 5 % pre-edge), its other K lines follow at the tabulated rates above the edge; below the edge only the pre-edge
 * Kα remains. Everything scales with beam intensity, transmission and the shutter (closed shutter: continuum only).
 * Confined to the simulator thread.
 */
public final class SimMca {
    public static final int CHANNELS = 2048;
    public static final double EV_PER_CHANNEL = 10.0;
    /** Profile extras shared with the daq server. */
    public static final String EXTRA_OFFSET = "mcaOffsetEv";
    public static final String EXTRA_GAIN = "mcaEvPerChannel";
    public static final String EXTRA_CHANNELS = "mcaChannels";
    static final double LINE_RATE = 20000.0;    // counts/s in the fluorescence line above the edge, full beam
    static final double SCATTER_RATE = 5000.0;  // counts/s in the elastic peak (Compton: 0.6 of it)
    static final double BACKGROUND_RATE = 0.5;  // counts/s per channel
    static final double SCATTERING_ANGLE_DEG = 90;

    private final SimThread sim;
    private final AbsorptionEdge edge;
    private final Noise noise;
    private final DoubleSupplier energyEv;
    private final DoubleSupplier beamFactor;
    private final Supplier<Map<String, Double>> elements;
    private final ElementLines edgeElement;
    private final double kAlphaShare;
    private final SyntheticXrfGenerator generator;
    private final DetectorResponse detector = DetectorResponse.siliconDrift();
    private final EnergyCalibration calibration;
    private final int channels;
    private final SimPv<Integer> roiLo;
    private final SimPv<Integer> roiHi;
    private final SimPv<Double> presetReal;
    private final SimPv<Integer> acquiring;
    private final SimPv<Double> roiCounts;
    private final SimPv<double[]> spectrum;

    /**
     * @param energyEv   current monochromator energy, eV
     * @param beamFactor relative photons on the sample: ring intensity × transmission × shutter open (0..1)
     * @param elements   the sample's elements, symbol → amount (canonical symbols of {@code lines})
     */
    public SimMca(PvHost host, SimThread sim, BeamlineProfile profile, AbsorptionEdge edge, Noise noise,
                  DoubleSupplier energyEv, DoubleSupplier beamFactor, EmissionLineTable lines,
                  Supplier<Map<String, Double>> elements) {
        this.sim = sim;
        this.edge = edge;
        this.noise = noise;
        this.energyEv = energyEv;
        this.beamFactor = beamFactor;
        this.elements = elements;
        this.generator = new SyntheticXrfGenerator(lines, detector);
        this.edgeElement = lines.element(edge.element());
        double kRates = edgeElement.linesOf(Shell.K).stream().mapToDouble(EmissionLine::rate).sum();
        this.kAlphaShare = edgeElement.linesOf(Shell.K).stream().filter(l -> l.name().startsWith("KA"))
                .mapToDouble(EmissionLine::rate).sum() / kRates;
        this.calibration = new EnergyCalibration(extra(profile, EXTRA_OFFSET, 0), extra(profile, EXTRA_GAIN,
                EV_PER_CHANNEL));
        this.channels = (int) extra(profile, EXTRA_CHANNELS, CHANNELS);
        if (channels < 16 || channels > 65536) {
            throw new IllegalArgumentException("profile " + profile.name() + ": extra." + EXTRA_CHANNELS
                    + " must be within 16..65536, was " + channels);
        }
        int line = (int) Math.round(calibration.channel(edge.emissionEv()));
        roiLo = host.writable(profile.pv(Descriptors.MCA_ROI_LO), PvType.INT, Math.max(0, line - 25), "channel",
                "ROI 0 low channel", v -> checkChannel(v));
        roiHi = host.writable(profile.pv(Descriptors.MCA_ROI_HI), PvType.INT, Math.min(channels - 1, line + 25), "channel",
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
                new double[channels], "counts", "spectrum of the last acquisition, "
                        + calibration.gainEvPerChannel() + " eV per channel from " + calibration.offsetEv() + " eV");
        host.writable(profile.pv(Descriptors.MERCURY_ERASE_START), PvType.INT, 0, "",
                "erase and start an acquisition (write 1)", v -> {
                    if (acquiring.get() == 1) {
                        throw new IllegalStateException("MCA is already acquiring");
                    }
                    start();
                    return v;
                });
    }

    private static double extra(BeamlineProfile profile, String key, double absent) {
        String text = profile.extra(key).orElse(null);
        if (text == null || text.isBlank()) {
            return absent;
        }
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("profile " + profile.name() + ": extra." + key
                    + " must be a number, not '" + text + "'");
        }
    }

    private Integer checkChannel(Integer v) {
        if (v < 0 || v >= channels) {
            throw new IllegalArgumentException("ROI channel must be within 0.." + (channels - 1) + ", was " + v);
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
        double[] counts = expected(seconds, ev, beam);
        for (int c = 0; c < counts.length; c++) {
            counts[c] = noise.poisson(counts[c]);
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

    /** Noise-free counts per channel for {@code seconds} at {@code ev} with {@code beam} (0..1). */
    double[] expected(double seconds, double ev, double beam) {
        if (!(ev > 0)) {
            return new double[channels];
        }
        Map<String, Double> lineCounts = new LinkedHashMap<>();
        double preEdgeKAlpha = 0;
        for (Map.Entry<String, Double> e : elements.get().entrySet()) {
            double counts = LINE_RATE * e.getValue() * beam * seconds;
            if (e.getKey().equals(edgeElement.symbol())) {
                double kAlpha = counts * edge.yield(ev);
                boolean excited = edgeElement.edge(Shell.K).map(k -> k.excitedBy(ev)).orElse(false);
                if (excited) {
                    lineCounts.put(e.getKey(), kAlpha / kAlphaShare);   // the generator shares them over all K lines
                } else {
                    preEdgeKAlpha = kAlpha;
                }
            } else {
                lineCounts.put(e.getKey(), counts);
            }
        }
        SyntheticXrfSpec spec = new SyntheticXrfSpec(ev, calibration, channels, lineCounts,
                SCATTER_RATE * beam * seconds, 0.6 * SCATTER_RATE * beam * seconds, SCATTERING_ANGLE_DEG,
                BACKGROUND_RATE * seconds, seconds);
        double[] counts = generator.expected(spec);
        if (preEdgeKAlpha > 0) {
            addGaussian(counts, edge.emissionEv(), detector.sigmaEv(edge.emissionEv()), preEdgeKAlpha);
        }
        return counts;
    }

    private void addGaussian(double[] counts, double centreEv, double sigmaEv, double area) {
        double perChannel = area * calibration.gainEvPerChannel() / (sigmaEv * Math.sqrt(2 * Math.PI));
        for (int c = 0; c < counts.length; c++) {
            double z = (calibration.energyEv(c) - centreEv) / sigmaEv;
            if (Math.abs(z) < 8) {
                counts[c] += perChannel * Math.exp(-0.5 * z * z);
            }
        }
    }
}
