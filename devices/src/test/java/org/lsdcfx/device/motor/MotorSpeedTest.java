package org.lsdcfx.device.motor;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lsdcfx.device.DeviceException;
import org.lsdcfx.device.DeviceException.Fault;
import org.lsdcfx.device.test.Await;
import org.lsdcfx.device.test.SimulatedBeamline;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Motor speed over PVA against the simulator: read fresh, set within (0, profile speed], refused before anything is
 * written otherwise, and moves going at the speed set (seen in the order moves finish, which the simulator's own
 * clock decides).
 */
class MotorSpeedTest {
    private static final Duration T = Duration.ofSeconds(10);

    @RegisterExtension
    static SimulatedBeamline sim = new SimulatedBeamline("MS", 0.1);

    private Motor omega() {
        return sim.beamline().goniometer().omega();
    }

    @AfterEach
    void fullSpeed() {
        omega().setSpeed(omega().maxSpeed(), T);
    }

    @Test
    void speedIsReadFreshAndSetUpToTheProfileSpeed() throws Exception {
        Motor omega = omega();
        assertEquals(90.0, omega.maxSpeed(), "the SIM profile's omega speed");
        assertEquals(90.0, omega.speed());
        omega.setSpeed(0.4, T);
        assertEquals(0.4, omega.speed());
        assertEquals(0.4, sim.simulator().controls().motorSpeed("omega"));
        sim.put(omega.pv() + ".VELO", 45.0); // another client
        assertEquals(45.0, omega.speed(), "read from the motor, not remembered");
        omega.setSpeed(90.0, T);
        assertEquals(90.0, sim.simulator().controls().motorSpeed("omega"));
    }

    @Test
    void aSpeedOutsideTheRangeIsRefusedBeforeAnythingIsWritten() {
        Motor omega = omega();
        omega.setSpeed(30.0, T);
        assertEquals("", sim.simulator().controls().lastControlMessage());
        for (double bad : new double[] {0, -2, 90.01, Double.NaN, Double.POSITIVE_INFINITY}) {
            DeviceException e = assertThrows(DeviceException.class, () -> omega.setSpeed(bad, T), "speed " + bad);
            assertEquals(Fault.REFUSED, e.fault());
            assertTrue(e.getMessage().contains("omega") && e.getMessage().contains(omega.pv() + ".VELO")
                    && e.getMessage().contains("outside (0, 90.0]"), e.getMessage());
            assertEquals(30.0, omega.speed());
        }
        // The simulator would have said why on {Sim}Status-I had a refused write reached it.
        assertEquals("", sim.simulator().controls().lastControlMessage());
    }

    @Test
    void movesGoAtTheSpeedSet() {
        Motor omega = omega();
        Motor y = sim.beamline().goniometer().y();
        double o0 = omega.position();
        double y0 = y.position();
        // Both motors tick on the simulator's clock: sampleY at its 1000 um/s is the reference, so omega at 1 deg/s
        // has turned 1 deg for every 1000 um sampleY has travelled (at the profile speed omega would be done).
        omega.setSpeed(1.0, T);
        CompletableFuture<Double> slow = omega.moveTo(o0 + 9, T);
        CompletableFuture<Double> reference = y.moveTo(y0 + 9000, T);
        Await.until(T, () -> sim.simulator().controls().motorPosition("sampleY") >= y0 + 4000, "sampleY 4 mm on");
        double turned = sim.simulator().controls().motorPosition("omega") - o0;
        double travelled = sim.simulator().controls().motorPosition("sampleY") - y0;
        assertEquals(travelled / 1000, turned, 1.2, "omega turned " + turned + " deg while sampleY travelled "
                + travelled + " um");
        assertFalse(slow.isDone());
        assertTrue(omega.isMoving());
        assertEquals(o0 + 9, slow.join(), 0.01);
        reference.join();
        omega.setSpeed(omega.maxSpeed(), T);
        y.moveAndWait(y0, T);
    }
}
