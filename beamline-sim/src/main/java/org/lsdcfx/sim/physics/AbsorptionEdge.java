package org.lsdcfx.sim.physics;

/**
 * Fluorescence yield of an element around its absorption edge: an arctangent step of width {@code widthEv} at
 * {@code edgeEv} plus a Gaussian white line just above the edge, so that an energy scan looks like a real one
 * (Chooch finds the inflection near the edge and the peak on the white line). Immutable.
 *
 * @param element        element symbol
 * @param edgeEv         edge energy, eV (Se K: 12658)
 * @param emissionEv     main fluorescence line, eV (Se Kα1: 11222)
 * @param widthEv        edge step width, eV
 * @param whiteLineEv    offset of the white-line peak above the edge, eV
 * @param whiteLineRatio white-line height relative to the step
 */
public record AbsorptionEdge(String element, double edgeEv, double emissionEv, double widthEv, double whiteLineEv,
                             double whiteLineRatio) {

    /** The selenium K edge, the usual SAD/MAD target. */
    public static final AbsorptionEdge SE_K = new AbsorptionEdge("Se", 12658.0, 11222.0, 2.0, 3.0, 0.6);

    /** Relative yield at incident energy {@code ev}: about 0.05 well below the edge, 1 well above. */
    public double yield(double ev) {
        double step = 0.5 + Math.atan((ev - edgeEv) / widthEv) / Math.PI;
        double white = whiteLineRatio * Math.exp(-Math.pow((ev - edgeEv - whiteLineEv) / 2.5, 2));
        return 0.05 + 0.95 * step + white;
    }
}
