package org.lsdcfx.amostra;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * LSDC's rule for sample (and puck) names ({@code sanitize_sheet.py}): they become file prefixes and directory
 * names, so at most 25 characters of {@code [0-9a-zA-Z-_]}.
 */
public final class SampleNames {
    public static final int MAX_LENGTH = 25;
    private static final Pattern ALLOWED = Pattern.compile("[0-9a-zA-Z_-]+");

    private SampleNames() {
    }

    /** Why {@code name} is not acceptable, or empty when it is. */
    public static Optional<String> problem(String name) {
        if (name == null || name.isEmpty()) {
            return Optional.of("the name is empty");
        }
        if (name.length() > MAX_LENGTH) {
            return Optional.of("'" + name + "' has " + name.length() + " characters; at most " + MAX_LENGTH
                    + " are allowed");
        }
        if (!ALLOWED.matcher(name).matches()) {
            return Optional.of("'" + name + "' may contain only letters, digits, '-' and '_'");
        }
        return Optional.empty();
    }

    /** @throws IllegalArgumentException saying what is wrong with the name */
    public static String require(String what, String name) {
        problem(name).ifPresent(p -> {
            throw new IllegalArgumentException("Invalid " + what + " name: " + p);
        });
        return name;
    }
}
