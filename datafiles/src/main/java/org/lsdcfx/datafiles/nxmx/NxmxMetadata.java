package org.lsdcfx.datafiles.nxmx;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The beamline metadata of one dataset: NXmx fields with their values and units, usually produced by
 * {@link NxmxFieldMap#resolve}. Immutable.
 */
public final class NxmxMetadata {
    private final Map<String, NxmxField> fields;

    private NxmxMetadata(Map<String, NxmxField> fields) {
        this.fields = fields;
    }

    public static NxmxMetadata of(Collection<NxmxField> fields) {
        Map<String, NxmxField> byPath = new LinkedHashMap<>();
        for (NxmxField f : fields) {
            if (byPath.put(f.path(), f) != null) {
                throw new NxmxException("the field " + f.path() + " is given twice");
            }
        }
        return new NxmxMetadata(byPath);
    }

    public static NxmxMetadata empty() {
        return new NxmxMetadata(Map.of());
    }

    public Optional<NxmxField> find(String path) {
        return Optional.ofNullable(fields.get(path));
    }

    /** The field, or an {@link NxmxException} naming it. */
    public NxmxField require(String path) {
        NxmxField f = fields.get(path);
        if (f == null) {
            throw new NxmxException("the metadata has no " + path + ", which the NXmx geometry needs");
        }
        return f;
    }

    public List<NxmxField> fields() {
        return List.copyOf(fields.values());
    }

    /** A copy with {@code extra} added (replacing fields with the same path). */
    public NxmxMetadata with(NxmxField... extra) {
        Map<String, NxmxField> copy = new LinkedHashMap<>(fields);
        for (NxmxField f : extra) {
            copy.put(f.path(), f);
        }
        return new NxmxMetadata(copy);
    }

    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        fields.values().forEach(f -> parts.add(f.path() + "=" + f.value() + (f.unit().isEmpty() ? "" : " " + f.unit())));
        return "NxmxMetadata" + parts;
    }
}
