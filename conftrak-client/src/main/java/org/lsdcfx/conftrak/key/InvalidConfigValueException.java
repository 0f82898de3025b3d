package org.lsdcfx.conftrak.key;

/**
 * A configuration value was refused (wrong type, out of its bounds, not one of its choices, or unreadable text).
 * Nothing was written. The message names the parameter and says what it accepts.
 */
public class InvalidConfigValueException extends IllegalArgumentException {
    private final String key;

    public InvalidConfigValueException(String key, String message) {
        super(message);
        this.key = key;
    }

    /** The conftrak {@code info_name} of the refused parameter. */
    public String key() {
        return key;
    }
}
