package org.lsdcfx.daq.routine.collect.strategy;

/**
 * LSDC's resolution ↔ detector distance (LSDC-REFERENCE §2.11, {@code daq_utils.calc_reso} and
 * {@code distance_from_reso}), exactly: edge resolution d = λ / (2·sin((atan(r/L) + θ)/2)) and
 * L = r / tan(2·asin(λ/2d) − θ), with the detector radius r (beam centre to the nearest edge) and the swing angle θ
 * (0 on every LSDC beamline). Lengths in mm, λ and d in Å, θ in radians. Stateless.
 */
public final class ResolutionGeometry {
    private ResolutionGeometry() {
    }

    /** Resolution at the detector edge, Å. */
    public static double edgeResolution(double wavelengthA, double radiusMm, double distanceMm, double swingRad) {
        requirePositive(wavelengthA, "wavelength");
        requirePositive(radiusMm, "detector radius");
        requirePositive(distanceMm, "distance");
        return wavelengthA / (2 * Math.sin((Math.atan(radiusMm / distanceMm) + swingRad) / 2));
    }

    /**
     * Distance at which the detector edge reaches {@code resolutionA}, mm.
     *
     * @throws IllegalArgumentException when no distance does (d below λ/2, or the swing angle already covers it)
     */
    public static double distanceFor(double wavelengthA, double radiusMm, double resolutionA, double swingRad) {
        requirePositive(wavelengthA, "wavelength");
        requirePositive(radiusMm, "detector radius");
        requirePositive(resolutionA, "resolution");
        double s = wavelengthA / (2 * resolutionA);
        if (s > 1) {
            throw new IllegalArgumentException(resolutionA + " Å cannot be reached at " + wavelengthA + " Å (d must be >= λ/2)");
        }
        double angle = 2 * Math.asin(s) - swingRad;
        if (angle <= 0) {
            throw new IllegalArgumentException("the swing angle already reaches " + resolutionA + " Å at any distance");
        }
        return radiusMm / Math.tan(angle);
    }

    private static void requirePositive(double v, String what) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(what + " must be a positive number, got " + v);
        }
    }
}
