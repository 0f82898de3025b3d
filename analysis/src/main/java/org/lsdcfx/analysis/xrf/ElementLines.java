package org.lsdcfx.analysis.xrf;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** X-ray fluorescence data of one element: its K and L edges and its emission lines (strongest first). */
public record ElementLines(String symbol, int z, Map<Shell, AbsorptionEdge> edges, List<EmissionLine> lines) {

    public ElementLines {
        edges = Map.copyOf(edges);
        lines = lines.stream().sorted(Comparator.comparingDouble(EmissionLine::rate).reversed()).toList();
    }

    public Optional<AbsorptionEdge> edge(Shell shell) {
        return Optional.ofNullable(edges.get(shell));
    }

    /** Lines filling a vacancy in one shell, strongest first. */
    public List<EmissionLine> linesOf(Shell shell) {
        return lines.stream().filter(l -> l.shell() == shell).toList();
    }
}
