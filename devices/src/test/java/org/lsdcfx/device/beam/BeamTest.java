package org.lsdcfx.device.beam;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lsdcfx.device.DeviceException;
import org.lsdcfx.device.DeviceException.Fault;
import org.lsdcfx.device.camera.CameraImage;
import org.lsdcfx.device.camera.SampleCamera;
import org.lsdcfx.device.test.Await;
import org.lsdcfx.device.test.SimulatedBeamline;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Beam monitor, shutter, attenuator, energy and cameras against the simulator. */
class BeamTest {
    private static final Duration T = Duration.ofSeconds(10);

    @RegisterExtension
    static SimulatedBeamline sim = new SimulatedBeamline("BT", 0.01);

    @Test
    void beamDumpIsSeenBySubscribers() throws Exception {
        BeamMonitor beam = sim.beamline().beamMonitor();
        List<Boolean> seen = new CopyOnWriteArrayList<>();
        AutoCloseable sub = beam.onBeamAvailableChange(seen::add);
        try {
            Await.until(T, () -> seen.contains(true), "initial beam-available value");
            assertTrue(beam.ringCurrent() > 300);

            // Through the simulator's control PV, as an operator script would.
            sim.put(sim.simulator().config().controlPrefix() + "Beam:Dump-Cmd", 1);
            Await.until(T, () -> seen.contains(false), "beam dump notification");
            assertFalse(beam.awaitBeamAvailable(Duration.ofMillis(100)));
            Await.until(T, () -> beam.ringCurrent() == 0 && beam.flux() == 0, "current and flux to drop");

            sim.simulator().controls().restoreBeam();
            assertTrue(beam.awaitBeamAvailable(T));
            Await.until(T, () -> seen.size() >= 3 && seen.get(seen.size() - 1), "restore notification");
        } finally {
            sub.close();
        }
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i) != seen.get(i - 1), "only changes are reported: " + seen);
        }
    }

    @Test
    void shutterOpensAndCloses() {
        FastShutter shutter = sim.beamline().fastShutter();
        shutter.open(T);
        assertEquals(ShutterState.OPEN, shutter.state());
        shutter.close(T);
        assertEquals(ShutterState.CLOSED, shutter.state());
    }

    @Test
    void transmissionIsSetAndOutOfRangeRefused() {
        Transmission t = sim.beamline().transmission();
        t.set(0.25, T);
        assertEquals(0.25, t.readback(), 1e-4);
        DeviceException e = assertThrows(DeviceException.class, () -> t.set(1.5, T));
        assertEquals(Fault.REFUSED, e.fault());
        assertEquals(0.25, t.setpoint(), 1e-9);
        t.set(1.0, T);
        assertEquals(1.0, t.readback(), 1e-4);
    }

    @Test
    void energyMovesInsideTheProfileRangeOnly() {
        EnergyDevice energy = sim.beamline().energy();
        assertEquals(12650.0, energy.setEnergy(12650.0, T), 0.5);
        assertEquals(12398.42 / 12650.0, energy.wavelength(), 1e-4);
        DeviceException e = assertThrows(DeviceException.class, () -> energy.setEnergy(18500.0, T));
        assertEquals(Fault.REFUSED, e.fault()); // inside the motor limits, outside the beamline's range
        assertEquals(12650.0, energy.energy(), 0.5);
    }

    @Test
    void camerasDeliverImagesWithFieldOfView() {
        SampleCamera low = sim.beamline().lowMagCamera();
        CameraImage image = low.latestImage();
        assertEquals(640, image.width());
        assertEquals(512, image.height());
        assertEquals(1600.0, low.fieldOfView().widthUm());
        assertEquals(2.5, low.fieldOfView().umPerPixelX(image.width()), 1e-9);
        // The loop ring is darker than the background: the image is not blank.
        int min = 255;
        int max = 0;
        for (byte b : image.pixels()) {
            min = Math.min(min, b & 0xff);
            max = Math.max(max, b & 0xff);
        }
        assertTrue(max - min > 100, "contrast " + min + ".." + max);
    }
}
