package org.lsdcfx.datafiles.nxmx.fallback;

import java.util.Map;

import io.jhdf.api.WritableGroup;
import io.jhdf.api.WritableNode;

import org.lsdcfx.datafiles.nxmx.NxmxException;
import org.lsdcfx.datafiles.nxmx.tree.NxDataset;
import org.lsdcfx.datafiles.nxmx.tree.NxExternalLink;
import org.lsdcfx.datafiles.nxmx.tree.NxGroup;
import org.lsdcfx.datafiles.nxmx.tree.NxNode;

/** Renders an {@link NxGroup} tree with jhdf, which has no links: an external link in the tree is an error. */
final class JhdfTreeWriter {
    private JhdfTreeWriter() {
    }

    /** Writes {@code group} (and everything under it) as a child of {@code parent}; returns the new group. */
    static WritableGroup write(WritableGroup parent, NxGroup group) {
        WritableGroup g = parent.putGroup(group.name());
        g.putAttribute("NX_class", group.nxClass());
        putAttributes(g, group.attributes());
        for (NxNode child : group.children()) {
            if (child instanceof NxGroup sub) {
                write(g, sub);
            } else if (child instanceof NxDataset d) {
                putAttributes(g.putDataset(d.name(), d.value()), d.attributes());
            } else if (child instanceof NxExternalLink link) {
                throw new NxmxException("jhdf cannot write the external link " + link.name() + " to " + link.fileName());
            }
        }
        return g;
    }

    private static void putAttributes(WritableNode node, Map<String, Object> attributes) {
        attributes.forEach(node::putAttribute);
    }

}
