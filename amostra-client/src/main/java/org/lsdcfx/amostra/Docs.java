package org.lsdcfx.amostra;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;

/** Reading Amostra documents written by anyone (us, LSDC, staff pymongo scripts): tolerant of types and gaps. */
final class Docs {
    static final String UID = "uid";
    static final String TIME = "time";
    static final String NAME = "name";
    static final String OWNER = "owner";
    static final String KIND = "kind";
    static final String STATE = "state";
    static final String PROPOSAL_ID = "proposalID";
    static final String ACTIVE = "active";
    static final String INACTIVE = "inactive";

    private Docs() {
    }

    static double number(Document d, String key, double absent) {
        Object v = d.get(key);
        return v instanceof Number n ? n.doubleValue() : absent;
    }

    static long longValue(Document d, String key, long absent) {
        Object v = d.get(key);
        return v instanceof Number n ? n.longValue() : absent;
    }

    static Double optDouble(Document d, String key) {
        Object v = d.get(key);
        return v instanceof Number n ? n.doubleValue() : null;
    }

    /** LSDC stores proposal ids as ints but spreadsheets and scripts sometimes leave strings. */
    static Integer proposal(Document d) {
        Object v = d.get(PROPOSAL_ID);
        if (v instanceof Number n) {
            return n.intValue();
        }
        if (v instanceof String s && s.trim().matches("\\d{1,9}")) {
            return Integer.valueOf(s.trim());
        }
        return null;
    }

    static String string(Document d, String key) {
        Object v = d.get(key);
        return v == null ? null : v.toString();
    }

    /** The fields this code does not model, copied read-only so callers can show them. */
    static Map<String, Object> extras(Document d, Set<String> known) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : d.entrySet()) {
            if (!known.contains(e.getKey()) && !"_id".equals(e.getKey())) {
                out.put(e.getKey(), immutableCopy(e.getValue()));
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /** Deep, read-only copy of a BSON value: documents become maps, arrays become lists (nulls kept). */
    static Object immutableCopy(Object v) {
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> copy = new LinkedHashMap<>();
            m.forEach((k, x) -> copy.put(String.valueOf(k), immutableCopy(x)));
            return Collections.unmodifiableMap(copy);
        }
        if (v instanceof List<?> l) {
            List<Object> copy = new ArrayList<>(l.size());
            l.forEach(x -> copy.add(immutableCopy(x)));
            return Collections.unmodifiableList(copy);
        }
        return v;
    }

    /** Converts a value for storage: maps become Documents so nested blocks are stored as sub-documents. */
    static Object toBson(Object v) {
        if (v instanceof Map<?, ?> m) {
            Document d = new Document();
            m.forEach((k, x) -> d.append(String.valueOf(k), toBson(x)));
            return d;
        }
        if (v instanceof List<?> l) {
            List<Object> copy = new ArrayList<>(l.size());
            l.forEach(x -> copy.add(toBson(x)));
            return copy;
        }
        return v;
    }
}
