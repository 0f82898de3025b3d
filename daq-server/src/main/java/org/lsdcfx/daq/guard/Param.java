package org.lsdcfx.daq.guard;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.lsdcfx.daq.command.CommandParser;
import org.lsdcfx.daq.command.CommandRejectedException;

/**
 * One typed command parameter: name, type, unit, inclusive bounds, allowed values, default. Converts an
 * untrusted JSON value into a checked Java value or refuses it with a precise reason.
 *
 * @param name         LSDC's parameter name (used for keyword arguments)
 * @param type         value kind
 * @param unit         unit of numbers ("deg", "eV", "mm", "" for none)
 * @param min          inclusive lower bound of numbers, or null
 * @param max          inclusive upper bound of numbers, or null
 * @param required     false if the parameter may be left out
 * @param defaultValue value used when an optional parameter is left out (may be null)
 * @param maxLength    longest string accepted
 * @param pattern      strings must match this, or null
 * @param choices      the only values accepted (after conversion), or empty for any
 * @param description  one line for the command reference
 */
public record Param(String name, ParamType type, String unit, Double min, Double max, boolean required,
                    Object defaultValue, int maxLength, Pattern pattern, List<Object> choices, String description) {
    /** Numbers beyond this magnitude cannot be integers exactly in a double. */
    private static final double MAX_EXACT = 9.007199254740992E15;

    public Param {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        unit = unit == null ? "" : unit;
        choices = choices == null ? List.of() : List.copyOf(choices);
        description = description == null ? "" : description;
    }

    public static Param number(String name, String unit, double min, double max, String description) {
        return new Param(name, ParamType.NUMBER, unit, min, max, true, null, 0, null, List.of(), description);
    }

    public static Param integer(String name, long min, long max, String description) {
        return new Param(name, ParamType.INTEGER, "", (double) min, (double) max, true, null, 0, null, List.of(), description);
    }

    public static Param bool(String name, String description) {
        return new Param(name, ParamType.BOOLEAN, "", null, null, true, null, 0, null, List.of(), description);
    }

    public static Param string(String name, int maxLength, Pattern pattern, String description) {
        return new Param(name, ParamType.STRING, "", null, null, true, null, maxLength, pattern, List.of(), description);
    }

    /** The same parameter, optional with the given default. */
    public Param optional(Object defaultValue) {
        return new Param(name, type, unit, min, max, false, defaultValue, maxLength, pattern, choices, description);
    }

    /** The same parameter, accepting only these values. */
    public Param choices(Object... allowed) {
        return new Param(name, type, unit, min, max, required, defaultValue, maxLength, pattern, List.of(allowed), description);
    }

    /**
     * Checks and converts one argument.
     *
     * @return a Double, Long, Boolean or String
     * @throws CommandRejectedException with a reason naming this parameter
     */
    public Object convert(JsonNode value) throws CommandRejectedException {
        Object v = switch (type) {
            case NUMBER -> checkRange(finite(value));
            case INTEGER -> checkRange(integral(value));
            case BOOLEAN -> bool(value);
            case STRING -> string(value);
        };
        if (!choices.isEmpty() && !choices.contains(v)) {
            throw reject("must be one of " + choices + ", got " + show(v));
        }
        return v;
    }

    /** Human description of the type, unit and bounds, e.g. "number in deg, -10000 to 10000". */
    public String typeDescription() {
        StringBuilder b = new StringBuilder(type.label());
        if (!unit.isEmpty()) {
            b.append(" (").append(unit).append(')');
        }
        if (min != null || max != null) {
            b.append(", ").append(min == null ? "-inf" : format(min)).append(" to ").append(max == null ? "+inf" : format(max));
        }
        if (type == ParamType.STRING) {
            b.append(", at most ").append(maxLength).append(" characters");
        }
        if (!choices.isEmpty()) {
            b.append(", one of ").append(choices);
        }
        return b.toString();
    }

    private double finite(JsonNode n) throws CommandRejectedException {
        if (!n.isNumber()) {
            throw reject("must be a number" + (unit.isEmpty() ? "" : " (" + unit + ")") + ", not " + CommandParser.kind(n));
        }
        double d = n.doubleValue();
        if (!Double.isFinite(d)) {
            throw reject("must be a finite number, got " + clipNumber(n));
        }
        return d;
    }

    private long integral(JsonNode n) throws CommandRejectedException {
        double d = finite(n);
        if (Math.rint(d) != d || Math.abs(d) > MAX_EXACT) {
            throw reject("must be a whole number, got " + clipNumber(n));
        }
        return (long) d;
    }

    private <T extends Number> T checkRange(T v) throws CommandRejectedException {
        double d = v.doubleValue();
        if ((min != null && d < min) || (max != null && d > max)) {
            throw reject(format(d) + unitSuffix() + " is outside " + (min == null ? "-inf" : format(min)) + " to "
                    + (max == null ? "+inf" : format(max)) + unitSuffix());
        }
        return v;
    }

    private boolean bool(JsonNode n) throws CommandRejectedException {
        if (n.isBoolean()) {
            return n.booleanValue();
        }
        if (n.isNumber() && (n.doubleValue() == 0 || n.doubleValue() == 1)) {
            return n.doubleValue() == 1;
        }
        throw reject("must be true or false (or 1 or 0), not " + CommandParser.kind(n));
    }

    private String string(JsonNode n) throws CommandRejectedException {
        if (!n.isTextual()) {
            throw reject("must be a string, not " + CommandParser.kind(n));
        }
        String s = n.textValue();
        if (s.length() > maxLength) {
            throw reject("is " + s.length() + " characters long; the limit is " + maxLength);
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                throw reject("must not contain control characters");
            }
        }
        if (pattern != null && !pattern.matcher(s).matches()) {
            throw reject(CommandParser.quote(s) + " is not allowed here (expected " + pattern.pattern() + ")");
        }
        return s;
    }

    private CommandRejectedException reject(String what) {
        return new CommandRejectedException("argument '" + name + "' " + what);
    }

    private String unitSuffix() {
        return unit.isEmpty() ? "" : " " + unit;
    }

    private static String show(Object v) {
        return v instanceof String s ? CommandParser.quote(s) : v instanceof Double d ? format(d) : String.valueOf(v);
    }

    private static String clipNumber(JsonNode n) {
        String s = n.asText();
        return s.length() > 24 ? s.substring(0, 24) + "..." : s;
    }

    /** Compact, exact-looking number formatting for messages: 1, 0.5, 12398.42, 1e+20. */
    public static String format(double d) {
        if (Math.abs(d) >= 1e15 || (d != 0 && Math.abs(d) < 1e-6)) {
            return String.format("%.6g", d);
        }
        return new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
    }
}
