package org.lsdcfx.sim.sample;

import org.lsdcfx.analysis.synth.CrystalHit;
import org.lsdcfx.analysis.synth.VirtualCrystal;
import org.lsdcfx.sim.physics.BeamSize;

/**
 * Where the goniometer holds the sample: the sample-frame point that sits on the beam, and omega. This is the one
 * place where the simulator's motors meet {@link VirtualCrystal}'s coordinates.
 *
 * <p>Convention (the same as {@code VirtualCrystal}'s, in the motors' micrometres instead of its millimetres): the
 * sample frame is the goniometer's; x runs along the omega axis (motor sampleX), y and z are perpendicular to it
 * (sampleY, sampleZ) and turn with omega. The point on the beam is (sampleX + fineX, sampleY + fineY,
 * sampleZ + fineZ): the fine stages add to the coarse ones. A sample-frame point (x, y, z) then appears across the
 * beam at
 * <pre>
 *   horizontal h = x − gx                                  (along the omega axis)
 *   vertical   v = (y − gy)·cos ω − (z − gz)·sin ω
 * </pre>
 * so moving sampleX by +d brings the point d further along the axis onto the beam (the sample itself moves by −d as
 * seen by the beam and the camera). The sample cameras look along the beam: h grows to the right and v upwards in
 * their images, with the beam at the image centre.
 *
 * @param xUm      sample-frame x on the beam, µm
 * @param yUm      sample-frame y on the beam, µm
 * @param zUm      sample-frame z on the beam, µm
 * @param omegaDeg omega, degrees
 */
public record GoniometerPose(double xUm, double yUm, double zUm, double omegaDeg) {

    /** Offset along the omega axis from the beam of sample-frame x {@code xUm}, µm. */
    public double horizontalUm(double xUm) {
        return xUm - this.xUm;
    }

    /** Offset across the beam, perpendicular to the omega axis (up = positive), of sample-frame (y, z), µm. */
    public double verticalUm(double yUm, double zUm) {
        double w = Math.toRadians(omegaDeg);
        return (yUm - this.yUm) * Math.cos(w) - (zUm - this.zUm) * Math.sin(w);
    }

    /** How much of {@code crystal} a beam of {@code beam} size hits at this pose ({@link VirtualCrystal#hitAt}). */
    public CrystalHit hit(VirtualCrystal crystal, BeamSize beam) {
        return crystal.hitAt(xUm / 1000, yUm / 1000, zUm / 1000, omegaDeg, beam.widthUm() / 1000,
                beam.heightUm() / 1000);
    }

    /** The pose a fraction {@code f} (0..1) of the way to {@code to}: motors move linearly between two ticks. */
    public GoniometerPose towards(GoniometerPose to, double f) {
        return new GoniometerPose(xUm + f * (to.xUm - xUm), yUm + f * (to.yUm - yUm), zUm + f * (to.zUm - zUm),
                omegaDeg + f * (to.omegaDeg - omegaDeg));
    }
}
