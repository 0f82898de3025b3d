package org.lsdcfx.analysis.escan;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** An X-ray absorption edge (core level) named as in LSDC's element_info and in Chooch: K, L1, L2, L3. */
public enum Edge {
    K, L1, L2, L3;

    /**
     * Parses "K", "L3", "l3" and the Roman forms "LIII", "L-III".
     *
     * @throws IllegalArgumentException naming the accepted forms
     */
    public static Edge parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("edge is missing; use one of " + names());
        }
        String t = text.trim().toUpperCase(Locale.ROOT).replace("-", "");
        return switch (t) {
            case "K" -> K;
            case "L1", "LI" -> L1;
            case "L2", "LII" -> L2;
            case "L3", "LIII" -> L3;
            default -> throw new IllegalArgumentException("unknown edge '" + text + "'; use one of " + names());
        };
    }

    private static String names() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
