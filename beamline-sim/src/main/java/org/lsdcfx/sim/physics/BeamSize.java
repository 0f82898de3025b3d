package org.lsdcfx.sim.physics;

/**
 * The X-ray beam's cross-section at the sample (full width, a flat-top profile), µm.
 *
 * @param widthUm  horizontal, along the omega axis, µm
 * @param heightUm vertical, µm
 */
public record BeamSize(double widthUm, double heightUm) {
    /** Largest beam the simulator accepts, µm (a loop is about 200 µm). */
    public static final double MAX_UM = 1000;

    /** A 10 × 10 µm beam, like a raster's fine step. */
    public static final BeamSize DEFAULT = new BeamSize(10, 10);

    public BeamSize {
        check("width", widthUm);
        check("height", heightUm);
    }

    private static void check(String what, double um) {
        if (!(um > 0) || um > MAX_UM) {
            throw new IllegalArgumentException("beam " + what + " must be within (0, " + MAX_UM + "] µm, got " + um);
        }
    }
}
