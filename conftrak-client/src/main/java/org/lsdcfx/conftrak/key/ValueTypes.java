package org.lsdcfx.conftrak.key;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/**
 * The scalar value types. Stored forms follow LSDC: numbers as BSON doubles, integers as int32, flags as
 * 0/1 integers (LSDC writes {@code setBlConfig(BEAM_CHECK, 1)} and tests truthiness), text as strings, name
 * lists as one comma-separated string, and free-form maps as embedded documents.
 */
public final class ValueTypes {
    private ValueTypes() {
    }

    /** A real number (double). */
    public static final ValueType<Double> NUMBER = new ScalarType<>("number") {
        @Override
        Double fromStored(String key, Object stored) {
            if (stored instanceof Number n) {
                return n.doubleValue();
            }
            if (stored instanceof String s) {
                return parse(key, s);
            }
            throw wrongType(key, stored);
        }

        @Override
        Object toStored(Double value) {
            return value;
        }

        @Override
        public Double coerce(String key, Object value) {
            if (value instanceof Number n && !(value instanceof Byte)) {
                return n.doubleValue();
            }
            throw wrongType(key, value);
        }

        @Override
        public Double parse(String key, String text) {
            try {
                double d = Double.parseDouble(text.trim());
                if (Double.isNaN(d) || Double.isInfinite(d)) {
                    throw new NumberFormatException();
                }
                return d;
            } catch (NumberFormatException | NullPointerException e) {
                throw new InvalidConfigValueException(key, key + " expects a number, got '" + text + "'");
            }
        }

        @Override
        public String format(Double value) {
            return String.valueOf(value);
        }
    };

    /** A whole number (int). */
    public static final ValueType<Integer> INTEGER = new ScalarType<>("whole number") {
        @Override
        Integer fromStored(String key, Object stored) {
            if (stored instanceof Number n) {
                return exact(key, n);
            }
            if (stored instanceof String s) {
                return parse(key, s);
            }
            throw wrongType(key, stored);
        }

        @Override
        Object toStored(Integer value) {
            return value;
        }

        @Override
        public Integer coerce(String key, Object value) {
            if (value instanceof Number n) {
                return exact(key, n);
            }
            throw wrongType(key, value);
        }

        private Integer exact(String key, Number n) {
            double d = n.doubleValue();
            if (d != Math.rint(d) || d > Integer.MAX_VALUE || d < Integer.MIN_VALUE) {
                throw new InvalidConfigValueException(key, key + " expects a whole number, got " + n);
            }
            return (int) d;
        }

        @Override
        public Integer parse(String key, String text) {
            try {
                return Integer.parseInt(text.trim());
            } catch (NumberFormatException | NullPointerException e) {
                throw new InvalidConfigValueException(key, key + " expects a whole number, got '" + text + "'");
            }
        }

        @Override
        public String format(Integer value) {
            return String.valueOf(value);
        }
    };

    /** An on/off switch, stored as 0/1 like LSDC. Reads LSDC's 0/1, "0"/"1", booleans and "true"/"false". */
    public static final ValueType<Boolean> FLAG = new ScalarType<>("flag (true/false)") {
        @Override
        Boolean fromStored(String key, Object stored) {
            if (stored instanceof Boolean b) {
                return b;
            }
            if (stored instanceof Number n) {
                return n.doubleValue() != 0;
            }
            if (stored instanceof String s) {
                return parse(key, s);
            }
            throw wrongType(key, stored);
        }

        @Override
        Object toStored(Boolean value) {
            return value ? 1 : 0;
        }

        @Override
        public Boolean coerce(String key, Object value) {
            if (value instanceof Boolean b) {
                return b;
            }
            if (value instanceof Number n && (n.doubleValue() == 0 || n.doubleValue() == 1)) {
                return n.doubleValue() == 1;
            }
            throw wrongType(key, value);
        }

        @Override
        public Boolean parse(String key, String text) {
            String t = text == null ? "" : text.trim().toLowerCase(java.util.Locale.ROOT);
            switch (t) {
                case "1", "true", "on", "yes":
                    return true;
                case "0", "false", "off", "no":
                    return false;
                default:
                    throw new InvalidConfigValueException(key, key + " expects true/false (or 1/0), got '" + text + "'");
            }
        }

        @Override
        public String format(Boolean value) {
            return String.valueOf(value);
        }
    };

    /** Free text (names, URLs, PV prefixes, paths). */
    public static final ValueType<String> TEXT = new ScalarType<>("text") {
        @Override
        String fromStored(String key, Object stored) {
            if (stored instanceof String s) {
                return s;
            }
            if (stored instanceof Number || stored instanceof Boolean) {
                return String.valueOf(stored); // LSDC sometimes stores ids and ports as numbers
            }
            throw wrongType(key, stored);
        }

        @Override
        Object toStored(String value) {
            return value;
        }

        @Override
        public String coerce(String key, Object value) {
            if (value instanceof String s) {
                return s;
            }
            throw wrongType(key, value);
        }

        @Override
        public String parse(String key, String text) {
            if (text == null) {
                throw new InvalidConfigValueException(key, key + " expects text, got nothing");
            }
            return text;
        }

        @Override
        public String format(String value) {
            return value;
        }
    };

    /** A list of names, stored as one comma-separated string ("alice,bob") so scripts can read it as text. */
    public static final ValueType<List<String>> NAME_LIST = new ScalarType<>("comma-separated list of names") {
        @Override
        List<String> fromStored(String key, Object stored) {
            if (stored instanceof String s) {
                return split(s);
            }
            if (stored instanceof List<?> l) {
                return coerce(key, l);
            }
            throw wrongType(key, stored);
        }

        @Override
        Object toStored(List<String> value) {
            return String.join(",", value);
        }

        @Override
        public List<String> coerce(String key, Object value) {
            if (value instanceof String s) {
                return split(s);
            }
            if (value instanceof List<?> l) {
                List<String> out = new ArrayList<>();
                for (Object o : l) {
                    if (!(o instanceof String s) || s.isBlank() || s.contains(",")) {
                        throw new InvalidConfigValueException(key, key + " expects a list of non-empty names without"
                                + " commas, got " + l);
                    }
                    out.add(s.trim());
                }
                return List.copyOf(out);
            }
            throw wrongType(key, value);
        }

        @Override
        public List<String> parse(String key, String text) {
            if (text == null) {
                throw new InvalidConfigValueException(key, key + " expects a comma-separated list, got nothing");
            }
            return split(text);
        }

        @Override
        public String format(List<String> value) {
            return String.join(",", value);
        }

        private List<String> split(String s) {
            return Arrays.stream(s.split(",")).map(String::trim).filter(x -> !x.isEmpty()).toList();
        }
    };

    /** A free-form map (for example {@code dewarPlateMap}), stored as an embedded document in {@code info.val}. */
    public static final ValueType<Document> DOCUMENT = new ScalarType<>("document") {
        @Override
        Document fromStored(String key, Object stored) {
            if (stored instanceof Document d) {
                return d;
            }
            throw wrongType(key, stored);
        }

        @Override
        Object toStored(Document value) {
            return value;
        }

        @Override
        public Document coerce(String key, Object value) {
            if (value instanceof Document d) {
                return new Document(d);
            }
            if (value instanceof Map<?, ?> m) {
                Document d = new Document();
                m.forEach((k, v) -> d.append(String.valueOf(k), v));
                return d;
            }
            throw wrongType(key, value);
        }

        @Override
        public Document parse(String key, String text) {
            try {
                return Document.parse(text);
            } catch (RuntimeException e) {
                throw new InvalidConfigValueException(key, key + " expects a JSON object, got '" + text + "' ("
                        + e.getMessage() + ")");
            }
        }

        @Override
        public String format(Document value) {
            return value.toJson();
        }
    };
}
