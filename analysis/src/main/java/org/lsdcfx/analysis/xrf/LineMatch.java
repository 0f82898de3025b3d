package org.lsdcfx.analysis.xrf;

/**
 * One line of an identified element: its tabulated energy (eV), the counts the fit gives it, and the energy of
 * the detected peak within tolerance of it ({@code NaN} when no peak was detected there).
 */
public record LineMatch(EmissionLine line, double fittedCounts, double observedEnergyEv) {

    public boolean observed() {
        return !Double.isNaN(observedEnergyEv);
    }
}
