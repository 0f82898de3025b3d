package org.lsdcfx.conftrak;

import org.lsdcfx.conftrak.key.ConfigKey;

/**
 * A parameter's current value with the version to pass back for an optimistic update
 * ({@link Conftrak#set(ConfigKey, Object, String, long)}).
 *
 * @param key     the parameter
 * @param value   the stored value, or the key's default when nothing (valid) is stored
 * @param version 0 while the parameter has never been stored, else its document version
 * @param stored  true when {@code value} came from the store
 */
public record Setting<T>(ConfigKey<T> key, T value, long version, boolean stored) {
}
