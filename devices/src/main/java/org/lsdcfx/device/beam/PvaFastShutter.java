package org.lsdcfx.device.beam;

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
        Waits.await(command.putAsync(target == ShutterState.OPEN ? 1 : 0), deadline, DEVICE, command.name(),
                target.name().toLowerCase());
        state.read(Waits.remaining(deadline));
        state.await(s -> ShutterState.fromValue(PvValues.asInt(s)) == target, Waits.remaining(deadline),
                "shutter " + target);
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
