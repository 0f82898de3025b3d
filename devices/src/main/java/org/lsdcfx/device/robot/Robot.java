package org.lsdcfx.device.robot;

import java.time.Duration;

/**
 * The sample-changing robot. Mounts take seconds; each call waits for completion with a timeout.
 *
 * <p>Threading: thread-safe, but one command at a time: a command while the robot is busy is refused.
 * A robot error surfaces as a {@link org.lsdcfx.device.DeviceException} ({@code FAILED}) whose message carries the
 * robot's own error text.
 */
public interface Robot {

    /**
     * Mounts pin {@code pin} (1..16) of the puck in dewar slot {@code puckSlot} ("1A".."8C"); {@code sampleUid} is
     * recorded as the mounted sample. A pin already on the goniometer is unmounted first by the robot.
     *
     * @throws org.lsdcfx.device.DeviceException {@code REFUSED} (bad slot/pin, robot busy), {@code FAILED} (robot
     *                                           error), {@code TIMEOUT}
     */
    void mount(String puckSlot, int pin, String sampleUid, Duration timeout);

    /** Returns the mounted pin to the dewar. Does nothing if nothing is mounted. */
    void unmount(Duration timeout);

    RobotStatus status();

    /** The last command's error text ("" if it succeeded). */
    String lastError();

    /** Asks the robot to abort its current command; bounded, does not wait. */
    void abort();
}
