package org.lsdcfx.device;

import org.epics.pva.client.PVAClient;
import org.lsdcfx.device.beam.MonochromatorEnergy;
import org.lsdcfx.device.beam.PvaBeamMonitor;
import org.lsdcfx.device.beam.PvaFastShutter;
import org.lsdcfx.device.beam.PvaTransmission;
import org.lsdcfx.device.camera.PvaSampleCamera;
import org.lsdcfx.device.detector.EigerDetector;
import org.lsdcfx.device.fluorescence.MercuryMca;
import org.lsdcfx.device.governor.PvaGovernor;
import org.lsdcfx.device.motor.MotorGoniometer;
import org.lsdcfx.device.motor.PvaMotor;
import org.lsdcfx.device.pva.ChannelSet;
import org.lsdcfx.device.robot.PvaRobot;
import org.lsdcfx.mxtools.profile.BeamlineProfile;
import org.lsdcfx.mxtools.profile.Descriptors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Builds a {@link Beamline} of PVA-client devices from a profile. */
public final class BeamlineDevices {
    private static final Logger LOG = LoggerFactory.getLogger(BeamlineDevices.class);
    /** Upper bound of a single read or put confirmation, seconds. */
    public static final int MAX_IO_SECONDS = 5;
    private static final AtomicInteger WAITER_IDS = new AtomicInteger();

    private BeamlineDevices() {
    }

    /**
     * Creates every device of {@code profile} on {@code client} and connects all their PVs, waiting at most
     * {@code connectTimeout} in total. Each later single read or write (put-callback confirmation) is bounded by
     * the smaller of {@code connectTimeout} and {@value #MAX_IO_SECONDS} s; waits for motion and other long work
     * take their own timeouts.
     *
     * @throws DeviceException {@code DISCONNECTED} naming every PV that did not connect (nothing is left open)
     */
    public static Beamline connect(PVAClient client, BeamlineProfile profile, Duration connectTimeout) {
        Duration io = connectTimeout.compareTo(Duration.ofSeconds(MAX_IO_SECONDS)) < 0 ? connectTimeout
                : Duration.ofSeconds(MAX_IO_SECONDS);
        ChannelSet channels = new ChannelSet(client, io);
        // Completion waits of motor moves run here; idle threads die after a few seconds, so nothing to shut down.
        ExecutorService waits = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 5, TimeUnit.SECONDS,
                new SynchronousQueue<>(), r -> {
            Thread t = new Thread(r, "device-wait-" + WAITER_IDS.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        MotorGoniometer goniometer = new MotorGoniometer(
                motor(channels, profile, Descriptors.OMEGA, waits),
                motor(channels, profile, Descriptors.SAMPLE_X, waits),
                motor(channels, profile, Descriptors.SAMPLE_Y, waits),
                motor(channels, profile, Descriptors.SAMPLE_Z, waits),
                motor(channels, profile, Descriptors.FINE_X, waits),
                motor(channels, profile, Descriptors.FINE_Y, waits),
                motor(channels, profile, Descriptors.FINE_Z, waits));
        Beamline beamline = new Beamline(profile, goniometer,
                motor(channels, profile, Descriptors.DETECTOR_DIST, waits),
                new EigerDetector(channels, profile.detector()),
                new PvaFastShutter(channels, profile),
                new PvaTransmission(channels, profile),
                new MonochromatorEnergy(motor(channels, profile, Descriptors.ENERGY, waits), profile.energyRange()),
                new PvaBeamMonitor(channels, profile),
                new MercuryMca(channels, profile),
                new PvaRobot(channels, profile),
                new PvaGovernor(channels, profile.governor()),
                new PvaSampleCamera(channels, Descriptors.LOW_MAG_CAMERA, profile.camera(Descriptors.LOW_MAG_CAMERA)),
                new PvaSampleCamera(channels, Descriptors.HIGH_MAG_CAMERA,
                        profile.camera(Descriptors.HIGH_MAG_CAMERA)));
        long start = System.nanoTime();
        channels.connectAll(connectTimeout);
        LOG.info("beamline {} connected in {} ms", profile.name(), (System.nanoTime() - start) / 1_000_000);
        return beamline;
    }

    private static PvaMotor motor(ChannelSet channels, BeamlineProfile profile, String name, ExecutorService waits) {
        return PvaMotor.create(channels, name, profile.motor(name), waits);
    }
}
