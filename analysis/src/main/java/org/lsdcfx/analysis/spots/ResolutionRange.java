package org.lsdcfx.analysis.spots;

/**
 * Spots are kept only when their centroid resolution d satisfies dMinA ≤ d ≤ dMaxA (Å). Immutable.
 *
 * @param dMinA highest resolution kept (smallest d), 0 for no limit
 * @param dMaxA lowest resolution kept (largest d), +∞ for no limit
 */
public record ResolutionRange(double dMinA, double dMaxA) {

    /** Keep everything. */
    public static final ResolutionRange ALL = new ResolutionRange(0, Double.POSITIVE_INFINITY);

    public ResolutionRange {
        if (!(dMinA >= 0) || !(dMaxA > dMinA)) {
            throw new IllegalArgumentException("resolution range needs 0 ≤ dMin < dMax (Å), got " + dMinA + ".." + dMaxA);
        }
    }

    public boolean contains(double dA) {
        return dA >= dMinA && dA <= dMaxA;
    }
}
