package org.lsdcfx.analysis.escan.synthetic;

/**
 * A white line added to the theoretical f'': a Lorentzian of height {@code amplitude} (electrons) and half
 * width at half maximum {@code halfWidthEv}, centred {@code offsetEv} above the edge. Its f' contribution
 * is the Lorentzian's Hilbert transform, known in closed form, so a synthetic edge's true f' and f'' are
 * exact. Immutable.
 */
public record WhiteLine(double offsetEv, double amplitude, double halfWidthEv) {

    /** No white line: the scan follows the isolated-atom theory. */
    public static final WhiteLine NONE = new WhiteLine(0, 0, 1);

    public WhiteLine {
        if (!Double.isFinite(offsetEv) || !(amplitude >= 0) || !(halfWidthEv > 0) || !Double.isFinite(amplitude + halfWidthEv)) {
            throw new IllegalArgumentException("white line needs a finite offset, amplitude ≥ 0 and half width > 0, got "
                    + offsetEv + ", " + amplitude + ", " + halfWidthEv);
        }
    }

    /** f'' contribution at an energy relative to the edge (eV). */
    public double f2prime(double relativeEv) {
        double x = relativeEv - offsetEv;
        return amplitude * halfWidthEv * halfWidthEv / (x * x + halfWidthEv * halfWidthEv);
    }

    /**
     * f' contribution: {@code (1/π) P∫ f''(E')/(E − E') dE'} of the Lorentzian. The Kramers–Kronig term from
     * negative energies, {@code amplitude·γ/(2E)}, is below 10⁻³ e at X-ray energies and left out.
     */
    public double fprime(double relativeEv) {
        double x = relativeEv - offsetEv;
        return amplitude * halfWidthEv * x / (x * x + halfWidthEv * halfWidthEv);
    }
}
