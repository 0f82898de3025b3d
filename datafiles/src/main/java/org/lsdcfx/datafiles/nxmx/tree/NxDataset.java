package org.lsdcfx.datafiles.nxmx.tree;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A dataset: a scalar (String, Long, Double) or a 1-D array (double[], int[], long[], String[]), with attributes of
 * the same kinds.
 */
public record NxDataset(String name, Object value, Map<String, Object> attributes) implements NxNode {
    public NxDataset {
        attributes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    public static NxDataset of(String name, Object value) {
        return new NxDataset(name, value, Map.of());
    }

    /** A dataset with a {@code units} attribute (none when {@code unit} is empty). */
    public static NxDataset of(String name, Object value, String unit) {
        return unit == null || unit.isEmpty() ? of(name, value) : new NxDataset(name, value, Map.of("units", unit));
    }

    public NxDataset withAttribute(String key, Object attributeValue) {
        Map<String, Object> copy = new LinkedHashMap<>(attributes);
        copy.put(key, attributeValue);
        return new NxDataset(name, value, copy);
    }
}
