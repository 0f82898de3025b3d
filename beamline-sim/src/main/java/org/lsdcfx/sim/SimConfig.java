package org.lsdcfx.sim;

import org.lsdcfx.analysis.synth.VirtualCrystal;
import org.lsdcfx.mxtools.profile.BeamlineProfile;
import org.lsdcfx.mxtools.profile.SimProfile;
import org.lsdcfx.sim.detector.BinaryFrameSink;
import org.lsdcfx.sim.detector.FrameSink;
import org.lsdcfx.sim.detector.FrameSize;
import org.lsdcfx.sim.physics.BeamSize;
import org.lsdcfx.sim.sample.SimSample;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * How to run a simulated beamline. Immutable; change one setting with the {@code with...} methods.
 *
 * @param profile     the SIM profile (possibly moved to another prefix) naming every hosted PV
 * @param prefix      the PV prefix the profile uses; simulator controls live under {@code prefix + "{Sim}"}
 * @param timeScale   real seconds per simulated second (0.01: a 5 s robot mount takes 50 ms), &gt; 0
 * @param dataRoot    the detector file writer's file system: series directories must lie inside it
 * @param seed        seed of all simulated noise (reproducible runs)
 * @param frameWidth  width of the frames the detector writes, pixels (see {@link FrameSize} for what sizes mean)
 * @param frameHeight height of those frames, pixels
 * @param frameSink   where detector frames go
 * @param sample      the crystals in the loop and whether it carries ice, at start-up (changeable at run time)
 * @param beam        the beam size at the sample, at start-up (changeable at run time)
 * @param mechanismScale factor in (0, 1] on the robot's, governor's and attenuator's action times on top of
 *                    {@code timeScale}: tests that need motion and frames in real time (rasters) but not real-time
 *                    mounts use e.g. 0.05
 */
public record SimConfig(BeamlineProfile profile, String prefix, double timeScale, Path dataRoot, long seed,
                        int frameWidth, int frameHeight, FrameSink frameSink, SimSample sample, BeamSize beam,
                        double mechanismScale) {

    public SimConfig {
        if (profile == null || prefix == null || dataRoot == null || frameSink == null || sample == null
                || beam == null) {
            throw new IllegalArgumentException("profile, prefix, dataRoot, frameSink, sample and beam are required");
        }
        if (!(timeScale > 0) || Double.isInfinite(timeScale)) {
            throw new IllegalArgumentException("timeScale must be > 0, was " + timeScale);
        }
        if (!(mechanismScale > 0) || mechanismScale > 1) {
            throw new IllegalArgumentException("mechanismScale must be in (0, 1], was " + mechanismScale);
        }
        new FrameSize(frameWidth, frameHeight); // validates
        if (!profile.commPrefix().startsWith(prefix)) {
            throw new IllegalArgumentException("profile " + profile.name() + " does not use prefix " + prefix
                    + " (comm prefix " + profile.commPrefix() + ")");
        }
    }

    /**
     * The SIM profile moved to {@code prefix}, binary frame files of 64 × 64 pixels, seed 1, the demo sample (one
     * crystal near the rotation axis, {@link SimSample#DEMO}) and a 10 × 10 µm beam.
     */
    public static SimConfig of(String prefix, double timeScale, Path dataRoot) {
        return new SimConfig(SimProfile.withPrefix(prefix), prefix, timeScale, dataRoot, 1L,
                FrameSize.SMALL.width(), FrameSize.SMALL.height(), new BinaryFrameSink(), SimSample.DEMO,
                BeamSize.DEFAULT, 1);
    }

    /** This configuration with another frame sink (e.g. {@code FrameSinks.nxmx()}). */
    public SimConfig withFrameSink(FrameSink sink) {
        return new SimConfig(profile, prefix, timeScale, dataRoot, seed, frameWidth, frameHeight, sink, sample, beam, mechanismScale);
    }

    /** This configuration with frames of another size. */
    public SimConfig withFrameSize(FrameSize size) {
        return new SimConfig(profile, prefix, timeScale, dataRoot, seed, size.width(), size.height(), frameSink,
                sample, beam, mechanismScale);
    }

    public SimConfig withSeed(long newSeed) {
        return new SimConfig(profile, prefix, timeScale, dataRoot, newSeed, frameWidth, frameHeight, frameSink,
                sample, beam, mechanismScale);
    }

    public SimConfig withSample(SimSample newSample) {
        return new SimConfig(profile, prefix, timeScale, dataRoot, seed, frameWidth, frameHeight, frameSink,
                newSample, beam, mechanismScale);
    }

    /** This configuration with these crystals in the loop (sample-frame mm, see {@link VirtualCrystal}). */
    public SimConfig withCrystals(List<VirtualCrystal> crystals) {
        return withSample(sample.withCrystals(crystals));
    }

    public SimConfig withIce(boolean ice) {
        return withSample(sample.withIce(ice));
    }

    /**
     * This configuration with these fluorescing elements (symbol → amount, see {@link SimSample#elements()}); unknown
     * symbols are refused when the simulator starts.
     */
    public SimConfig withElements(Map<String, Double> elements) {
        return withSample(sample.withElements(elements));
    }

    public SimConfig withBeam(BeamSize newBeam) {
        return new SimConfig(profile, prefix, timeScale, dataRoot, seed, frameWidth, frameHeight, frameSink,
                sample, newBeam, mechanismScale);
    }

    /** This configuration with the robot, governor and attenuator {@code scale} times as fast (see the field). */
    public SimConfig withMechanismScale(double scale) {
        return new SimConfig(profile, prefix, timeScale, dataRoot, seed, frameWidth, frameHeight, frameSink, sample,
                beam, scale);
    }

    public FrameSize frameSize() {
        return new FrameSize(frameWidth, frameHeight);
    }

    /** The PV prefix of the simulator's own control PVs. */
    public String controlPrefix() {
        return prefix + "{Sim}";
    }
}
