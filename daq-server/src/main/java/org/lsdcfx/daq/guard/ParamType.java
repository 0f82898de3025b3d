package org.lsdcfx.daq.guard;

/** The JSON value kinds a command parameter can take. */
public enum ParamType {
    /** A finite JSON number, converted to {@code double}. */
    NUMBER("number"),
    /** A JSON number with an integral value (2 or 2.0), converted to {@code long}. */
    INTEGER("integer"),
    /** JSON true/false, or 1/0 as LSDC GUIs send flags; converted to {@code boolean}. */
    BOOLEAN("boolean"),
    /** A JSON string without control characters, of bounded length; stays a {@code String}. */
    STRING("string");

    private final String label;

    ParamType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
