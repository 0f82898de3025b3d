package org.lsdcfx.amostra;

/**
 * Where a sample sits in a dewar (LSDC's {@code getCoordsfromSampleID}). Positions are 1-based, as on the
 * spreadsheet and in {@link ContainerStore#insert}; {@link #slotIndex()} and {@link #pinIndex()} give LSDC's 0-based
 * puck and pin indices (robot position = 16·(slotIndex mod 3) + pinIndex + 1 on the EMBL robot).
 *
 * @param slot      the puck's dewar slot, 1..24
 * @param slotLabel the slot as the GUI shows it, "1A".."8C"
 * @param pin       the sample's position in the puck, 1..16
 */
public record SampleLocation(String dewarUid, int slot, String slotLabel, String puckUid, String puckName, int pin) {
    public int slotIndex() {
        return slot - 1;
    }

    public int pinIndex() {
        return pin - 1;
    }

    /** Orders samples as the dewar does: by slot, then pin. */
    public int dewarOrder() {
        return slot * 1000 + pin;
    }
}
