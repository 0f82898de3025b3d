package org.lsdcfx.analysis.xrf;

import java.util.Map;

/**
 * A fluorescence line: its name in xraylib's Siegbahn-like notation ("KA1", "LB1"), the shell whose vacancy
 * it fills, its energy (eV) and its radiative rate (fraction of that shell's radiative decays).
 */
public record EmissionLine(String element, String name, Shell shell, double energyEv, double rate) {

    private static final Map<String, String> SIEGBAHN = Map.ofEntries(
            Map.entry("KA1", "Kα1"), Map.entry("KA2", "Kα2"), Map.entry("KB1", "Kβ1"), Map.entry("KB2", "Kβ2"),
            Map.entry("KB3", "Kβ3"), Map.entry("LA1", "Lα1"), Map.entry("LA2", "Lα2"), Map.entry("LB1", "Lβ1"),
            Map.entry("LB2", "Lβ2"), Map.entry("LB3", "Lβ3"), Map.entry("LB4", "Lβ4"), Map.entry("LG1", "Lγ1"),
            Map.entry("LG3", "Lγ3"), Map.entry("LL", "Lℓ"), Map.entry("LE", "Lη"));

    /** "Kα1", for people. */
    public String siegbahn() {
        return SIEGBAHN.getOrDefault(name, name);
    }

    /** "Se Kα1". */
    public String label() {
        return element + " " + siegbahn();
    }
}
