package org.lsdcfx.analysis.escan.synthetic;

/**
 * How a synthetic sample's f'' becomes fluorescence counts in the MCA window:
 * {@code counts = countsPerElectron · f''(E) · E_edge/E + backgroundCounts + backgroundSlopePerEv · (E − E_edge)}.
 * The E_edge/E factor is the absorption cross section's 1/E at fixed f''; the background stands for
 * scatter leaking into the window. Immutable.
 */
public record FluorescenceSignal(double countsPerElectron, double backgroundCounts, double backgroundSlopePerEv) {

    public FluorescenceSignal {
        if (!(countsPerElectron > 0) || !(backgroundCounts >= 0) || !Double.isFinite(countsPerElectron + backgroundCounts + backgroundSlopePerEv)) {
            throw new IllegalArgumentException("signal needs countsPerElectron > 0 and backgroundCounts ≥ 0, got "
                    + countsPerElectron + ", " + backgroundCounts);
        }
    }

    /** A typical crystal scan: 5000 counts per electron of f'' (about 16000 counts of edge jump for Se). */
    public static FluorescenceSignal typical() {
        return new FluorescenceSignal(5000, 2000, 3);
    }
}
