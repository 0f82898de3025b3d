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

/**
 * {@link Transmission} over LSDC's BCU descriptors: write {@code transmissionSet}, then {@code transmissionGo}, then
 * wait for {@code transmissionDone}; {@code transmissionRBV} is the achieved value (filters are discrete, so it
 * may differ slightly from the set-point).
 */
public final class PvaTransmission implements Transmission, AutoCloseable {
    private static final String DEVICE = "transmission";
    private final PvChannel set;
    private final PvChannel go;
    private final PvChannel done;
    private final PvChannel rbv;

    public PvaTransmission(ChannelSet channels, BeamlineProfile profile) {
        set = channels.monitored(DEVICE, profile.pv(Descriptors.TRANSMISSION_SET));
        go = channels.onDemand(DEVICE, profile.pv(Descriptors.TRANSMISSION_GO));
        done = channels.monitored(DEVICE, profile.pv(Descriptors.TRANSMISSION_DONE));
        rbv = channels.monitored(DEVICE, profile.pv(Descriptors.TRANSMISSION_RBV));
    }

    @Override
    public void set(double fraction, Duration timeout) {
        if (!(fraction >= 0 && fraction <= 1)) {
            throw new DeviceException(DEVICE, set.name(), Fault.REFUSED, "transmission " + fraction
                    + " is outside 0..1; nothing changed");
        }
        long deadline = Waits.deadline(timeout);
        set.put(fraction, Waits.remaining(deadline));
        Waits.await(go.putAsync(1), deadline, DEVICE, go.name(), "go");
        done.read(Waits.remaining(deadline));
        done.await(PvValues::asBoolean, Waits.remaining(deadline), "transmission done");
    }

    @Override
    public double readback() {
        return rbv.getDouble();
    }

    @Override
    public double setpoint() {
        return set.getDouble();
    }

    @Override
    public void close() {
        set.close();
        go.close();
        done.close();
        rbv.close();
    }
}
