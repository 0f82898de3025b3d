package org.lsdcfx.daq.guard;

/** Who may send a command. */
public enum Access {
    /** Anyone connected, including observers (asking for control, releasing it). */
    ANYONE("anyone"),
    /** The control master, or anyone while nobody holds control and the beamline is not locked. */
    MASTER("the control master"),
    /** Callers on the staff list only (the control master rule does not apply to them). */
    STAFF("staff only");

    private final String label;

    Access(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
