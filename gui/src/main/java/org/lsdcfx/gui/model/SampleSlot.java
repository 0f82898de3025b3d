package org.lsdcfx.gui.model;

import org.lsdcfx.amostra.Sample;

/**
 * A sample with the place it occupies in the dewar.
 *
 * @param slot      dewar slot, 1..24
 * @param slotLabel "1A".."8C"
 * @param pin       position in the puck, 1..16
 */
public record SampleSlot(Sample sample, int slot, String slotLabel, String puckUid, String puckName, int pin) {
    public String uid() {
        return sample.uid();
    }

    public String name() {
        return sample.name();
    }

    /** Dewar order: by slot, then pin (as the queue orders equal priorities). */
    public int dewarOrder() {
        return slot * 1000 + pin;
    }

    SampleSlot withSample(Sample s) {
        return new SampleSlot(s, slot, slotLabel, puckUid, puckName, pin);
    }
}
