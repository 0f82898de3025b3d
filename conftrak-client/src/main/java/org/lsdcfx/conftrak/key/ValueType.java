package org.lsdcfx.conftrak.key;

import org.bson.Document;

/**
 * How one kind of configuration value is stored in a conftrak {@code beamline_info} document's {@code info}
 * field, read back, accepted from Java code and parsed from text. Scalar settings use LSDC's
 * {@code info = {"val": value}}; structured entries (mounted sample, raster score) have their own shapes.
 * Implementations are immutable and thread-safe.
 *
 * @param <T> the Java type callers see
 */
public interface ValueType<T> {
    /** Short name used in messages and docs ("number", "flag", ...). */
    String name();

    /** Reads the stored {@code info} document; lenient with LSDC-era strings ("0.1", "1"). */
    T decode(String key, Document info);

    /** The {@code info} document to store for {@code value}. */
    Document encode(T value);

    /**
     * Accepts a plain Java value (from a script, a JSON command or a PV) of the right kind.
     *
     * @throws InvalidConfigValueException when the value is of the wrong type
     */
    T coerce(String key, Object value);

    /**
     * Parses text typed by a person.
     *
     * @throws InvalidConfigValueException when the text is not a value of this type
     */
    T parse(String key, String text);

    /** Text form of a value, the inverse of {@link #parse}. */
    String format(T value);

    /** The value as LSDC's scripts see it: {@code info.val} for scalars, the whole {@code info} otherwise. */
    Object plain(T value);
}
