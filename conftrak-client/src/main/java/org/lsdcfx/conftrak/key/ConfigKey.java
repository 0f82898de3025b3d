package org.lsdcfx.conftrak.key;

import java.util.List;
import java.util.Objects;
import org.bson.Document;

/**
 * One conftrak configuration parameter: its LSDC name ({@code info_name}), value type, default (used while the
 * parameter is not stored), unit, meaning and optional bounds or allowed choices. Immutable.
 *
 * @param name         LSDC's {@code info_name}, for example {@code stdTrans}
 * @param area         the group it belongs to
 * @param type         how it is stored and parsed
 * @param defaultValue value used while nothing is stored; always within the bounds
 * @param unit         unit of a number ("mm", "s", "eV", "deg", "µm", ...); empty when it has none
 * @param description  one sentence for the staff screen and docs
 * @param min          inclusive lower bound of a number, or null
 * @param max          inclusive upper bound of a number, or null
 * @param choices      allowed values of a text or whole-number parameter (text form), empty = any
 * @param <T>          Java type of the value
 */
public record ConfigKey<T>(String name, ConfigArea area, ValueType<T> type, T defaultValue, String unit,
                           String description, Double min, Double max, List<String> choices) {

    public ConfigKey {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(defaultValue, "defaultValue of " + name);
        unit = unit == null ? "" : unit;
        description = description == null ? "" : description;
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    // Factories, so the catalogues read as one line per key.

    public static ConfigKey<Double> number(ConfigArea area, String name, double def, String unit, String description) {
        return new ConfigKey<>(name, area, ValueTypes.NUMBER, def, unit, description, null, null, List.of()).checked();
    }

    public static ConfigKey<Integer> integer(ConfigArea area, String name, int def, String unit, String description) {
        return new ConfigKey<>(name, area, ValueTypes.INTEGER, def, unit, description, null, null, List.of()).checked();
    }

    public static ConfigKey<Boolean> flag(ConfigArea area, String name, boolean def, String description) {
        return new ConfigKey<>(name, area, ValueTypes.FLAG, def, "", description, null, null, List.of());
    }

    public static ConfigKey<String> text(ConfigArea area, String name, String def, String description) {
        return new ConfigKey<>(name, area, ValueTypes.TEXT, def, "", description, null, null, List.of());
    }

    public static ConfigKey<List<String>> names(ConfigArea area, String name, String description) {
        return new ConfigKey<>(name, area, ValueTypes.NAME_LIST, List.of(), "", description, null, null, List.of());
    }

    public static ConfigKey<Document> document(ConfigArea area, String name, Document def, String description) {
        return new ConfigKey<>(name, area, ValueTypes.DOCUMENT, def, "", description, null, null, List.of());
    }

    public static <V> ConfigKey<V> structured(String name, ValueType<V> type, V def, String description) {
        return new ConfigKey<>(name, ConfigArea.BEAMLINE_STATE, type, def, "", description, null, null, List.of());
    }

    /** The same key with inclusive numeric bounds; the default must lie inside them. */
    public ConfigKey<T> range(double lo, double hi) {
        return new ConfigKey<>(name, area, type, defaultValue, unit, description, lo, hi, choices).checked();
    }

    /** The same key limited to these values (compared in text form, case-sensitive). */
    public ConfigKey<T> oneOf(String... allowed) {
        return new ConfigKey<>(name, area, type, defaultValue, unit, description, min, max, List.of(allowed)).checked();
    }

    private ConfigKey<T> checked() {
        validate(defaultValue);
        return this;
    }

    /**
     * Checks bounds and choices.
     *
     * @throws InvalidConfigValueException with a sentence naming the key and the accepted range
     */
    public T validate(T value) {
        if (value == null) {
            throw new InvalidConfigValueException(name, name + " cannot be empty (null)");
        }
        if (value instanceof Number n) {
            double d = n.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new InvalidConfigValueException(name, name + " must be a finite number, got " + d);
            }
            if ((min != null && d < min) || (max != null && d > max)) {
                throw new InvalidConfigValueException(name, name + " must be between " + fmt(min) + " and " + fmt(max)
                        + (unit.isEmpty() ? "" : " " + unit) + ", got " + value);
            }
        }
        if (!choices.isEmpty() && !choices.contains(type.format(value))) {
            throw new InvalidConfigValueException(name, name + " must be one of " + choices + ", got '"
                    + type.format(value) + "'");
        }
        return value;
    }

    /** Coerces a plain Java value ({@link ValueType#coerce}) and validates it. */
    public T accept(Object value) {
        return validate(type.coerce(name, value));
    }

    /** Parses text ({@link ValueType#parse}) and validates it. */
    public T acceptText(String text) {
        return validate(type.parse(name, text));
    }

    private static String fmt(Double d) {
        if (d == null) {
            return "unbounded";
        }
        return d == Math.rint(d) ? String.valueOf(d.longValue()) : String.valueOf(d);
    }
}
