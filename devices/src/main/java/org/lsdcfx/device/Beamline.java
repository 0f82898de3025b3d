package org.lsdcfx.device;

import org.lsdcfx.device.beam.BeamMonitor;
import org.lsdcfx.device.beam.EnergyDevice;
import org.lsdcfx.device.beam.FastShutter;
import org.lsdcfx.device.beam.Transmission;
import org.lsdcfx.device.camera.SampleCamera;
import org.lsdcfx.device.detector.Detector;
import org.lsdcfx.device.fluorescence.FluorescenceDetector;
import org.lsdcfx.device.governor.Governor;
import org.lsdcfx.device.motor.Goniometer;
import org.lsdcfx.device.motor.Motor;
import org.lsdcfx.device.robot.Robot;
import org.lsdcfx.mxtools.profile.BeamlineProfile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * All devices of one beamline, built by {@link BeamlineDevices#connect}. Closing it releases the devices' PV
 * subscriptions and channels (not the {@code PVAClient}, which belongs to the caller).
 */
public record Beamline(BeamlineProfile profile, Goniometer goniometer, Motor detectorDistance, Detector detector,
                       FastShutter fastShutter, Transmission transmission, EnergyDevice energy,
                       BeamMonitor beamMonitor, FluorescenceDetector fluorescence, Robot robot, Governor governor,
                       SampleCamera lowMagCamera, SampleCamera highMagCamera) implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Beamline.class);

    /**
     * Stops motion and acquisition, each step bounded and independent of the others: all goniometer axes,
     * detector distance and energy stop, the detector disarms, the fast shutter is asked to close. The robot and
     * the governor are left alone (interrupting them mid-way is unsafe). Returns the failures (empty if none).
     */
    public List<DeviceException> stopAll() {
        List<DeviceException> failures = new ArrayList<>();
        List<Runnable> steps = new ArrayList<>();
        goniometer.axes().forEach(m -> steps.add(m::stop));
        steps.add(detectorDistance::stop);
        steps.add(energy::stop);
        steps.add(detector::disarm);
        steps.add(() -> fastShutter.close(java.time.Duration.ofSeconds(2)));
        for (Runnable step : steps) {
            try {
                step.run();
            } catch (DeviceException e) {
                LOG.warn("stopAll: {}", e.getMessage());
                failures.add(e);
            }
        }
        return failures;
    }

    /** Closes every device that holds PV resources; never throws. */
    @Override
    public void close() {
        List<Object> parts = new ArrayList<>(List.of(goniometer, detectorDistance, detector, fastShutter,
                transmission, energy, beamMonitor, fluorescence, robot, governor, lowMagCamera, highMagCamera));
        goniometer.axes().forEach(parts::add);
        parts.add(energy.motor());
        for (Object part : parts) {
            if (part instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    LOG.warn("closing {}: {}", part, e.getMessage());
                }
            }
        }
    }
}
