package org.lsdcfx.device.robot;

import org.lsdcfx.device.DeviceException;
import org.lsdcfx.device.DeviceException.Fault;
import org.lsdcfx.device.pva.ChannelSet;
import org.lsdcfx.device.pva.PvChannel;
import org.lsdcfx.device.pva.PvValues;
import org.lsdcfx.device.pva.Waits;
import org.lsdcfx.mxtools.profile.BeamlineProfile;
import org.lsdcfx.mxtools.profile.Descriptors;
import org.lsdcfx.mxtools.profile.DewarSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;

/**
 * {@link Robot} over the robot descriptors: write {@code robotPuck/Pin/Sample}, then {@code robotMount} (or
 * {@code robotUnmount}); the robot raises {@code robotBusy}, and when it drops the command is over:
 * {@code robotError} non-empty means it failed, otherwise {@code robotMounted*} say what is on the goniometer.
 */
public final class PvaRobot implements Robot, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PvaRobot.class);
    private static final String DEVICE = "robot";
    private static final Duration ABORT_TIMEOUT = Duration.ofSeconds(2);

    private final DewarSpec dewar;
    private final PvChannel puck;
    private final PvChannel pin;
    private final PvChannel sample;
    private final PvChannel mount;
    private final PvChannel unmount;
    private final PvChannel abort;
    private final PvChannel busy;
    private final PvChannel status;
    private final PvChannel error;
    private final PvChannel mountedPuck;
    private final PvChannel mountedPin;
    private final PvChannel mountedSample;

    public PvaRobot(ChannelSet channels, BeamlineProfile profile) {
        dewar = profile.dewar();
        puck = channels.onDemand(DEVICE, profile.pv(Descriptors.ROBOT_PUCK));
        pin = channels.onDemand(DEVICE, profile.pv(Descriptors.ROBOT_PIN));
        sample = channels.onDemand(DEVICE, profile.pv(Descriptors.ROBOT_SAMPLE));
        mount = channels.onDemand(DEVICE, profile.pv(Descriptors.ROBOT_MOUNT));
        unmount = channels.onDemand(DEVICE, profile.pv(Descriptors.ROBOT_UNMOUNT));
        abort = channels.onDemand(DEVICE, profile.pv(Descriptors.ROBOT_ABORT));
        busy = channels.monitored(DEVICE, profile.pv(Descriptors.ROBOT_BUSY));
        status = channels.monitored(DEVICE, profile.pv(Descriptors.ROBOT_STATUS));
        error = channels.monitored(DEVICE, profile.pv(Descriptors.ROBOT_ERROR));
        mountedPuck = channels.monitored(DEVICE, profile.pv(Descriptors.ROBOT_MOUNTED_PUCK));
        mountedPin = channels.monitored(DEVICE, profile.pv(Descriptors.ROBOT_MOUNTED_PIN));
        mountedSample = channels.monitored(DEVICE, profile.pv(Descriptors.ROBOT_MOUNTED_SAMPLE));
    }

    @Override
    public void mount(String puckSlot, int pinNumber, String sampleUid, Duration timeout) {
        if (!dewar.hasSlot(puckSlot)) {
            throw new DeviceException(DEVICE, puck.name(), Fault.REFUSED, "no puck slot '" + puckSlot
                    + "' in the dewar (slots " + dewar.puckSlots().get(0) + ".." + dewar.puckSlots()
                    .get(dewar.puckCount() - 1) + ")");
        }
        if (!dewar.hasPin(pinNumber)) {
            throw new DeviceException(DEVICE, pin.name(), Fault.REFUSED, "pin " + pinNumber + " is outside 1.."
                    + dewar.pinsPerPuck());
        }
        long deadline = Waits.deadline(timeout);
        refuseIfBusy(deadline);
        String label = puckSlot + ":" + pinNumber;
        LOG.info("robot: mount {} (sample {})", label, sampleUid);
        puck.put(puckSlot, Waits.remaining(deadline));
        pin.put(pinNumber, Waits.remaining(deadline));
        sample.put(sampleUid == null ? "" : sampleUid, Waits.remaining(deadline));
        run(mount, "mount " + label, deadline);
        RobotStatus after = freshStatus(deadline);
        if (!puckSlot.equals(after.mountedPuck()) || after.mountedPin() != pinNumber) {
            throw new DeviceException(DEVICE, mountedPin.name(), Fault.FAILED, "mount " + label
                    + " finished but the robot reports " + after.mountedPinLabel().orElse("nothing") + " mounted");
        }
    }

    @Override
    public void unmount(Duration timeout) {
        long deadline = Waits.deadline(timeout);
        RobotStatus before = freshStatus(deadline);
        if (!before.hasMounted()) {
            return;
        }
        refuseIfBusy(deadline);
        LOG.info("robot: unmount {}", before.mountedPinLabel().orElse(""));
        run(unmount, "unmount " + before.mountedPinLabel().orElse(""), deadline);
    }

    private void refuseIfBusy(long deadline) {
        if (PvValues.asBoolean(busy.read(Waits.remaining(deadline)))) {
            throw new DeviceException(DEVICE, busy.name(), Fault.REFUSED, "robot is busy ("
                    + PvValues.asString(status.read(Waits.remaining(deadline))) + ")");
        }
    }

    // Starts a command and waits for it; the robot confirms the command PV once it has taken the command.
    private void run(PvChannel command, String what, long deadline) {
        Waits.await(command.putAsync(1), deadline, DEVICE, command.name(), what);
        busy.read(Waits.remaining(deadline));
        busy.await(s -> !PvValues.asBoolean(s), Waits.remaining(deadline), what + " to finish");
        String failure = PvValues.asString(error.read(Waits.remaining(deadline)));
        if (!failure.isEmpty()) {
            throw new DeviceException(DEVICE, error.name(), Fault.FAILED, what + " failed: " + failure);
        }
    }

    private RobotStatus freshStatus(long deadline) {
        return new RobotStatus(RobotState.fromLabel(PvValues.asString(status.read(Waits.remaining(deadline)))),
                PvValues.asBoolean(busy.read(Waits.remaining(deadline))),
                PvValues.asString(mountedPuck.read(Waits.remaining(deadline))),
                PvValues.asInt(mountedPin.read(Waits.remaining(deadline))),
                PvValues.asString(mountedSample.read(Waits.remaining(deadline))),
                PvValues.asString(error.read(Waits.remaining(deadline))));
    }

    @Override
    public RobotStatus status() {
        return new RobotStatus(RobotState.fromLabel(status.getString()), busy.getBoolean(), mountedPuck.getString(),
                mountedPin.getInt(), mountedSample.getString(), error.getString());
    }

    @Override
    public String lastError() {
        return error.getString();
    }

    @Override
    public void abort() {
        LOG.warn("robot: abort");
        abort.put(1, ABORT_TIMEOUT);
    }

    @Override
    public void close() {
        List.of(puck, pin, sample, mount, unmount, abort, busy, status, error, mountedPuck, mountedPin, mountedSample)
                .forEach(PvChannel::close);
    }
}
