package org.lsdcfx.analysis.synth;

/**
 * One crystal's contribution to a frame.
 *
 * @param fraction how much crystal the beam hits, 0..1 (see {@link VirtualCrystal#beamFraction})
 * @param strength the crystal's relative diffraction strength
 */
public record CrystalHit(double fraction, double strength) {

    public CrystalHit {
        if (!(fraction >= 0 && fraction <= 1)) {
            throw new IllegalArgumentException("crystal fraction must be within 0..1, got " + fraction);
        }
        if (!(strength >= 0) || !Double.isFinite(strength)) {
            throw new IllegalArgumentException("diffraction strength must be ≥ 0, got " + strength);
        }
    }

    /** fraction · strength: what scales spot number and intensity. */
    public double weight() {
        return fraction * strength;
    }
}
