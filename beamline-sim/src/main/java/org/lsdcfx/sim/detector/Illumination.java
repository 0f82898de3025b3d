package org.lsdcfx.sim.detector;

import org.lsdcfx.sim.physics.BeamSize;
import org.lsdcfx.sim.sample.GoniometerPose;
import org.lsdcfx.sim.sample.SimSample;

/**
 * What the beam meets at one moment: goniometer, sample, beam size and relative intensity. Immutable.
 *
 * @param pose      the goniometer
 * @param sample    crystals and ice in the loop
 * @param beam      beam size at the sample
 * @param intensity photons on the sample relative to a full beam: ring current × transmission × shutter, 0..1
 */
public record Illumination(GoniometerPose pose, SimSample sample, BeamSize beam, double intensity) {
}
