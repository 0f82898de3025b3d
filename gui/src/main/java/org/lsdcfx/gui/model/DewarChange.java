package org.lsdcfx.gui.model;

import org.lsdcfx.amostra.DewarSnapshot;
import org.lsdcfx.amostra.Request;
import org.lsdcfx.amostra.Sample;

/**
 * One change between two reads of the dewar, as the tree applies it: the smallest unit that keeps the tree's
 * items (and their expansion and selection) wherever nothing changed. Immutable.
 */
public sealed interface DewarChange {
    /** A dewar slot got another puck (or its first, or none): its whole subtree is replaced. */
    record SlotChanged(int slot, String slotLabel, DewarSnapshot.PuckNode puck) implements DewarChange {
    }

    /** A puck position got another sample (or none): that sample's subtree is replaced. */
    record PinChanged(int slot, int position, DewarSnapshot.PinNode pin) implements DewarChange {
    }

    /** A sample's own fields changed (name, run counter, ...). */
    record SampleChanged(Sample sample) implements DewarChange {
    }

    /** A new active request on a sample in the dewar. */
    record RequestAdded(Request request) implements DewarChange {
    }

    /** A request changed (priority, status, parameters). */
    record RequestChanged(Request request) implements DewarChange {
    }

    /** A request left the tree (deleted, or its sample left the dewar with {@link PinChanged}). */
    record RequestRemoved(String requestUid, String sampleUid) implements DewarChange {
    }
}
