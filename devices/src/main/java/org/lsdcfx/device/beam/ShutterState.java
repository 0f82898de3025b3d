package org.lsdcfx.device.beam;

/** Fast-shutter position as read back. */
public enum ShutterState {
    CLOSED, OPEN, UNKNOWN;

    /** Maps the state PV (0 closed, 1 open, anything else unknown). */
    public static ShutterState fromValue(int value) {
        return switch (value) {
            case 0 -> CLOSED;
            case 1 -> OPEN;
            default -> UNKNOWN;
        };
    }
}
