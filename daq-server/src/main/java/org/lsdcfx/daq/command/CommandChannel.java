package org.lsdcfx.daq.command;

/** The two LSDC command PVs a command can arrive on. */
public enum CommandChannel {
    /** {@code command_s}: commands run one at a time, in arrival order. */
    SERIAL("command_s"),
    /** {@code immediate_command_s}: control commands that run at once, even while a routine runs. */
    IMMEDIATE("immediate_command_s");

    private final String pvSuffix;

    CommandChannel(String pvSuffix) {
        this.pvSuffix = pvSuffix;
    }

    /** The LSDC PV name without the comm prefix. */
    public String pvSuffix() {
        return pvSuffix;
    }
}
