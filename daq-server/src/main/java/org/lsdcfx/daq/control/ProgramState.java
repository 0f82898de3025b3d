package org.lsdcfx.daq.control;

/** LSDC's {@code program_state} values, which LSDC GUIs colour their status label by. */
public enum ProgramState {
    READY("Program Ready"),
    BUSY("Program Busy"),
    SETTING_ENERGY("Setting Energy");

    private final String label;

    ProgramState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
