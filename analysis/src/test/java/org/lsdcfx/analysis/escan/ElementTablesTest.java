package org.lsdcfx.analysis.escan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ElementTablesTest {

    private final ElementTables tables = ElementTables.fromClasspath();

    /** Edge energies (eV) as tabulated by xraylib (Deslattes/Elam-type values, rounded to 0.1 eV). */
    private static final Map<String, Double> EDGES = Map.ofEntries(
            Map.entry("Se K", 12657.8), Map.entry("Br K", 13473.7), Map.entry("Zn K", 9658.6), Map.entry("Fe K", 7112.0),
            Map.entry("Cu K", 8978.9), Map.entry("Co K", 7708.9), Map.entry("Ni K", 8332.8), Map.entry("Mn K", 6539.0),
            Map.entry("Hg L3", 12283.9), Map.entry("Pt L3", 11563.8), Map.entry("Au L3", 11918.7), Map.entry("Pb L3", 13035.2),
            Map.entry("Yb L3", 8943.6), Map.entry("Gd L3", 7242.8), Map.entry("Sm L3", 6716.2), Map.entry("I L3", 4557.1));

    @Test
    void everyRequiredEdgeShipsWithItsEdgeEnergyAndSource() {
        EDGES.forEach((label, energy) -> {
            String[] parts = label.split(" ");
            AnomalousTable t = tables.table(parts[0], Edge.parse(parts[1]));
            assertEquals(energy, t.edgeEnergyEv(), 0.05, label);
            assertTrue(t.covers(energy - 1499.99) && t.covers(energy + 1499.99), label + " covers ±1500 eV");
            assertTrue(t.sources().stream().anyMatch(s -> s.contains("xraylib")), label + " names its source");
            assertTrue(t.coreHoleWidthEv() > 0.5 && t.coreHoleWidthEv() < 7, label + " core-hole width");
        });
        assertEquals(EDGES.size(), tables.available().size());
    }

    @Test
    void valuesHaveTheKnownShape() {
        AnomalousTable se = tables.table("Se", Edge.K);
        assertEquals(0.52, se.f2prime(12500), 0.05, "f'' below the Se K edge");
        assertEquals(3.8, se.f2prime(12800), 0.2, "f'' above the Se K edge");
        assertTrue(se.fprime(12657.8) < -8 && se.fprime(12657.8) > -10, "f' dip at the edge: " + se.fprime(12657.8));
        assertEquals(-1.7, se.fprime(11200), 0.2, "f' far below the edge");
        AnomalousTable pt = tables.table("Pt", Edge.L3);
        assertTrue(pt.f2prime(11700) - pt.f2prime(11400) > 5.5, "L3 edge step of about 6 e");
        // interpolation between rows
        double mid = se.f2prime(12657.925);
        assertTrue(mid > se.f2prime(12657.8) && mid < se.f2prime(12658.05));
    }

    @Test
    void lookupIsCaseInsensitiveCachedAndHasDefaults() {
        assertSame(tables.table("se", Edge.K), tables.table("SE", Edge.K));
        assertEquals(Edge.K, tables.defaultEdge("Se"));
        assertEquals(Edge.L3, tables.defaultEdge("pt"));
        assertTrue(tables.has("Au", Edge.L3));
        assertTrue(!tables.has("Au", Edge.K));
    }

    @Test
    void unknownNamesListTheKnownTables() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> tables.table("Kr", Edge.K));
        assertTrue(e.getMessage().contains("'Kr K'") && e.getMessage().contains("Se K, Br K"), e.getMessage());
        IllegalArgumentException d = assertThrows(IllegalArgumentException.class, () -> tables.defaultEdge("Xx"));
        assertTrue(d.getMessage().contains("element 'Xx'"), d.getMessage());
        IllegalArgumentException r = assertThrows(IllegalArgumentException.class, () -> tables.table("Se", Edge.K).f2prime(20000));
        assertTrue(r.getMessage().contains("outside the Se K table"), r.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Edge.parse("M5"));
        assertEquals(Edge.L3, Edge.parse("LIII"));
    }
}
