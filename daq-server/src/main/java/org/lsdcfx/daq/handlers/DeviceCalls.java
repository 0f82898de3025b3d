package org.lsdcfx.daq.handlers;

import java.time.Duration;
import org.lsdcfx.daq.beamline.BeamlineAccess;
import org.lsdcfx.daq.command.CommandRejectedException;
import org.lsdcfx.daq.control.AbortedException;
import org.lsdcfx.daq.control.RunControl;
import org.lsdcfx.device.Beamline;
import org.lsdcfx.device.DeviceException;
import org.lsdcfx.device.motor.Motor;

/** Small helpers shared by the device commands: availability checks, move timeouts, abort-aware waits. */
final class DeviceCalls {
    private DeviceCalls() {
    }

    /** For admission checks: the beamline, or a rejection saying why it cannot be used. */
    static Beamline connected(BeamlineAccess access) throws CommandRejectedException {
        return access.get().orElseThrow(() -> new CommandRejectedException(
                "the beamline devices are not available: " + access.unavailableReason()));
    }

    /** Time a move may take: twice the travel at nominal speed plus a margin. */
    static Duration moveTimeout(double from, double to, Double speed) {
        double travel = Math.abs(to - from);
        double seconds = speed == null || speed <= 0 ? 60 : 2 * travel / speed;
        return Duration.ofMillis((long) (Math.min(seconds, 3600) * 1000) + 5000);
    }

    /** Moves and waits; a move cut short by an abort is reported as the abort. */
    static double moveAndWait(Motor motor, double target, Duration timeout, RunControl control) throws AbortedException {
        try {
            double at = motor.moveAndWait(target, timeout);
            abortedCheck(control, motor.name() + " move");
            return at;
        } catch (DeviceException e) {
            abortedCheck(control, motor.name() + " move");
            throw e;
        }
    }

    static void abortedCheck(RunControl control, String what) throws AbortedException {
        String reason = control.abortReason();
        if (!reason.isEmpty()) {
            throw new AbortedException(what + " stopped: " + reason);
        }
    }
}
