package org.lsdcfx.datafiles.nxmx.tree;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A group with its {@code NX_class}, attributes and children, in insertion order. Built by one thread, then only read.
 */
public final class NxGroup implements NxNode {
    private final String name;
    private final String nxClass;
    private final Map<String, Object> attributes = new LinkedHashMap<>();
    private final Map<String, NxNode> children = new LinkedHashMap<>();

    public NxGroup(String name, String nxClass) {
        this.name = name;
        this.nxClass = nxClass;
    }

    @Override
    public String name() {
        return name;
    }

    public String nxClass() {
        return nxClass;
    }

    /** The child group {@code childName}, created with {@code childClass} when missing. */
    public NxGroup group(String childName, String childClass) {
        NxNode existing = children.get(childName);
        if (existing == null) {
            NxGroup g = new NxGroup(childName, childClass);
            children.put(childName, g);
            return g;
        }
        if (existing instanceof NxGroup g) {
            return g;
        }
        throw new IllegalStateException(childName + " is already a dataset or link, not a group");
    }

    /** Adds (or replaces) a child dataset or link. */
    public NxGroup add(NxNode child) {
        children.put(child.name(), child);
        return this;
    }

    public NxGroup attribute(String key, Object value) {
        attributes.put(key, value);
        return this;
    }

    public Map<String, Object> attributes() {
        return Collections.unmodifiableMap(attributes);
    }

    public List<NxNode> children() {
        return List.copyOf(children.values());
    }

    /** The node at a relative path ({@code "instrument/detector/distance"}), or null. */
    public NxNode find(String relativePath) {
        NxNode node = this;
        for (String part : relativePath.split("/")) {
            if (!(node instanceof NxGroup g)) {
                return null;
            }
            node = g.children.get(part);
        }
        return node;
    }
}
