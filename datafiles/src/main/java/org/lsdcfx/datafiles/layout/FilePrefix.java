package org.lsdcfx.datafiles.layout;

import java.util.regex.Pattern;

/**
 * A data-file prefix (LSDC {@code request_obj.file_prefix}, by default the sample name), validated with LSDC's rule:
 * at most {@value #MAX_LENGTH} characters of {@code [0-9a-zA-Z-_]} (GUI {@code VALID_PREFIX_NAME}, spreadsheet
 * {@code sanitize_sheet.py}). LSDC-FX is stricter in two ways: the prefix may not be empty (it names a directory),
 * and it may not start with '-' (it reaches processing programs' command lines, where it would read as an option).
 *
 * @param value the validated prefix
 */
public record FilePrefix(String value) {
    public static final int MAX_LENGTH = 25;
    private static final Pattern ALLOWED = Pattern.compile("[0-9a-zA-Z_-]{1," + MAX_LENGTH + "}");

    public FilePrefix {
        String problem = problem(value);
        if (problem != null) {
            throw new DataLayoutException(Refusal.INVALID_PREFIX, problem);
        }
    }

    /** The prefix, or {@link DataLayoutException} ({@link Refusal#INVALID_PREFIX}) saying what is wrong with it. */
    public static FilePrefix of(String value) {
        return new FilePrefix(value);
    }

    /** Whether {@code value} would be accepted, without throwing. */
    public static boolean isValid(String value) {
        return problem(value) == null;
    }

    private static String problem(String value) {
        if (value == null || value.isEmpty()) {
            return "the file prefix is empty; use the sample name (1.." + MAX_LENGTH + " characters of 0-9 a-z A-Z - _)";
        }
        if (value.length() > MAX_LENGTH) {
            return "the file prefix '" + value + "' has " + value.length() + " characters; at most " + MAX_LENGTH
                    + " are allowed";
        }
        if (!ALLOWED.matcher(value).matches()) {
            return "the file prefix '" + value + "' contains characters other than 0-9 a-z A-Z - _";
        }
        if (value.charAt(0) == '-') {
            return "the file prefix '" + value + "' starts with '-', which programs would read as an option";
        }
        return null;
    }

    @Override
    public String toString() {
        return value;
    }
}
