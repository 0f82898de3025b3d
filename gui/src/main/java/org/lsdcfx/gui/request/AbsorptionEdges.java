package org.lsdcfx.gui.request;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Absorption-edge energies (eV) of the elements MX energy scans use most (X-ray data booklet values), for the
 * energy-scan panel. Pure.
 */
public final class AbsorptionEdges {
    private static final Map<String, Double> EDGES = new LinkedHashMap<>();

    static {
        put("Se", "K", 12658);
        put("Br", "K", 13474);
        put("Zn", "K", 9659);
        put("Cu", "K", 8979);
        put("Ni", "K", 8333);
        put("Co", "K", 7709);
        put("Fe", "K", 7112);
        put("Mn", "K", 6539);
        put("As", "K", 11867);
        put("Kr", "K", 14326);
        put("Rb", "K", 15200);
        put("Sr", "K", 16105);
        put("Hg", "L3", 12284);
        put("Au", "L3", 11919);
        put("Pt", "L3", 11564);
        put("Pb", "L3", 13035);
        put("Ta", "L3", 9881);
        put("W", "L3", 10207);
        put("Yb", "L3", 8944);
        put("Gd", "L3", 7243);
        put("Sm", "L3", 6716);
        put("U", "L3", 17166);
    }

    private static void put(String element, String edge, double ev) {
        EDGES.put(element + " " + edge, ev);
    }

    private AbsorptionEdges() {
    }

    /** "Se K", "Hg L3", ... in table order. */
    public static List<String> choices() {
        return List.copyOf(EDGES.keySet());
    }

    public static OptionalDouble energyEv(String element, String edge) {
        Double ev = EDGES.get(element + " " + edge);
        return ev == null ? OptionalDouble.empty() : OptionalDouble.of(ev);
    }
}
