package org.lsdcfx.sim;

import org.epics.pva.server.PVAServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lsdcfx.mxtools.profile.BeamlineProfile;
import org.lsdcfx.mxtools.profile.Descriptors;
import org.lsdcfx.sim.device.SimMotor;
import org.lsdcfx.sim.pv.ControlStatus;
import org.lsdcfx.sim.pv.PvHost;
import org.lsdcfx.sim.pv.SimThread;
import org.lsdcfx.sim.support.SimClient;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A motor's {@code .VELO} written over PVA: a speed in (0, profile speed] is taken and the next moves (and the one under
 * way) go at it; anything else is refused, changes nothing and says why on {@code {Sim}Status-I}. The motors here are
 * not ticked by the simulator's clock but by the test, in simulated seconds, so durations are asserted exactly.
 */
class SimMotorSpeedTest {
    private static final Logger PVA_LOG = Logger.getLogger("org.epics.pva");

    @TempDir
    static Path data;
    static PVAServer server;
    static SimThread sim;
    static ControlStatus status;
    static SimMotor omega;
    static String velo;
    static String val;
    static SimClient pva;

    @BeforeAll
    static void start() throws Exception {
        PVA_LOG.setLevel(Level.SEVERE);
        PvaPorts.free().applyLoopback();
        server = new PVAServer();
        sim = new SimThread("sim-motor-test", 1.0);
        PvHost host = new PvHost(server, sim);
        BeamlineProfile profile = SimConfig.of("SMS", 1.0, data).profile();
        status = new ControlStatus(host, "SMS{Sim}");
        omega = new SimMotor(host, status, Descriptors.OMEGA, profile.motor(Descriptors.OMEGA), 0);
        val = profile.motor(Descriptors.OMEGA).pv();
        velo = val + ".VELO";
        pva = new SimClient(profile);
    }

    @AfterAll
    static void stop() {
        pva.close();
        sim.close();
        server.close();
    }

    @BeforeEach
    void atRestAtZeroAtFullSpeed() throws Exception {
        pva.put(velo, 90.0);
        pva.put(val, 0.0);
        onSim(() -> {
            omega.tick(100);
            return null;
        });
    }

    private static <T> T onSim(Callable<T> work) throws Exception {
        return sim.call(work);
    }

    private static double tick(double simSeconds) throws Exception {
        return onSim(() -> {
            omega.tick(simSeconds);
            return omega.position();
        });
    }

    @Test
    void aSpeedUpToTheProfileSpeedIsTakenAndAnyOtherIsRefused() throws Exception {
        pva.put(velo, 0.4);
        assertEquals(0.4, pva.readDouble(velo));
        assertEquals(0.4, onSim(omega::speed));
        assertEquals("", status.message());
        pva.put(velo, 90.0);
        assertEquals(90.0, onSim(omega::speed), "the profile speed itself is allowed");

        pva.put(velo, 9.0);
        for (double bad : new double[] {0.0, -1.0, 90.5, Double.NaN, Double.POSITIVE_INFINITY}) {
            Exception e = assertThrows(Exception.class, () -> pva.put(velo, bad), "speed " + bad);
            assertTrue(e.getMessage().contains("Write failed"), e.getMessage());
            assertEquals(9.0, pva.readDouble(velo), "unchanged after " + bad);
            assertEquals(9.0, onSim(omega::speed));
            assertTrue(status.message().startsWith(velo + ": omega speed " + bad + " deg/s is outside (0, 90.0]"),
                    status.message());
        }
    }

    @Test
    void aMoveTakesItsDistanceOverTheCurrentSpeedInSimulatedTime() throws Exception {
        pva.put(velo, 9.0);
        pva.put(val, 9.0);
        assertEquals(4.5, tick(0.5), 1e-9);
        assertEquals(6.75, tick(0.25), 1e-9);
        assertTrue(onSim(omega::isMoving), "at 9 deg/s a 9 deg move lasts 1 s; at the profile speed 0.1 s");
        assertEquals(1.0, pva.readDouble(val + ".MOVN"));
        assertEquals(9.0, tick(0.25), 1e-9);
        assertFalse(onSim(omega::isMoving));
        assertEquals(1.0, pva.readDouble(val + ".DMOV"));
        assertEquals(9.0, pva.readDouble(val + ".RBV"), 1e-9);
    }

    @Test
    void aSpeedWrittenDuringAMoveAppliesFromTheNextTick() throws Exception {
        pva.put(val, 90.0);
        assertEquals(9.0, tick(0.1), 1e-9);
        pva.put(velo, 4.5);
        assertEquals(13.5, tick(1.0), 1e-9);
        pva.put(velo, 90.0);
        assertEquals(90.0, tick(0.9), 1e-9); // 76.5 deg left at 90 deg/s: 0.85 s
        assertFalse(onSim(omega::isMoving));
    }
}
