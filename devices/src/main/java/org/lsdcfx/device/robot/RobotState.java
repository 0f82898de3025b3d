package org.lsdcfx.device.robot;

/** Robot state as carried by the status PV. */
public enum RobotState {
    IDLE("Idle"), MOUNTING("Mounting"), UNMOUNTING("Unmounting"), ERROR("Error");

    private final String label;

    RobotState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Parses the status PV text; unknown text maps to {@link #ERROR}. */
    public static RobotState fromLabel(String text) {
        for (RobotState s : values()) {
            if (s.label.equalsIgnoreCase(text)) {
                return s;
            }
        }
        return ERROR;
    }
}
