package org.lsdcfx.device.governor;

import org.lsdcfx.device.DeviceException;
import org.lsdcfx.device.DeviceException.Fault;
import org.lsdcfx.device.pva.ChannelSet;
import org.lsdcfx.device.pva.PvChannel;
import org.lsdcfx.device.pva.PvValues;
import org.lsdcfx.device.pva.Waits;
import org.lsdcfx.mxtools.profile.GovernorSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;

/**
 * {@link Governor} over the governor IOC's PVs under {@code spec.pvPrefix()}: {@code Cmd:Go-Cmd} (target state),
 * {@code Sts:State-I}, {@code Sts:Busy-Sts}, {@code Sts:Status-Sts} (message), {@code Cmd:Abort-Cmd}.
 * Transitions the profile does not allow are refused here, before anything is written.
 */
public final class PvaGovernor implements Governor, AutoCloseable {
    public static final String GO = "Cmd:Go-Cmd";
    public static final String STATE = "Sts:State-I";
    public static final String BUSY = "Sts:Busy-Sts";
    public static final String REACH = "Sts:Reach-I";
    public static final String STATUS = "Sts:Status-Sts";
    public static final String ABORT = "Cmd:Abort-Cmd";

    private static final Logger LOG = LoggerFactory.getLogger(PvaGovernor.class);
    private static final String DEVICE = "governor";
    private static final Duration ABORT_TIMEOUT = Duration.ofSeconds(2);

    private final GovernorSpec spec;
    private final PvChannel go;
    private final PvChannel state;
    private final PvChannel busy;
    private final PvChannel status;
    private final PvChannel abort;

    public PvaGovernor(ChannelSet channels, GovernorSpec spec) {
        this.spec = spec;
        String p = spec.pvPrefix();
        go = channels.onDemand(DEVICE, p + GO);
        state = channels.monitored(DEVICE, p + STATE);
        busy = channels.monitored(DEVICE, p + BUSY);
        status = channels.monitored(DEVICE, p + STATUS);
        abort = channels.onDemand(DEVICE, p + ABORT);
    }

    @Override
    public GovernorSpec spec() {
        return spec;
    }

    @Override
    public String state() {
        return state.getString();
    }

    @Override
    public boolean isBusy() {
        return busy.getBoolean();
    }

    @Override
    public boolean canReach(String target) {
        return spec.allows(state(), target);
    }

    @Override
    public void transitionTo(String target, Duration timeout) {
        if (!spec.states().contains(target)) {
            throw new DeviceException(DEVICE, go.name(), Fault.REFUSED, "unknown governor state '" + target
                    + "'; states are " + spec.states());
        }
        long deadline = Waits.deadline(timeout);
        String from = PvValues.asString(state.read(Waits.remaining(deadline)));
        boolean running = PvValues.asBoolean(busy.read(Waits.remaining(deadline)));
        if (running) {
            throw new DeviceException(DEVICE, busy.name(), Fault.REFUSED, "busy with a transition from " + from
                    + "; cannot go to " + target);
        }
        if (from.equals(target)) {
            return;
        }
        if (!spec.allows(from, target)) {
            throw new DeviceException(DEVICE, go.name(), Fault.REFUSED, "transition " + from + " -> " + target
                    + " is not allowed; from " + from + " the profile allows " + spec.reachableFrom(from));
        }
        LOG.info("governor: {} -> {}", from, target);
        Waits.await(go.putAsync(target), deadline, DEVICE, go.name(), from + " -> " + target);
        busy.read(Waits.remaining(deadline));
        busy.await(s -> !PvValues.asBoolean(s), Waits.remaining(deadline), "transition " + from + " -> " + target);
        String reached = PvValues.asString(state.read(Waits.remaining(deadline)));
        if (!reached.equals(target)) {
            throw new DeviceException(DEVICE, state.name(), Fault.FAILED, "transition " + from + " -> " + target
                    + " ended in " + reached + ": " + PvValues.asString(status.read(Waits.remaining(deadline))));
        }
    }

    @Override
    public void abort() {
        LOG.warn("governor: abort");
        abort.put(1, ABORT_TIMEOUT);
    }

    @Override
    public void close() {
        List.of(go, state, busy, status, abort).forEach(PvChannel::close);
    }
}
