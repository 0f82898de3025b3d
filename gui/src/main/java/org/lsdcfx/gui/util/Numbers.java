package org.lsdcfx.gui.util;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.util.Locale;
import java.util.OptionalDouble;

/** Parsing and formatting of the numbers the GUI shows and reads (always with a '.' decimal point). Thread-safe. */
public final class Numbers {
    private Numbers() {
    }

    /** The number in a text field, or empty when it is blank or not a finite number. */
    public static OptionalDouble parse(String text) {
        if (text == null || text.isBlank()) {
            return OptionalDouble.empty();
        }
        try {
            double v = Double.parseDouble(text.trim());
            return Double.isFinite(v) ? OptionalDouble.of(v) : OptionalDouble.empty();
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    /** At most {@code decimals} decimals, without trailing zeros ("0.1", "300", "2.67"). */
    public static String format(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return "";
        }
        DecimalFormat f = new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setMaximumFractionDigits(decimals);
        String s = f.format(value);
        return s.equals("-0") ? "0" : s;
    }

    /** "1 h 02 min", "3 min 05 s", "42 s". */
    public static String duration(Duration d) {
        long s = Math.max(0, Math.round(d.toMillis() / 1000.0));
        if (s >= 3600) {
            return String.format(Locale.ROOT, "%d h %02d min", s / 3600, (s % 3600) / 60);
        }
        if (s >= 60) {
            return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
        }
        return s + " s";
    }
}
