package org.lsdcfx.analysis.spots;

import java.util.List;

/**
 * Resolution bands where hexagonal ice diffracts; spots in them are counted but left out of
 * {@link FrameResult#spotCountNoIce()} (LSDC's {@code spot_count_no_ice}).
 *
 * <p>A spot at resolution d is in a ring when |1/d² − 1/d_ring²| ≤ width/2, the width being in d*² units (Å⁻²) as in
 * DIALS' {@code ice_rings.width} (default 0.002). Immutable.
 *
 * @param ringsA            ring d-spacings in Å
 * @param widthDStarSquared full band width in 1/d² (Å⁻²)
 */
public record IceRings(List<Double> ringsA, double widthDStarSquared) {

    /** DIALS' default band width in 1/d² (Å⁻²). */
    public static final double DEFAULT_WIDTH = 0.002;

    /** The strongest rings of hexagonal ice Ih (Å), strongest first five: 3.90, 3.67, 3.44, 2.67, 2.25. */
    public static final List<Double> HEXAGONAL_ICE_A =
            List.of(3.897, 3.669, 3.441, 2.671, 2.249, 2.072, 1.948, 1.918, 1.883, 1.721);

    /** Hexagonal ice with DIALS' width. */
    public static final IceRings STANDARD = new IceRings(HEXAGONAL_ICE_A, DEFAULT_WIDTH);

    /** No ice filtering. */
    public static final IceRings NONE = new IceRings(List.of(), DEFAULT_WIDTH);

    public IceRings {
        ringsA = List.copyOf(ringsA);
        for (double d : ringsA) {
            if (!(d > 0)) {
                throw new IllegalArgumentException("ice ring d-spacings must be positive, got " + d);
            }
        }
        if (!(widthDStarSquared > 0) || !Double.isFinite(widthDStarSquared)) {
            throw new IllegalArgumentException("ice ring width (1/d², Å⁻²) must be positive, got " + widthDStarSquared);
        }
    }

    /** True when resolution {@code dA} (Å) falls inside one of the bands. */
    public boolean contains(double dA) {
        double dStarSq = 1 / (dA * dA);
        for (double ring : ringsA) {
            if (Math.abs(dStarSq - 1 / (ring * ring)) <= widthDStarSquared / 2) {
                return true;
            }
        }
        return false;
    }
}
