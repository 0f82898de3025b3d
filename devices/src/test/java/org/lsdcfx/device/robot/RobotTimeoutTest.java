package org.lsdcfx.device.robot;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lsdcfx.device.DeviceException;
import org.lsdcfx.device.DeviceException.Fault;
import org.lsdcfx.device.test.Await;
import org.lsdcfx.device.test.SimulatedBeamline;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A mount that outlasts its timeout (time scale 0.2: a 5 s mount takes 1 s) fails with TIMEOUT, not a hang. */
class RobotTimeoutTest {
    @RegisterExtension
    static SimulatedBeamline sim = new SimulatedBeamline("RTT", 0.2);

    @Test
    void tooShortATimeoutFailsInsteadOfHanging() {
        Robot robot = sim.beamline().robot();
        long t0 = System.nanoTime();
        DeviceException e = assertThrows(DeviceException.class, () -> robot.mount("4B", 3, "s",
                Duration.ofMillis(400)));
        long millis = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(Fault.TIMEOUT, e.fault());
        assertTrue(e.getMessage().contains("robot") && e.getMessage().contains("Busy"), e.getMessage());
        assertTrue(millis < 1000, "gave up after " + millis + " ms");
        // Our wait gave up; the robot itself finishes the mount.
        Await.until(Duration.ofSeconds(10), () -> sim.simulator().controls().mountedPin().equals("4B:3"),
                "robot to finish mounting 4B:3");
    }
}
