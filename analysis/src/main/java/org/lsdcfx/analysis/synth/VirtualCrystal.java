package org.lsdcfx.analysis.synth;

/**
 * A crystal sitting in the loop of the simulated beamline, modelled as a sphere.
 *
 * <p>Coordinates are the sample frame of the goniometer motors (LSDC's sample X/Y/Z), in mm: x runs along the omega
 * axis, horizontal and perpendicular to the beam; y and z are perpendicular to the axis. A goniometer position
 * (gx, gy, gz) names the sample-frame point that sits on the beam. At omega ω a crystal offset (dx, dy, dz) from that
 * point appears at horizontal dx and vertical dy·cos ω − dz·sin ω across the beam. Immutable.
 *
 * @param xMm                 centre along the omega axis
 * @param yMm                 centre, first axis perpendicular to omega
 * @param zMm                 centre, second axis perpendicular to omega
 * @param sizeMm              diameter
 * @param diffractionStrength relative scattering power (1 = a good crystal; scales spot number and intensity)
 */
public record VirtualCrystal(double xMm, double yMm, double zMm, double sizeMm, double diffractionStrength) {

    private static final int SAMPLES = 32;

    public VirtualCrystal {
        if (!Double.isFinite(xMm) || !Double.isFinite(yMm) || !Double.isFinite(zMm)) {
            throw new IllegalArgumentException("crystal centre must be finite");
        }
        if (!(sizeMm > 0) || !Double.isFinite(sizeMm)) {
            throw new IllegalArgumentException("crystal size must be positive (mm), got " + sizeMm);
        }
        if (!(diffractionStrength >= 0) || !Double.isFinite(diffractionStrength)) {
            throw new IllegalArgumentException("diffraction strength must be ≥ 0, got " + diffractionStrength);
        }
    }

    /**
     * How much crystal a beam of {@code beamWidthMm} × {@code beamHeightMm} hits with the goniometer at (gx, gy, gz)
     * and omega {@code omegaDeg}: the crystal volume inside the beam divided by the volume of a beam-sized prism as
     * deep as the crystal, so 0 when the beam misses, 1 when a beam much smaller than the crystal goes through its
     * middle, and (2/3)·π·r²/(w·h) for a crystal much smaller than the beam.
     */
    public double beamFraction(double gxMm, double gyMm, double gzMm, double omegaDeg,
                               double beamWidthMm, double beamHeightMm) {
        if (!(beamWidthMm > 0) || !(beamHeightMm > 0)) {
            throw new IllegalArgumentException("beam size must be positive, got " + beamWidthMm + " x " + beamHeightMm);
        }
        double omega = Math.toRadians(omegaDeg);
        double dy = yMm - gyMm;
        double dz = zMm - gzMm;
        double ch = xMm - gxMm;                                  // crystal centre across the beam, horizontal
        double cv = dy * Math.cos(omega) - dz * Math.sin(omega); // and vertical
        double r = sizeMm / 2;
        // integrate the chord through the sphere over the part of the beam that can meet it
        double u0 = Math.max(-beamWidthMm / 2, ch - r);
        double u1 = Math.min(beamWidthMm / 2, ch + r);
        double t0 = Math.max(-beamHeightMm / 2, cv - r);
        double t1 = Math.min(beamHeightMm / 2, cv + r);
        if (u0 >= u1 || t0 >= t1) {
            return 0;
        }
        double du = (u1 - u0) / SAMPLES;
        double dt = (t1 - t0) / SAMPLES;
        double volume = 0;
        for (int i = 0; i < SAMPLES; i++) {
            double u = u0 + (i + 0.5) * du - ch;
            for (int j = 0; j < SAMPLES; j++) {
                double t = t0 + (j + 0.5) * dt - cv;
                double rho2 = u * u + t * t;
                if (rho2 < r * r) {
                    volume += 2 * Math.sqrt(r * r - rho2);
                }
            }
        }
        volume *= du * dt;
        return Math.min(1, volume / (beamWidthMm * beamHeightMm * sizeMm));
    }

    /** {@link #beamFraction} packaged with this crystal's strength, ready for {@link SyntheticFrames}. */
    public CrystalHit hitAt(double gxMm, double gyMm, double gzMm, double omegaDeg,
                            double beamWidthMm, double beamHeightMm) {
        return new CrystalHit(beamFraction(gxMm, gyMm, gzMm, omegaDeg, beamWidthMm, beamHeightMm), diffractionStrength);
    }
}
