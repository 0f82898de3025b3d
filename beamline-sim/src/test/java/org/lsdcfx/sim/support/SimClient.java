package org.lsdcfx.sim.support;

import org.epics.pva.client.PVAChannel;
import org.epics.pva.client.PVAClient;
import org.epics.pva.data.PVAByteArray;
import org.epics.pva.data.PVADoubleArray;
import org.epics.pva.data.PVANumber;
import org.epics.pva.data.PVAString;
import org.lsdcfx.mxtools.profile.BeamlineProfile;
import org.lsdcfx.mxtools.profile.Descriptors;
import org.lsdcfx.mxtools.profile.MotorSpec;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * A plain core-pva client driving the simulator as the daq server would (no device layer: that lives in
 * {@code devices}, which depends on this module): reads, put-callback writes, motor moves, detector series.
 * Channels are cached. For one test thread.
 */
public final class SimClient implements AutoCloseable {
    private static final Duration T = Duration.ofSeconds(10);
    private final PVAClient client;
    private final BeamlineProfile profile;
    private final Map<String, PVAChannel> channels = new ConcurrentHashMap<>();

    public SimClient(BeamlineProfile profile) throws Exception {
        this.client = new PVAClient();
        this.profile = profile;
    }

    private PVAChannel channel(String pv) throws Exception {
        PVAChannel ch = channels.get(pv);
        if (ch == null) {
            ch = client.getChannel(pv);
            ch.connect().get(30, TimeUnit.SECONDS);
            channels.put(pv, ch);
        }
        return ch;
    }

    /** Put-callback write; throws if the simulator refuses it. */
    public void put(String pv, Object value) throws Exception {
        channel(pv).write(true, "value", value).get(5, TimeUnit.SECONDS);
    }

    public double readDouble(String pv) throws Exception {
        return ((PVANumber) channel(pv).read("").get(5, TimeUnit.SECONDS).get("value")).getNumber().doubleValue();
    }

    public String readString(String pv) throws Exception {
        return ((PVAString) channel(pv).read("").get(5, TimeUnit.SECONDS).get("value")).get();
    }

    public byte[] readBytes(String pv) throws Exception {
        return ((PVAByteArray) channel(pv).read("").get(5, TimeUnit.SECONDS).get("value")).get();
    }

    public double[] readDoubles(String pv) throws Exception {
        return ((PVADoubleArray) channel(pv).read("").get(5, TimeUnit.SECONDS).get("value")).get();
    }

    private double quietDouble(String pv) {
        try {
            return readDouble(pv);
        } catch (Exception e) {
            return Double.NaN;
        }
    }

    private String quietString(String pv) {
        try {
            return readString(pv);
        } catch (Exception e) {
            return "";
        }
    }

    /** Moves a motor (by descriptor) and waits until it is at rest at the target. */
    public void move(String motor, double target) throws Exception {
        MotorSpec m = profile.motor(motor);
        put(m.pv(), target);
        Await.until(T, () -> quietDouble(m.pv() + ".DMOV") == 1.0
                && Math.abs(quietDouble(m.pv() + ".RBV") - target) <= m.tolerance(), motor + " at " + target);
    }

    /** Moves the goniometer (coarse sample stages, µm, and omega) and waits for all four. */
    public void goniometer(double xUm, double yUm, double zUm, double omegaDeg) throws Exception {
        move(Descriptors.SAMPLE_X, xUm);
        move(Descriptors.SAMPLE_Y, yUm);
        move(Descriptors.SAMPLE_Z, zUm);
        move(Descriptors.OMEGA, omegaDeg);
    }

    public void openShutter() throws Exception {
        put(profile.pv(Descriptors.FAST_SHUTTER), 1);
        Await.until(T, () -> quietDouble(profile.pv(Descriptors.FAST_SHUTTER_STATE)) == 1.0, "shutter open");
    }

    /**
     * Takes a series as LSDC would (Eiger internal series: parameters, Acquire = 1, Trigger = 1) and waits until the
     * detector is Idle again with all frames written.
     */
    public void series(String directory, String name, int images, int perFile, double omegaStart,
                       double omegaIncrement) throws Exception {
        String d = profile.detector().pvPrefix() + "cam1:";
        put(d + "NumImages", images);
        put(d + "AcquireTime", 0.02);
        put(d + "AcquirePeriod", 0.02);
        put(d + "FilePath", directory);
        put(d + "FWNamePattern", name);
        put(d + "FWNImagesPerFile", perFile);
        put(d + "OmegaStart", omegaStart);
        put(d + "OmegaIncr", omegaIncrement);
        put(d + "Acquire", 1);
        String state = quietString(d + "DetectorState_RBV");
        if (!"Armed".equals(state)) {
            throw new AssertionError("detector did not arm: " + state + ", " + readString(d + "StatusMessage_RBV"));
        }
        put(d + "Trigger", 1);
        Await.until(T, () -> "Idle".equals(quietString(d + "DetectorState_RBV"))
                && quietDouble(d + "NumImagesCounter_RBV") == images, name + ": " + images + " frames written");
    }

    @Override
    public void close() {
        channels.values().forEach(PVAChannel::close);
        client.close();
    }
}
