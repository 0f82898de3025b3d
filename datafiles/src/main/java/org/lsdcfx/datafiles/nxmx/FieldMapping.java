package org.lsdcfx.datafiles.nxmx;

/**
 * One line of a field map: the NXmx field at {@code path} takes the value that source {@code source} gives for
 * {@code key}, written with {@code unit}.
 *
 * @param path     absolute NXmx path
 * @param source   where the value comes from
 * @param key      the name within that source (PV alias, request field, config key)
 * @param unit     the units attribute, empty for none
 * @param required whether a missing value refuses the dataset (true) or leaves the field out (false)
 */
public record FieldMapping(String path, SourceKind source, String key, String unit, boolean required) {
    /** The key of this field's value in the map given to {@link NxmxFieldMap#resolve}: {@code "<source>:<key>"}. */
    public String valueKey() {
        return source.label() + ":" + key;
    }
}
