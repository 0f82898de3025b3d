package org.lsdcfx.analysis.xrf;

import java.util.List;

/**
 * An element found in a spectrum.
 *
 * @param symbol       element symbol
 * @param z            atomic number
 * @param shells       shells whose lines were fitted significantly, strongest first
 * @param score        how much worse the fit gets without the element, as sqrt(Δχ²) (σ)
 * @param fittedCounts counts in all its fitted lines
 * @param lines        its lines, strongest first, with the detected peaks they match
 */
public record IdentifiedElement(String symbol, int z, List<Shell> shells, double score, double fittedCounts,
                                List<LineMatch> lines) {

    public IdentifiedElement {
        shells = List.copyOf(shells);
        lines = List.copyOf(lines);
    }
}
