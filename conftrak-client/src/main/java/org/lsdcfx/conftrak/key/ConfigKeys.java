package org.lsdcfx.conftrak.key;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalogue of every known conftrak key, gathered from the per-area classes ({@link CommKeys},
 * {@link CameraKeys}, {@link SampleHandlingKeys}, {@link RequestDefaultKeys}, {@link RasterKeys},
 * {@link ProcessingNodeKeys}, {@link VisitKeys}, {@link AccessKeys}, {@link BeamlineStateKeys}).
 * Keys not listed here are still stored and read as raw values.
 */
public final class ConfigKeys {
    private static final Map<String, ConfigKey<?>> BY_NAME = index();

    private ConfigKeys() {
    }

    /** Every catalogued key, grouped by area in the order of {@link ConfigArea}. */
    public static List<ConfigKey<?>> all() {
        return List.copyOf(BY_NAME.values());
    }

    public static Optional<ConfigKey<?>> byName(String infoName) {
        return Optional.ofNullable(BY_NAME.get(infoName));
    }

    public static List<ConfigKey<?>> inArea(ConfigArea area) {
        return BY_NAME.values().stream().filter(k -> k.area() == area).toList();
    }

    private static Map<String, ConfigKey<?>> index() {
        List<ConfigKey<?>> keys = new ArrayList<>();
        keys.addAll(CommKeys.all());
        keys.addAll(CameraKeys.all());
        keys.addAll(SampleHandlingKeys.all());
        keys.addAll(RequestDefaultKeys.all());
        keys.addAll(RasterKeys.all());
        keys.addAll(ProcessingNodeKeys.all());
        keys.addAll(VisitKeys.all());
        keys.addAll(AccessKeys.all());
        keys.addAll(BeamlineStateKeys.all());
        Map<String, ConfigKey<?>> map = new LinkedHashMap<>();
        for (ConfigKey<?> k : keys) {
            if (map.put(k.name(), k) != null) {
                throw new IllegalStateException("conftrak key declared twice: " + k.name());
            }
        }
        return Collections.unmodifiableMap(map);
    }
}
