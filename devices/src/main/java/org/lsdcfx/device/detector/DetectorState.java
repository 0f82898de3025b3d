package org.lsdcfx.device.detector;

/** Detector state as reported by the detector's state PV ({@code cam1:DetectorState_RBV}). */
public enum DetectorState {
    /** Not armed; ready to arm. */
    IDLE("Idle"),
    /** Armed, waiting for the trigger. */
    ARMED("Armed"),
    /** Triggered, taking frames. */
    ACQUIRING("Acquiring"),
    /** The detector reported an error; see {@link DetectorStatus#message()}. */
    ERROR("Error");

    private final String label;

    DetectorState(String label) {
        this.label = label;
    }

    /** The text the state PV carries. */
    public String label() {
        return label;
    }

    public boolean isArmed() {
        return this == ARMED || this == ACQUIRING;
    }

    /** Parses the state PV text; unknown text maps to {@link #ERROR}. */
    public static DetectorState fromLabel(String text) {
        for (DetectorState s : values()) {
            if (s.label.equalsIgnoreCase(text)) {
                return s;
            }
        }
        return ERROR;
    }
}
