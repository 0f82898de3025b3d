package org.lsdcfx.sim;

import org.lsdcfx.mxtools.profile.BeamlineProfile;
import org.lsdcfx.mxtools.profile.SimProfile;
import org.lsdcfx.sim.detector.BinaryFrameSink;
import org.lsdcfx.sim.detector.FrameSink;

import java.nio.file.Path;

/**
 * How to run a simulated beamline.
 *
 * @param profile     the SIM profile (possibly moved to another prefix) naming every hosted PV
 * @param prefix      the PV prefix the profile uses; simulator controls live under {@code prefix + "{Sim}"}
 * @param timeScale   real seconds per simulated second (0.01: a 5 s robot mount takes 50 ms), &gt; 0
 * @param dataRoot    the detector file writer's file system: series directories must lie inside it
 * @param seed        seed of all simulated noise (reproducible runs)
 * @param frameWidth  width of the (binned) frames the detector writes, pixels
 * @param frameHeight height of those frames, pixels
 * @param frameSink   where detector frames go
 */
public record SimConfig(BeamlineProfile profile, String prefix, double timeScale, Path dataRoot, long seed,
                        int frameWidth, int frameHeight, FrameSink frameSink) {

    public SimConfig {
        if (profile == null || prefix == null || dataRoot == null || frameSink == null) {
            throw new IllegalArgumentException("profile, prefix, dataRoot and frameSink are required");
        }
        if (!(timeScale > 0) || Double.isInfinite(timeScale)) {
            throw new IllegalArgumentException("timeScale must be > 0, was " + timeScale);
        }
        if (frameWidth < 8 || frameHeight < 8) {
            throw new IllegalArgumentException("frames must be at least 8x8 pixels");
        }
        if (!profile.commPrefix().startsWith(prefix)) {
            throw new IllegalArgumentException("profile " + profile.name() + " does not use prefix " + prefix
                    + " (comm prefix " + profile.commPrefix() + ")");
        }
    }

    /** The SIM profile moved to {@code prefix}, binary frame files, 64x64 frames, seed 1. */
    public static SimConfig of(String prefix, double timeScale, Path dataRoot) {
        return new SimConfig(SimProfile.withPrefix(prefix), prefix, timeScale, dataRoot, 1L, 64, 64,
                new BinaryFrameSink());
    }

    /** This configuration with another frame sink (e.g. an NXmx writer). */
    public SimConfig withFrameSink(FrameSink sink) {
        return new SimConfig(profile, prefix, timeScale, dataRoot, seed, frameWidth, frameHeight, sink);
    }

    /** The PV prefix of the simulator's own control PVs. */
    public String controlPrefix() {
        return prefix + "{Sim}";
    }
}
