package org.lsdcfx.device.motor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lsdcfx.device.DeviceException;
import org.lsdcfx.device.DeviceException.Fault;
import org.lsdcfx.device.test.Await;
import org.lsdcfx.device.test.SimulatedBeamline;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Motors over PVA against the simulator (time scale 0.1, so a long omega move lasts seconds). */
class MotorTest {
    private static final Duration T = Duration.ofSeconds(10);

    @RegisterExtension
    static SimulatedBeamline sim = new SimulatedBeamline("MT", 0.1);

    @Test
    void moveArrivesWithinTolerance() {
        Motor omega = sim.beamline().goniometer().omega();
        double end = omega.moveAndWait(omega.position() + 30, T);
        assertEquals(omega.setpoint(), end, 0.01);
        assertEquals(sim.simulator().controls().motorPosition("omega"), end, 0.01);
        assertFalse(omega.isMoving());

        Motor x = sim.beamline().goniometer().x();
        assertEquals(-250.0, x.moveTo(-250.0, T).join(), 0.5);
        assertEquals(-250.0, x.position(), 0.5);
    }

    @Test
    void targetOutsideLimitsIsRefusedAndNothingMoves() {
        Motor z = sim.beamline().goniometer().z();
        double before = z.position();
        double setBefore = z.setpoint();
        DeviceException e = assertThrows(DeviceException.class, () -> z.moveTo(z.limits().high() + 1, T));
        assertEquals(Fault.REFUSED, e.fault());
        assertTrue(e.getMessage().contains("sampleZ") && e.getMessage().contains(z.pv()), e.getMessage());
        assertThrows(DeviceException.class, () -> z.moveTo(Double.NaN, T));
        assertEquals(setBefore, z.setpoint());
        assertEquals(before, sim.simulator().controls().motorPosition("sampleZ"));
        assertFalse(sim.simulator().controls().motorMoving("sampleZ"));
    }

    @Test
    void simulatorRefusesOutOfLimitWritesFromAnyClient() {
        Motor dist = sim.beamline().detectorDistance();
        double before = dist.setpoint();
        Exception e = assertThrows(Exception.class, () -> sim.put(dist.pv(), 5000.0));
        assertTrue(e.getMessage().contains("Write failed"), e.getMessage());
        assertEquals(before, dist.setpoint());
    }

    @Test
    void stopDuringLongMoveHaltsWithinBoundedTime() {
        Motor omega = sim.beamline().goniometer().omega();
        double start = omega.position();
        double target = start + 3000; // 33 s simulated, 3.3 s real at this time scale
        CompletableFuture<Double> move = omega.moveTo(target, T);
        Await.until(T, () -> omega.position() > start + 5, "omega to start moving");
        long t0 = System.nanoTime();
        omega.stop();
        double stoppedAt = omega.awaitStopped(Duration.ofSeconds(2));
        long stopMillis = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(stopMillis < 2000, "stop took " + stopMillis + " ms");
        assertTrue(stoppedAt < target - 100, "stopped at " + stoppedAt);
        CompletionException failed = assertThrows(CompletionException.class, move::join);
        DeviceException cause = (DeviceException) failed.getCause();
        assertEquals(Fault.FAILED, cause.fault());
        assertTrue(cause.getMessage().contains("short of target"), cause.getMessage());
        double settled = sim.simulator().controls().motorPosition("omega");
        assertEquals(stoppedAt, settled, 0.01);
    }

    @Test
    void stalledMotorTimesOutNamingThePv() {
        Motor fineY = sim.beamline().goniometer().fineY();
        sim.simulator().controls().stallNextMove("fineY");
        DeviceException e = assertThrows(DeviceException.class,
                () -> fineY.moveAndWait(fineY.position() + 10, Duration.ofMillis(500)));
        assertEquals(Fault.TIMEOUT, e.fault());
        assertTrue(e.getMessage().contains("fineY") && e.getMessage().contains(".DMOV"), e.getMessage());
        fineY.stop();
        fineY.awaitStopped(T);
        assertEquals(fineY.position() + 5, fineY.moveAndWait(fineY.position() + 5, T), 0.1);
    }

    @Test
    void goniometerStopAllStopsEveryAxis() {
        Goniometer g = sim.beamline().goniometer();
        CompletableFuture<Double> x = g.x().moveTo(9000, T);
        CompletableFuture<Double> y = g.y().moveTo(9000, T);
        Await.until(T, () -> g.x().isMoving() && g.y().isMoving(), "x and y to move");
        g.stopAll();
        assertThrows(CompletionException.class, x::join);
        assertThrows(CompletionException.class, y::join);
        assertTrue(g.x().position() < 9000 && g.y().position() < 9000);
    }
}
