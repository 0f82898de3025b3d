package org.lsdcfx.daq.routine.escan;

import java.util.List;
import java.util.stream.Collectors;
import org.lsdcfx.analysis.escan.AnomalousTable;
import org.lsdcfx.analysis.escan.Edge;
import org.lsdcfx.analysis.escan.EdgeKey;
import org.lsdcfx.analysis.escan.ElementTables;
import org.lsdcfx.analysis.xrf.ElementLines;
import org.lsdcfx.analysis.xrf.EmissionLine;
import org.lsdcfx.analysis.xrf.EmissionLineTable;
import org.lsdcfx.analysis.xrf.Shell;

/**
 * The edges an energy scan can target: those with a shipped f'/f'' table (analysis' {@link ElementTables}), each
 * with its fluorescence line from the emission-line table. Every table is read when the catalog is built, so the
 * lookups afterwards touch memory only and may run on the command guard's PVA threads. Thread-safe (immutable
 * after construction).
 */
public final class EdgeCatalog {
    private final ElementTables tables;
    private final EmissionLineTable lines;
    private final List<EdgeKey> available;

    public EdgeCatalog(ElementTables tables, EmissionLineTable lines) {
        this.tables = tables;
        this.lines = lines;
        this.available = tables.available();
        for (EdgeKey key : available) { // parse now: no resource reading on the guard's threads later
            tables.table(key.element(), key.edge());
            lines.element(key.element());
        }
    }

    /** The tables shipped with the analysis module. */
    public static EdgeCatalog fromClasspath() {
        return new EdgeCatalog(ElementTables.fromClasspath(), EmissionLineTable.fromClasspath());
    }

    public ElementTables tables() {
        return tables;
    }

    public EmissionLineTable lines() {
        return lines;
    }

    /** "Mn K, Fe K, ..., Pb L3": every edge a scan can target. */
    public String known() {
        return available.stream().map(EdgeKey::label).collect(Collectors.joining(", "));
    }

    /**
     * The edge of {@code element} named {@code edgeText}, or the element's default edge (K if shipped, else its only
     * one) when {@code edgeText} is null or blank.
     *
     * @throws IllegalArgumentException for an unknown element, an unknown edge name or an edge without theory,
     *                                  listing what is known
     */
    public ScanEdge edge(String element, String edgeText) {
        String symbol = element == null ? "" : element.trim();
        boolean knownElement = available.stream().anyMatch(k -> k.element().equalsIgnoreCase(symbol));
        if (!knownElement) {
            throw new IllegalArgumentException("unknown element '" + symbol + "' for an energy scan; known edges: " + known());
        }
        Edge edge = edgeText == null || edgeText.isBlank() ? tables.defaultEdge(symbol) : Edge.parse(edgeText);
        if (!tables.has(symbol, edge)) {
            String ofElement = available.stream().filter(k -> k.element().equalsIgnoreCase(symbol)).map(EdgeKey::label)
                    .collect(Collectors.joining(", "));
            throw new IllegalArgumentException("no " + edge + " edge theory for " + symbol + "; " + symbol + " scans use: "
                    + ofElement);
        }
        AnomalousTable table = tables.table(symbol, edge);
        return new ScanEdge(table.element(), edge, table.edgeEnergyEv(), mainLine(table.element(), edge),
                table.minEnergyEv(), table.maxEnergyEv());
    }

    private EmissionLine mainLine(String element, Edge edge) {
        ElementLines el = lines.element(element);
        List<EmissionLine> ofShell = el.linesOf(Shell.valueOf(edge.name()));
        if (ofShell.isEmpty()) {
            throw new IllegalArgumentException("no " + edge + " emission line of " + element + " in the line table");
        }
        return ofShell.get(0);
    }
}
