package org.lsdcfx.analysis.escan;

import java.util.Objects;

/**
 * One shipped theoretical table: an element (canonical symbol, e.g. "Se"), its edge and the tabulated
 * edge energy in eV.
 */
public record EdgeKey(String element, Edge edge, double edgeEnergyEv) {

    public EdgeKey {
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(edge, "edge");
    }

    /** "Se K", as printed in messages. */
    public String label() {
        return element + " " + edge;
    }
}
