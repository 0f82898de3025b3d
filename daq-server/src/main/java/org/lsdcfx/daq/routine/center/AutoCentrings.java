package org.lsdcfx.daq.routine.center;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The automatic centring methods this server offers, by {@code centeringOption}. Filled while protocols are
 * registered (auto-raster needs the raster protocol, which is registered after the collection protocols), read by
 * the collection routines. Thread-safe.
 */
public final class AutoCentrings {
    private final Map<String, AutoCentring> methods = new ConcurrentSkipListMap<>();

    public AutoCentrings register(AutoCentring method) {
        if (methods.putIfAbsent(method.option(), method) != null) {
            throw new IllegalArgumentException("centring option " + method.option() + " is registered twice");
        }
        return this;
    }

    public Optional<AutoCentring> find(String option) {
        return option == null ? Optional.empty() : Optional.ofNullable(methods.get(option));
    }

    public List<String> options() {
        return List.copyOf(methods.keySet());
    }
}
