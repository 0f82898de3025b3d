package org.lsdcfx.device.robot;

import java.util.Optional;

/**
 * A snapshot of the sample-changing robot.
 *
 * @param state         what it is doing
 * @param busy          true while a mount or unmount runs
 * @param mountedPuck   puck slot of the sample on the goniometer ("" if none)
 * @param mountedPin    pin of the sample on the goniometer (0 if none)
 * @param mountedSample sample uid on the goniometer ("" if none)
 * @param lastError     the last command's error ("" if it succeeded)
 */
public record RobotStatus(RobotState state, boolean busy, String mountedPuck, int mountedPin, String mountedSample,
                          String lastError) {

    /** True when a pin is on the goniometer. */
    public boolean hasMounted() {
        return mountedPin > 0;
    }

    /** The mounted pin as LSDC's "puck:pin" text, if any. */
    public Optional<String> mountedPinLabel() {
        return hasMounted() ? Optional.of(mountedPuck + ":" + mountedPin) : Optional.empty();
    }
}
