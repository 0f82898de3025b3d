package org.lsdcfx.device.beam;

import org.lsdcfx.device.DeviceException;
import org.lsdcfx.device.DeviceException.Fault;
import org.lsdcfx.device.pva.ChannelSet;
import org.lsdcfx.device.pva.PvChannel;
import org.lsdcfx.device.pva.PvValues;
import org.lsdcfx.device.pva.Waits;
import org.lsdcfx.mxtools.profile.BeamlineProfile;
import org.lsdcfx.mxtools.profile.Descriptors;

import java.time.Duration;

/** {@link FastShutter} over {@code fastShutter} (command 0/1) and {@code fastShutterState} (readback 0/1). */
public final class PvaFastShutter implements FastShutter, AutoCloseable {
    private static final String DEVICE = "fastShutter";
    /** How often a wait for the state checks that the command still asks for it. */
    private static final Duration SLICE = Duration.ofMillis(100);
    private final PvChannel command;
    private final PvChannel state;

    public PvaFastShutter(ChannelSet channels, BeamlineProfile profile) {
        command = channels.onDemand(DEVICE, profile.pv(Descriptors.FAST_SHUTTER));
        state = channels.monitored(DEVICE, profile.pv(Descriptors.FAST_SHUTTER_STATE));
    }

    @Override
    public void open(Duration timeout) {
        move(ShutterState.OPEN, timeout);
    }

    @Override
    public void close(Duration timeout) {
        move(ShutterState.CLOSED, timeout);
    }

    private void move(ShutterState target, Duration timeout) {
        long deadline = Waits.deadline(timeout);
        int wanted = target == ShutterState.OPEN ? 1 : 0;
        Waits.await(command.putAsync(wanted), deadline, DEVICE, command.name(), target.name().toLowerCase());
        state.read(Waits.remaining(deadline));
        // In slices: someone else (an abort) may command the other way meanwhile, and then the state never comes.
        while (true) {
            Duration left = Waits.remaining(deadline);
            boolean last = left.compareTo(SLICE) <= 0;
            try {
                state.await(s -> ShutterState.fromValue(PvValues.asInt(s)) == target, last ? left : SLICE,
                        "shutter " + target);
                return;
            } catch (DeviceException e) {
                if (e.fault() != Fault.TIMEOUT) {
                    throw e;
                }
                if (last) {
                    throw new DeviceException(DEVICE, state.name(), Fault.TIMEOUT, "timed out after "
                            + timeout.toMillis() + " ms waiting for shutter " + target, e);
                }
            }
            int commanded = PvValues.asInt(command.read(Waits.remaining(deadline)));
            if (commanded != wanted) {
                throw new DeviceException(DEVICE, command.name(), Fault.FAILED, "commanded "
                        + (commanded == 1 ? "open" : "closed") + " by someone else while waiting for it to be "
                        + target.name().toLowerCase());
            }
        }
    }

    @Override
    public ShutterState state() {
        return ShutterState.fromValue(state.getInt());
    }

    @Override
    public void close() {
        command.close();
        state.close();
    }
}
