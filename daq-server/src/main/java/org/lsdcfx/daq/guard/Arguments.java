package org.lsdcfx.daq.guard;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * A command's checked arguments by parameter name: Double, Long, Boolean or String values (null only for an
 * optional parameter without default). Immutable.
 */
public final class Arguments {
    private final Map<String, Object> values;

    public Arguments(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static Arguments none() {
        return new Arguments(Map.of());
    }

    public double number(String name) {
        return ((Number) require(name)).doubleValue();
    }

    public long integer(String name) {
        return ((Number) require(name)).longValue();
    }

    public boolean bool(String name) {
        return (Boolean) require(name);
    }

    public String string(String name) {
        return (String) require(name);
    }

    /** True if the parameter has a value (given or defaulted). */
    public boolean has(String name) {
        return values.get(name) != null;
    }

    public Map<String, Object> asMap() {
        return values;
    }

    private Object require(String name) {
        Object v = values.get(name);
        if (v == null) {
            throw new NoSuchElementException("no argument '" + name + "'");
        }
        return v;
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
