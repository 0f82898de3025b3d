package org.lsdcfx.gui.dewar;

import org.lsdcfx.amostra.Request;
import org.lsdcfx.gui.model.MountedPin;
import org.lsdcfx.gui.model.SampleSlot;

/** What one row of the dewar tree shows. Immutable; a changed row gets a new value. */
public sealed interface TreeNode {
    /**
     * A dewar slot with its puck.
     *
     * @param puckName null for an empty slot
     */
    record SlotRow(int slot, String label, String puckName) implements TreeNode {
    }

    /**
     * A sample on a pin.
     *
     * @param mount the mount state when this sample is the one on the goniometer, else null
     */
    record SampleRow(SampleSlot sample, MountedPin mount) implements TreeNode {
    }

    /** A request of a sample. */
    record RequestRow(Request request, SampleSlot sample) implements TreeNode {
    }
}
