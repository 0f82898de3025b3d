package org.lsdcfx.gui.model;

import java.time.Instant;
import java.util.Optional;

/**
 * One value of a monitored PV as the GUI uses it: the NT {@code value} field as a plain Java value ({@code String},
 * {@code Number}, {@code Boolean}, {@code String[]}, or an enum's choice as {@code String}), or "disconnected".
 *
 * @param pv        PV name
 * @param value     the value; null when disconnected
 * @param connected false when the channel is (still or again) disconnected
 * @param time      the value's time stamp from the server, or null when it has none
 */
public record PvValue(String pv, Object value, boolean connected, Instant time) {
    public static PvValue disconnected(String pv) {
        return new PvValue(pv, null, false, null);
    }

    /** The value as text ("" when disconnected). */
    public String text() {
        if (value == null) {
            return "";
        }
        if (value instanceof String[] a) {
            return String.join(", ", a);
        }
        return value.toString();
    }

    /** The value as a number: numbers, booleans (1/0) and numeric text; NaN otherwise. */
    public double number() {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (value instanceof String s) {
            try {
                return Double.parseDouble(s.trim());
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
        return Double.NaN;
    }

    /** The value as a flag (non-zero number, true, "1"/"true"), or empty when disconnected or not a flag. */
    public Optional<Boolean> flag() {
        if (!connected || value == null) {
            return Optional.empty();
        }
        if (value instanceof Boolean b) {
            return Optional.of(b);
        }
        double n = number();
        if (!Double.isNaN(n)) {
            return Optional.of(n != 0);
        }
        return value instanceof String s && s.equalsIgnoreCase("true") ? Optional.of(true) : Optional.empty();
    }

    /** The string array value (empty when not an array). */
    public String[] strings() {
        return value instanceof String[] a ? a.clone() : new String[0];
    }
}
