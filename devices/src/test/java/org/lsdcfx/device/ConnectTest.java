package org.lsdcfx.device;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lsdcfx.device.DeviceException.Fault;
import org.lsdcfx.device.test.SimulatedBeamline;
import org.lsdcfx.mxtools.profile.BeamlineProfile;
import org.lsdcfx.mxtools.profile.Descriptors;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Connecting a beamline: a PV nobody serves gives a timeout naming it, not a hang. */
class ConnectTest {
    @RegisterExtension
    static SimulatedBeamline sim = new SimulatedBeamline("CT", 0.01);

    @Test
    void aPvThatNeverConnectsTimesOutNamingThePv() {
        String missing = "CT{Beam}NoSuchPV-I";
        BeamlineProfile broken = sim.profile().mapPvNames(pv -> pv.equals(sim.profile().pv(Descriptors.FLUX))
                ? missing : pv);
        long t0 = System.nanoTime();
        DeviceException e = assertThrows(DeviceException.class,
                () -> BeamlineDevices.connect(sim.client(), broken, Duration.ofMillis(1500)));
        long millis = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(Fault.DISCONNECTED, e.fault());
        assertEquals(missing, e.pv());
        assertTrue(e.getMessage().contains(missing) && e.getMessage().contains("beam"), e.getMessage());
        assertTrue(millis < 5000, "took " + millis + " ms");
    }

    @Test
    void connectedBeamlineHasEveryDevice() {
        Beamline bl = sim.beamline();
        assertEquals(7, bl.goniometer().axes().size());
        assertEquals("SE", bl.governor().state());
        assertTrue(bl.beamMonitor().beamAvailable());
        assertEquals(300.0, bl.detectorDistance().position(), 0.01);
        assertTrue(bl.stopAll().isEmpty());
    }
}
