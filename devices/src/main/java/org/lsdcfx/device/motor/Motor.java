package org.lsdcfx.device.motor;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * One positioner (EPICS motor record): set-point, readback, done-moving flag and stop.
 *
 * <p>Threading: all methods may be called from any thread. Reads return the latest monitored value and never block
 * longer than the device's I/O timeout. A target outside {@link #limits()} is refused with a
 * {@link org.lsdcfx.device.DeviceException} ({@code REFUSED}) before anything is written, so nothing moves.
 */
public interface Motor {

    /** Descriptor name, e.g. "omega", "sampleX", "detectorDist", "energy". */
    String name();

    /** Base PV (the set-point); readback is {@code pv() + ".RBV"}. */
    String pv();

    /** Engineering units of all positions (deg, um, mm, eV). */
    String units();

    MotorLimits limits();

    /** Latest readback position. */
    double position();

    /** Latest set-point. */
    double setpoint();

    /** True while the motor reports it is moving (done-moving flag is 0). */
    boolean isMoving();

    /**
     * Starts a move to {@code target} and returns at once. The future completes with the final readback when the
     * motor reports done within its tolerance of the target, or exceptionally with a
     * {@link org.lsdcfx.device.DeviceException}: {@code FAILED} if it stopped elsewhere (stopped, stalled),
     * {@code TIMEOUT} after {@code timeout}, {@code DISCONNECTED} if a PV drops. Cancelling the future does not stop
     * the motor; call {@link #stop()}.
     *
     * @throws org.lsdcfx.device.DeviceException {@code REFUSED} (thrown, not in the future) if the target is outside
     *                                           the limits or not a finite number
     */
    CompletableFuture<Double> moveTo(double target, Duration timeout);

    /** {@link #moveTo} and wait; returns the final readback or throws the future's {@code DeviceException}. */
    double moveAndWait(double target, Duration timeout);

    /**
     * Asks the motor to stop. Bounded: writes the stop PV with a short timeout and returns; it does not wait for
     * the motor to come to rest (use {@link #awaitStopped(Duration)} for that).
     */
    void stop();

    /** Waits until the done-moving flag is set; {@code TIMEOUT} otherwise. Returns the readback. */
    double awaitStopped(Duration timeout);

    /**
     * The speed the motor moves at now ({@code .VELO}), units per second; read fresh from the motor (someone else may
     * have changed it), so it blocks for at most the I/O timeout.
     */
    double speed();

    /** The highest speed {@link #setSpeed} accepts: the profile's speed, units per second (infinite if it has none). */
    double maxSpeed();

    /**
     * Sets the speed of this and later moves (a move under way goes on at the new speed) and waits for the motor to
     * confirm within {@code timeout}. Whoever slows a motor down restores the previous {@link #speed()} afterwards.
     *
     * @throws org.lsdcfx.device.DeviceException {@code REFUSED} before anything is written if {@code unitsPerSecond}
     *                                           is not in (0, {@link #maxSpeed()}]; {@code FAILED} if the motor
     *                                           refuses it, {@code TIMEOUT} without confirmation
     */
    void setSpeed(double unitsPerSecond, Duration timeout);
}
