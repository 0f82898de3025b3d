package org.lsdcfx.daq.control;

import java.util.EnumSet;
import java.util.Set;

/**
 * What the server is doing with the beamline. Published (with any request-boundary action) on
 * {@code queue_state}; every transition goes through {@link RunControl}.
 */
public enum RunState {
    /** Nothing runs; serial commands start at once. */
    IDLE("Idle"),
    /** A serial command other than the request queue runs (a mount, a move). */
    BUSY("Busy"),
    /** The request queue ({@code runDCQueue}) runs. */
    COLLECTING("Collecting"),
    /** The request queue is held at a checkpoint or between requests until {@code continue_data_collection}. */
    PAUSED("Paused"),
    /** An abort was requested; the running work is unwinding and the beamline is being made safe. */
    ABORTING("Aborting");

    /** States in which nothing runs on the beamline on the server's behalf. */
    public static final Set<RunState> QUIET = EnumSet.of(IDLE);
    /** States in which serial device commands may be queued: not while the request queue holds the beamline. */
    public static final Set<RunState> NOT_COLLECTING = EnumSet.of(IDLE, BUSY);
    /** Every state. */
    public static final Set<RunState> ANY = EnumSet.allOf(RunState.class);

    private final String label;

    RunState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** True while some work runs or is held (busy, collecting, paused, aborting). */
    public boolean isActive() {
        return this != IDLE;
    }

    /** True while the request queue runs or is paused. */
    public boolean isCollecting() {
        return this == COLLECTING || this == PAUSED;
    }

    /** True if an abort may still do something. */
    public boolean isAbortable() {
        return this == BUSY || this == COLLECTING || this == PAUSED;
    }
}
