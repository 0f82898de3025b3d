package org.lsdcfx.amostra;

import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dewar slot labels as the LSDC GUI shows them: sectors of three pucks, so position 1 is "1A", 3 is "1C",
 * 4 is "2A", 24 is "8C". Positions are 1-based.
 */
public final class SlotLabels {
    public static final int PUCKS_PER_SECTOR = 3;
    private static final Pattern LABEL = Pattern.compile("([1-9][0-9]*)([A-Ca-c])");

    private SlotLabels() {
    }

    public static String label(int position) {
        if (position < 1) {
            throw new IllegalArgumentException("Dewar positions start at 1, not " + position);
        }
        int index = position - 1;
        return (index / PUCKS_PER_SECTOR + 1) + String.valueOf((char) ('A' + index % PUCKS_PER_SECTOR));
    }

    /** The 1-based position of a label such as "3B" (also accepts a plain number), or empty if malformed. */
    public static OptionalInt position(String label) {
        String l = label == null ? "" : label.trim();
        if (l.matches("[1-9][0-9]{0,3}")) {
            return OptionalInt.of(Integer.parseInt(l));
        }
        Matcher m = LABEL.matcher(l);
        if (!m.matches() || m.group(1).length() > 4) {
            return OptionalInt.empty();
        }
        int sector = Integer.parseInt(m.group(1));
        int letter = m.group(2).toUpperCase(Locale.ROOT).charAt(0) - 'A';
        return OptionalInt.of((sector - 1) * PUCKS_PER_SECTOR + letter + 1);
    }
}
