package org.lsdcfx.conftrak.key;

import org.bson.Document;

/**
 * A setting stored the LSDC way, as {@code info = {"val": value}}. Subclasses say how the stored BSON value
 * maps to the Java value.
 */
abstract class ScalarType<T> implements ValueType<T> {
    static final String VAL = "val";

    private final String name;

    ScalarType(String name) {
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public final T decode(String key, Document info) {
        if (info == null || !info.containsKey(VAL)) {
            throw new InvalidConfigValueException(key, key + " is stored without an info.val field: " + info);
        }
        return fromStored(key, info.get(VAL));
    }

    @Override
    public final Document encode(T value) {
        return new Document(VAL, toStored(value));
    }

    @Override
    public Object plain(T value) {
        return toStored(value);
    }

    /** Converts what is in {@code info.val} (possibly written by LSDC's Python as a string). */
    abstract T fromStored(String key, Object stored);

    /** The BSON value written into {@code info.val}. */
    abstract Object toStored(T value);

    InvalidConfigValueException wrongType(String key, Object value) {
        String got = value == null ? "nothing" : value.getClass().getSimpleName() + " '" + value + "'";
        return new InvalidConfigValueException(key, key + " expects a " + name + ", got " + got);
    }

    @Override
    public String toString() {
        return name;
    }
}
