package org.lsdcfx.device.fluorescence;

import org.lsdcfx.device.DeviceException;
import org.lsdcfx.device.DeviceException.Fault;
import org.lsdcfx.device.pva.ChannelSet;
import org.lsdcfx.device.pva.PvChannel;
import org.lsdcfx.device.pva.PvValues;
import org.lsdcfx.device.pva.Waits;
import org.lsdcfx.mxtools.profile.BeamlineProfile;
import org.lsdcfx.mxtools.profile.Descriptors;

import java.time.Duration;
import java.util.List;

/**
 * {@link FluorescenceDetector} over the Mercury MCA PVs: {@code mcaRoiLo/Hi}, {@code mercuryPresetReal},
 * {@code mercuryEraseStart}, {@code mercuryAcquiring}, {@code mercuryRoiCounts}, {@code mercurySpectrum}.
 */
public final class MercuryMca implements FluorescenceDetector, AutoCloseable {
    private static final String DEVICE = "mercury";
    private final PvChannel roiLo;
    private final PvChannel roiHi;
    private final PvChannel presetReal;
    private final PvChannel eraseStart;
    private final PvChannel acquiring;
    private final PvChannel roiCounts;
    private final PvChannel spectrum;

    public MercuryMca(ChannelSet channels, BeamlineProfile profile) {
        roiLo = channels.monitored(DEVICE, profile.pv(Descriptors.MCA_ROI_LO));
        roiHi = channels.monitored(DEVICE, profile.pv(Descriptors.MCA_ROI_HI));
        presetReal = channels.onDemand(DEVICE, profile.pv(Descriptors.MERCURY_PRESET_REAL));
        eraseStart = channels.onDemand(DEVICE, profile.pv(Descriptors.MERCURY_ERASE_START));
        acquiring = channels.monitored(DEVICE, profile.pv(Descriptors.MERCURY_ACQUIRING));
        roiCounts = channels.onDemand(DEVICE, profile.pv(Descriptors.MERCURY_ROI_COUNTS));
        spectrum = channels.onDemand(DEVICE, profile.pv(Descriptors.MERCURY_SPECTRUM));
    }

    @Override
    public void setRoi(McaRoi roi, Duration timeout) {
        long deadline = Waits.deadline(timeout);
        roiLo.put(roi.lo(), Waits.remaining(deadline));
        roiHi.put(roi.hi(), Waits.remaining(deadline));
    }

    @Override
    public McaRoi roi() {
        return new McaRoi(roiLo.getInt(), roiHi.getInt());
    }

    @Override
    public FluorescenceReading acquire(double seconds, Duration timeout) {
        if (!(seconds > 0) || Double.isInfinite(seconds)) {
            throw new DeviceException(DEVICE, presetReal.name(), Fault.REFUSED, "acquisition time must be > 0 s, was "
                    + seconds);
        }
        long deadline = Waits.deadline(timeout);
        presetReal.put(seconds, Waits.remaining(deadline));
        // An MCA record confirms EraseStart when the acquisition ends; the simulator at once. Either way, wait for it.
        Waits.await(eraseStart.putAsync(1), deadline, DEVICE, eraseStart.name(), "erase/start");
        acquiring.read(Waits.remaining(deadline));
        acquiring.await(s -> !PvValues.asBoolean(s), Waits.remaining(deadline), "acquisition finished");
        McaRoi roi = roi();
        double counts = PvValues.asDouble(roiCounts.read(Waits.remaining(deadline)));
        double[] spec = PvValues.asDoubleArray(spectrum.read(Waits.remaining(deadline)));
        return new FluorescenceReading(seconds, roi, counts, spec);
    }

    @Override
    public double[] spectrum() {
        return spectrum.convert(spectrum.get(), PvValues::asDoubleArray);
    }

    @Override
    public void close() {
        List.of(roiLo, roiHi, presetReal, eraseStart, acquiring, roiCounts, spectrum).forEach(PvChannel::close);
    }
}
