package org.lsdcfx.gui.util;

import java.util.OptionalDouble;

/**
 * Edge resolution ⇄ detector distance and energy ⇄ wavelength, with LSDC's exact formulas
 * ({@code daq_utils.calc_reso} and {@code distance_from_reso}):
 * <pre>
 *   d = λ / (2·sin((atan(r/L) + θ) / 2))          edge resolution at distance L
 *   L = r / tan(2·asin(λ / 2d) − θ)                distance for edge resolution d
 *   λ = 12398.42 / E
 * </pre>
 * Units: distances and the detector radius r in mm, resolution d and wavelength λ in Å, energy E in eV, the
 * detector swing angle θ in degrees (0 on every NSLS-II MX beamline). Pure and thread-safe.
 */
public final class DetectorGeometry {
    /** h·c in eV·Å, as LSDC uses it. */
    public static final double HC_EV_ANGSTROM = 12398.42;

    private DetectorGeometry() {
    }

    /** Wavelength (Å) of a photon energy (eV). */
    public static double wavelength(double energyEv) {
        requirePositive(energyEv, "energy");
        return HC_EV_ANGSTROM / energyEv;
    }

    /** Photon energy (eV) of a wavelength (Å). */
    public static double energy(double wavelengthAngstrom) {
        requirePositive(wavelengthAngstrom, "wavelength");
        return HC_EV_ANGSTROM / wavelengthAngstrom;
    }

    /**
     * Resolution at the detector edge.
     *
     * @param distanceMm         sample-to-detector distance L, &gt; 0
     * @param wavelengthAngstrom λ, &gt; 0
     * @param radiusMm           detector radius r (half its smaller side), &gt; 0
     * @param swingDegrees       detector two-theta swing θ
     */
    public static double resolution(double distanceMm, double wavelengthAngstrom, double radiusMm, double swingDegrees) {
        requirePositive(distanceMm, "distance");
        requirePositive(wavelengthAngstrom, "wavelength");
        requirePositive(radiusMm, "detector radius");
        double twoTheta = Math.atan(radiusMm / distanceMm) + Math.toRadians(swingDegrees);
        return wavelengthAngstrom / (2 * Math.sin(twoTheta / 2));
    }

    /**
     * The distance that puts {@code resolutionAngstrom} at the detector edge, or empty when no positive distance
     * can: below λ/2 no Bragg angle exists, and a two-theta of 90° or more (after the swing) cannot reach the
     * detector face.
     */
    public static OptionalDouble distance(double resolutionAngstrom, double wavelengthAngstrom, double radiusMm,
                                          double swingDegrees) {
        requirePositive(wavelengthAngstrom, "wavelength");
        requirePositive(radiusMm, "detector radius");
        if (!(resolutionAngstrom > 0) || wavelengthAngstrom / (2 * resolutionAngstrom) >= 1) {
            return OptionalDouble.empty();
        }
        double angle = 2 * Math.asin(wavelengthAngstrom / (2 * resolutionAngstrom)) - Math.toRadians(swingDegrees);
        if (!(angle > 0) || angle >= Math.PI / 2) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(radiusMm / Math.tan(angle));
    }

    private static void requirePositive(double v, String what) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(what + " must be a positive number, got " + v);
        }
    }
}
