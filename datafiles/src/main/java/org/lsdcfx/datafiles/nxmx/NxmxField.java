package org.lsdcfx.datafiles.nxmx;

/**
 * One metadata value of the master file.
 *
 * @param path  absolute NXmx path, e.g. {@code /entry/instrument/detector/distance}
 * @param value a String, a Number, or an array of double, int, long or String
 * @param unit  the {@code units} attribute, or empty for none
 */
public record NxmxField(String path, Object value, String unit) {
    public NxmxField {
        if (path == null || !path.startsWith("/entry/")) {
            throw new NxmxException("an NXmx field path must start with /entry/, got '" + path + "'");
        }
        value = normalise(path, value);
        unit = unit == null ? "" : unit;
    }

    /** The value as a double, for numeric fields. */
    public double number() {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        throw new NxmxException(path + " must be a number, got '" + value + "'");
    }

    private static Object normalise(String path, Object value) {
        if (value instanceof String) {
            return value;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (value instanceof double[] d) {
            return d.clone();
        }
        if (value instanceof int[] i) {
            return i.clone();
        }
        if (value instanceof long[] l) {
            return l.clone();
        }
        if (value instanceof String[] s) {
            return s.clone();
        }
        throw new NxmxException(path + ": a value must be a string, a number or an array of numbers or strings, got "
                + (value == null ? "nothing" : value.getClass().getSimpleName()));
    }
}
