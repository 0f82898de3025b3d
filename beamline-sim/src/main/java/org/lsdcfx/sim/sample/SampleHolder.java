package org.lsdcfx.sim.sample;

import org.lsdcfx.sim.physics.BeamSize;

/**
 * The loop on the goniometer and the beam that hits it: the current {@link SimSample} (crystals, ice) and
 * {@link BeamSize}. The detector reads them for every frame and the cameras for every image; only
 * {@link SampleControls} changes them. Confined to the simulator thread.
 */
public final class SampleHolder {
    private SimSample sample;
    private BeamSize beam;

    public SampleHolder(SimSample sample, BeamSize beam) {
        this.sample = sample;
        this.beam = beam;
    }

    public SimSample sample() {
        return sample;
    }

    public BeamSize beam() {
        return beam;
    }

    void setSample(SimSample newSample) {
        sample = newSample;
    }

    void setBeam(BeamSize newBeam) {
        beam = newBeam;
    }
}
