package org.lsdcfx.amostra;

import java.util.Optional;

/** The container kinds LSDC knows, with their stored {@code kind} value. */
public enum ContainerKind {
    /** The beamline's robot dewar: 24 puck slots, 8 sectors of 3, labelled 1A..8C. */
    AUTOMOUNTER_DEWAR("automounterDewar", 24),
    /** A unipuck of 16 pins. */
    PUCK("16_pin_puck", 16),
    /** A dewar pucks are shipped in (slot count chosen at creation). */
    SHIPPING_DEWAR("shippingDewar", 0);

    private final String wire;
    private final int standardSlots;

    ContainerKind(String wire, int standardSlots) {
        this.wire = wire;
        this.standardSlots = standardSlots;
    }

    /** The stored {@code kind} value. */
    public String wire() {
        return wire;
    }

    /** Slot count of a standard container of this kind (0: chosen at creation). */
    public int standardSlots() {
        return standardSlots;
    }

    /** Dewars hold pucks; pucks hold samples. */
    public boolean holdsPucks() {
        return this != PUCK;
    }

    public static Optional<ContainerKind> fromWire(String kind) {
        for (ContainerKind k : values()) {
            if (k.wire.equals(kind)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
