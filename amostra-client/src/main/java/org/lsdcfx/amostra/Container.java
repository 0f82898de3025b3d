package org.lsdcfx.amostra;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.lsdcfx.store.VersionedCollection;

/**
 * An Amostra container: a dewar (holding pucks) or a 16-pin puck (holding samples). {@code content} is LSDC's
 * fixed-length list of child uids by position, "" for an empty position; positions in this API are 1-based.
 *
 * @param kind         the stored kind ({@code automounterDewar}, {@code 16_pin_puck}, {@code shippingDewar})
 * @param modifiedTime epoch seconds of the last content change
 */
public record Container(String uid, double time, String name, String owner, String kind, List<String> content,
                        double modifiedTime, long version, Map<String, Object> extra) {
    static final String CONTENT = "content";
    static final String MODIFIED_TIME = "modified_time";
    static final Set<String> KNOWN = Set.of(Docs.UID, Docs.TIME, Docs.NAME, Docs.OWNER, Docs.KIND, CONTENT,
            MODIFIED_TIME, VersionedCollection.VERSION);

    public Container {
        content = List.copyOf(content);
        extra = extra == null ? Map.of() : extra;
    }

    public int capacity() {
        return content.size();
    }

    public boolean isPuck() {
        return ContainerKind.PUCK.wire().equals(kind);
    }

    /** The child uid at a 1-based position, or empty when the position is empty or out of range. */
    public Optional<String> at(int position) {
        if (position < 1 || position > content.size() || content.get(position - 1).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(content.get(position - 1));
    }

    /** The 1-based position of a child, or -1. */
    public int positionOf(String childUid) {
        int i = content.indexOf(childUid);
        return i < 0 ? -1 : i + 1;
    }

    /** The occupied positions' children, without the empty ones. */
    public List<String> children() {
        return content.stream().filter(s -> !s.isEmpty()).toList();
    }

    static Container fromDocument(Document d) {
        List<String> content = new ArrayList<>();
        Object c = d.get(CONTENT);
        if (c instanceof List<?> l) {
            l.forEach(x -> content.add(x == null ? "" : x.toString()));
        }
        return new Container(d.getString(Docs.UID), Docs.number(d, Docs.TIME, 0), Docs.string(d, Docs.NAME),
                Docs.string(d, Docs.OWNER), Docs.string(d, Docs.KIND), Collections.unmodifiableList(content),
                Docs.number(d, MODIFIED_TIME, Docs.number(d, Docs.TIME, 0)), VersionedCollection.versionOf(d),
                Docs.extras(d, KNOWN));
    }
}
