package org.lsdcfx.device.governor;

import org.lsdcfx.mxtools.profile.GovernorSpec;

import java.time.Duration;

/**
 * The beamline governor (mxtools state machine): named states (SE sample exchange, SA sample alignment, DA data
 * acquisition, XF fluorescence, BL beam location, CB cryo block, TA top-view alignment, M robot working) with
 * allowed transitions from the profile. Thread-safe.
 */
public interface Governor {

    /** States, initial state and allowed transitions from the profile. */
    GovernorSpec spec();

    /** Latest current state, e.g. "SA". */
    String state();

    /** True while a transition runs. */
    boolean isBusy();

    /** True if the profile allows a transition from the current state to {@code target}. */
    boolean canReach(String target);

    /**
     * Moves to {@code target} and waits until the governor reports it there and not busy. Already in
     * {@code target}: returns at once.
     *
     * @throws org.lsdcfx.device.DeviceException {@code REFUSED} if the profile does not allow the transition from
     *                                           the current state (nothing is written) or the governor is busy;
     *                                           {@code FAILED} if the governor rejects it; {@code TIMEOUT}
     */
    void transitionTo(String target, Duration timeout);

    /** Aborts the running transition; bounded, does not wait. */
    void abort();
}
