package org.lsdcfx.analysisstore.payload;

import java.util.ArrayList;
import java.util.List;
import org.bson.Document;

/** Lenient readers for {@code result_obj} fields (Python writes ints where Java expects doubles), with clear errors. */
final class Fields {
    private Fields() {
    }

    static double num(Document d, String field) {
        Object v = d.get(field);
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        throw missing(d, field, "a number", v);
    }

    static Double optNum(Document d, String field) {
        Object v = d.get(field);
        if (v == null) {
            return null;
        }
        return num(d, field);
    }

    static int integer(Document d, String field) {
        double v = num(d, field);
        if (v != Math.rint(v)) {
            throw missing(d, field, "a whole number", v);
        }
        return (int) v;
    }

    static String text(Document d, String field) {
        Object v = d.get(field);
        if (v instanceof String s) {
            return s;
        }
        throw missing(d, field, "text", v);
    }

    static String optText(Document d, String field) {
        Object v = d.get(field);
        return v == null ? null : String.valueOf(v);
    }

    static Document doc(Document d, String field) {
        Object v = d.get(field);
        if (v instanceof Document sub) {
            return sub;
        }
        throw missing(d, field, "a document", v);
    }

    static List<Double> numbers(Document d, String field) {
        Object v = d.get(field);
        if (!(v instanceof List<?> list)) {
            throw missing(d, field, "a list of numbers", v);
        }
        List<Double> out = new ArrayList<>(list.size());
        for (Object o : list) {
            if (!(o instanceof Number n)) {
                throw missing(d, field, "a list of numbers", o);
            }
            out.add(n.doubleValue());
        }
        return out;
    }

    static List<Document> docs(Document d, String field) {
        Object v = d.get(field);
        if (!(v instanceof List<?> list)) {
            throw missing(d, field, "a list of documents", v);
        }
        List<Document> out = new ArrayList<>(list.size());
        for (Object o : list) {
            if (!(o instanceof Document sub)) {
                throw missing(d, field, "a list of documents", o);
            }
            out.add(sub);
        }
        return out;
    }

    /** Appends only when the value is not null, so optional fields are absent rather than null. */
    static Document putOpt(Document d, String field, Object value) {
        if (value != null) {
            d.append(field, value);
        }
        return d;
    }

    private static PayloadFormatException missing(Document d, String field, String expected, Object got) {
        return new PayloadFormatException("result_obj field '" + field + "' should be " + expected + ", found "
                + (got == null ? "nothing" : "'" + got + "'") + (d.size() < 12 ? " in " + d.toJson() : ""));
    }
}
