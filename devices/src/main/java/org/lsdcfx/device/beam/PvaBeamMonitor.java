package org.lsdcfx.device.beam;

import org.lsdcfx.device.DeviceException;
import org.lsdcfx.device.DeviceException.Fault;
import org.lsdcfx.device.pva.ChannelSet;
import org.lsdcfx.device.pva.PvChannel;
import org.lsdcfx.device.pva.PvValues;
import org.lsdcfx.mxtools.profile.BeamlineProfile;
import org.lsdcfx.mxtools.profile.Descriptors;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/** {@link BeamMonitor} over {@code ringCurrent}, {@code beamAvailable} and {@code flux}, all monitored. */
public final class PvaBeamMonitor implements BeamMonitor, AutoCloseable {
    private static final String DEVICE = "beam";
    private final PvChannel ringCurrent;
    private final PvChannel beamAvailable;
    private final PvChannel flux;

    public PvaBeamMonitor(ChannelSet channels, BeamlineProfile profile) {
        ringCurrent = channels.monitored(DEVICE, profile.pv(Descriptors.RING_CURRENT));
        beamAvailable = channels.monitored(DEVICE, profile.pv(Descriptors.BEAM_AVAILABLE));
        flux = channels.monitored(DEVICE, profile.pv(Descriptors.FLUX));
    }

    @Override
    public double ringCurrent() {
        return ringCurrent.getDouble();
    }

    @Override
    public boolean beamAvailable() {
        return beamAvailable.getBoolean();
    }

    @Override
    public double flux() {
        return flux.getDouble();
    }

    @Override
    public AutoCloseable onBeamAvailableChange(Consumer<Boolean> listener) {
        // Per-listener last value: monitor updates can repeat a value (alarm or timestamp changes).
        AtomicReference<Boolean> last = new AtomicReference<>();
        return beamAvailable.addListener(s -> {
            boolean now = PvValues.asBoolean(s);
            Boolean before = last.getAndSet(now);
            if (before == null || before != now) {
                listener.accept(now);
            }
        });
    }

    @Override
    public boolean awaitBeamAvailable(Duration timeout) {
        try {
            beamAvailable.await(PvValues::asBoolean, timeout, "beam available");
            return true;
        } catch (DeviceException e) {
            if (e.fault() == Fault.TIMEOUT) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void close() {
        ringCurrent.close();
        beamAvailable.close();
        flux.close();
    }
}
