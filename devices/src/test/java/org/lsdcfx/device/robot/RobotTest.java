package org.lsdcfx.device.robot;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lsdcfx.device.DeviceException;
import org.lsdcfx.device.DeviceException.Fault;
import org.lsdcfx.device.governor.Governor;
import org.lsdcfx.device.test.SimulatedBeamline;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The robot device against the simulated robot (5 s mounts take 50 ms at time scale 0.01). */
class RobotTest {
    private static final Duration T = Duration.ofSeconds(10);

    @RegisterExtension
    static SimulatedBeamline sim = new SimulatedBeamline("RT", 0.01);

    private Robot robot() {
        return sim.beamline().robot();
    }

    @BeforeEach
    void sampleExchangeState() {
        Governor g = sim.beamline().governor();
        if (!g.state().equals("SE")) {
            g.transitionTo("SE", T);
        }
    }

    @Test
    void mountAndUnmount() {
        robot().mount("2B", 7, "sample-uid-1", T);
        RobotStatus mounted = robot().status();
        assertEquals("2B:7", mounted.mountedPinLabel().orElseThrow());
        assertEquals("sample-uid-1", mounted.mountedSample());
        assertEquals(RobotState.IDLE, mounted.state());
        assertEquals("2B:7", sim.simulator().controls().mountedPin());

        robot().mount("8C", 16, "sample-uid-2", T); // swaps: the robot returns 2B:7 first
        assertEquals("8C:16", robot().status().mountedPinLabel().orElseThrow());

        robot().unmount(T);
        assertFalse(robot().status().hasMounted());
        assertEquals("", sim.simulator().controls().mountedPin());
        robot().unmount(T); // nothing mounted: no-op
    }

    @Test
    void forcedFailureSurfacesWithTheRobotsMessage() {
        sim.simulator().controls().failNextMount("gripper collision (simulated)");
        DeviceException e = assertThrows(DeviceException.class, () -> robot().mount("1A", 1, "s", T));
        assertEquals(Fault.FAILED, e.fault());
        assertTrue(e.getMessage().contains("gripper collision (simulated)") && e.getMessage().contains("robot"),
                e.getMessage());
        assertEquals("gripper collision (simulated)", robot().lastError());
        assertEquals(RobotState.ERROR, robot().status().state());
        // Only the next mount fails.
        robot().mount("1A", 1, "s", T);
        assertEquals("", robot().lastError());
        robot().unmount(T);
    }

    @Test
    void failureInjectedThroughTheSimulatorControlPv() throws Exception {
        sim.put(sim.simulator().config().controlPrefix() + "Robot:FailNext-Cmd", "pin not detected");
        DeviceException e = assertThrows(DeviceException.class, () -> robot().mount("3A", 2, "s", T));
        assertTrue(e.getMessage().contains("pin not detected"), e.getMessage());
    }

    @Test
    void robotNeedsTheGovernorInSampleExchange() {
        sim.beamline().governor().transitionTo("SA", T);
        DeviceException e = assertThrows(DeviceException.class, () -> robot().mount("1A", 1, "s", T));
        assertEquals(Fault.FAILED, e.fault());
        assertTrue(e.getMessage().contains("needs SE"), e.getMessage());
        assertFalse(robot().status().hasMounted());
    }

    @Test
    void badPositionsAreRefusedBeforeAnythingIsWritten() {
        DeviceException slot = assertThrows(DeviceException.class, () -> robot().mount("9A", 1, "s", T));
        assertEquals(Fault.REFUSED, slot.fault());
        assertTrue(slot.getMessage().contains("9A"), slot.getMessage());
        DeviceException pin = assertThrows(DeviceException.class, () -> robot().mount("1A", 17, "s", T));
        assertEquals(Fault.REFUSED, pin.fault());
        assertFalse(robot().status().busy());
    }
}
