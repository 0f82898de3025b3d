package org.lsdcfx.daq.routine.raster;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntConsumer;
import org.lsdcfx.daq.control.AbortedException;
import org.lsdcfx.daq.routine.RoutineContext;
import org.lsdcfx.daq.routine.collect.CollectionException;
import org.lsdcfx.daq.routine.collect.SweepSpeeds;
import org.lsdcfx.device.Beamline;
import org.lsdcfx.device.DeviceException;
import org.lsdcfx.device.detector.ArmRequest;
import org.lsdcfx.device.motor.Goniometer;
import org.lsdcfx.device.motor.Motor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Flies a raster (LSDC's {@code snakeRasterBluesky} without Zebra): the sample stages at the raster centre, the fine
 * stages carry the beam along each row; the detector is armed once for all rows and triggered once, and each row's
 * move starts when its first frame does, on the clock of the trigger ({@link FlightPlan}). The flight runs in real
 * time: a simulator must run at time scale 1, as a beamline does. Coordinates are those of the sample stages with the
 * fine stages at zero (the point on the beam is sample stage + fine stage, as on the simulated goniometer); the
 * fine stages fly the offsets from the raster centre.
 *
 * <p>Used on the routine's thread only.
 */
final class RasterFlight {
    private static final Logger log = LoggerFactory.getLogger(RasterFlight.class);

    private final RoutineContext ctx;
    private final Beamline beamline;
    private final RasterGrid grid;
    private final FlightPlan plan;
    private final Duration deviceTimeout;

    RasterFlight(RoutineContext ctx, Beamline beamline, RasterGrid grid, FlightPlan plan, Duration deviceTimeout) {
        this.ctx = ctx;
        this.beamline = beamline;
        this.grid = grid;
        this.plan = plan;
        this.deviceTimeout = deviceTimeout;
    }

    /** Omega to the raster omega, sample stages to the raster centre, fine stages to the first row's start. */
    void toStart() throws RasterException {
        Goniometer g = beamline.goniometer();
        RasterDef def = grid.def();
        List<CompletableFuture<Double>> moves = new ArrayList<>(List.of(
                g.omega().moveTo(def.omega(), timeout(g.omega(), def.omega())),
                g.x().moveTo(def.x(), timeout(g.x(), def.x())),
                g.y().moveTo(def.y(), timeout(g.y(), def.y())),
                g.z().moveTo(def.z(), timeout(g.z(), def.z()))));
        moves.addAll(moveFine(grid.flights().get(0).start()));
        awaitAll(moves, "moving to the raster start");
    }

    /**
     * Arms, triggers and flies every row; {@code armed} runs between arming and the trigger (the series' files are
     * created, no frame is written yet), {@code rowFlown} is told each row once its move ended (its cells' coordinates
     * are then known). Returns when the detector is idle with every frame written.
     */
    void fly(ArmRequest arm, Runnable armed, IntConsumer rowFlown)
            throws RasterException, AbortedException, InterruptedException {
        SweepSpeeds speeds = flightSpeeds();
        try {
            if (speeds != null) {
                speeds.apply();
            }
            flyAt(arm, armed, rowFlown);
        } catch (CollectionException e) {
            throw new RasterException(e.getMessage(), e);
        } finally {
            if (speeds != null) {
                speeds.restore();
            }
        }
    }

    /** The fine stages' speeds for the plan's exposure, or null when they fly at their profile speed. */
    private SweepSpeeds flightSpeeds() throws RasterException {
        if (plan.speedFactor() >= 1 - 1e-9) {
            return null;
        }
        Goniometer g = beamline.goniometer();
        Map<Motor, Double> wanted = new LinkedHashMap<>();
        for (Motor m : List.of(g.fineX(), g.fineY(), g.fineZ())) {
            if (Double.isFinite(m.maxSpeed())) {
                wanted.put(m, m.maxSpeed() * plan.speedFactor());
            }
        }
        try {
            return SweepSpeeds.check(wanted, "the raster", deviceTimeout);
        } catch (CollectionException e) {
            throw new RasterException(e.getMessage(), e);
        }
    }

    private void flyAt(ArmRequest arm, Runnable armed, IntConsumer rowFlown)
            throws RasterException, AbortedException, InterruptedException {
        try {
            beamline.detector().arm(arm, deviceTimeout);
        } catch (DeviceException e) {
            throw new RasterException("the detector could not be armed: " + e.getMessage(), e);
        }
        armed.run();
        beamline.fastShutter().open(deviceTimeout);
        long before = System.nanoTime();
        beamline.detector().trigger(deviceTimeout);
        long t0 = before + (System.nanoTime() - before) / 2;
        List<CompletableFuture<Double>> turn = List.of();
        List<RasterGrid.Flight> flights = grid.flights();
        for (RasterGrid.Flight f : flights) {
            long rowStart = t0 + (long) (plan.frameOf(f.row(), 0) * plan.period() * 1e9);
            long wait = rowStart - System.nanoTime();
            if (wait > 0) {
                ctx.waitUnlessAborted(Duration.ofNanos(wait));
            } else if (-wait > plan.period() * 0.5e9) {
                log.warn("raster row {} starts {} ms late", f.row(), -wait / 1_000_000);
            }
            awaitAll(turn, "turning to row " + (f.row() + 1));
            awaitAll(moveFine(f.end()), "flying row " + (f.row() + 1));
            rowFlown.accept(f.row());
            ctx.progress((f.row() + 1.0) / flights.size(), "raster row " + (f.row() + 1) + " of " + flights.size());
            ctx.checkpoint();
            if (f.row() + 1 < flights.size()) {
                turn = moveFine(flights.get(f.row() + 1).start());
            }
        }
        closeShutter();
        try {
            beamline.detector().awaitIdle(deviceTimeout);
        } catch (DeviceException e) {
            throw new RasterException("the detector did not finish the raster series: " + e.getMessage(), e);
        }
        long written = beamline.detector().framesWritten();
        if (written < arm.images()) {
            throw new RasterException("the detector wrote " + written + " of " + arm.images() + " raster frames: "
                    + beamline.detector().status().message());
        }
    }

    /** Bounded: disarm, stop every axis, close the shutter. */
    void stop() {
        try {
            beamline.detector().disarm();
        } catch (DeviceException e) {
            log.warn("detector disarm failed: {}", e.getMessage());
        }
        beamline.goniometer().stopAll();
        closeShutter();
    }

    /** Sample stages to {@code xyz}, fine stages to {@code fine}, omega to {@code omega}; waits. */
    void moveTo(double[] xyz, double[] fine, double omega) throws RasterException {
        Goniometer g = beamline.goniometer();
        awaitAll(List.of(g.omega().moveTo(omega, timeout(g.omega(), omega)),
                g.x().moveTo(xyz[0], timeout(g.x(), xyz[0])), g.y().moveTo(xyz[1], timeout(g.y(), xyz[1])),
                g.z().moveTo(xyz[2], timeout(g.z(), xyz[2])),
                g.fineX().moveTo(fine[0], timeout(g.fineX(), fine[0])),
                g.fineY().moveTo(fine[1], timeout(g.fineY(), fine[1])),
                g.fineZ().moveTo(fine[2], timeout(g.fineZ(), fine[2]))), "moving the goniometer");
    }

    /** Fine stages so that the beam is on sample-stage coordinate {@code p} (only axes that must move). */
    private List<CompletableFuture<Double>> moveFine(double[] p) {
        Goniometer g = beamline.goniometer();
        RasterDef def = grid.def();
        double[] target = {p[0] - def.x(), p[1] - def.y(), p[2] - def.z()};
        Motor[] axes = {g.fineX(), g.fineY(), g.fineZ()};
        List<CompletableFuture<Double>> moves = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            if (Math.abs(axes[i].setpoint() - target[i]) > 1e-6) {
                moves.add(axes[i].moveTo(target[i], timeout(axes[i], target[i])));
            }
        }
        return moves;
    }

    private void closeShutter() {
        try {
            beamline.fastShutter().close(Duration.ofSeconds(2));
        } catch (DeviceException e) {
            log.warn("fast shutter did not close: {}", e.getMessage());
        }
    }

    /** Twice the travel at the flight speed plus 10 s. */
    private Duration timeout(Motor motor, double target) {
        var spec = beamline.profile().motors().get(motor.name());
        double speed = spec == null || spec.speed() == null || spec.speed() <= 0 ? 1 : spec.speed();
        speed *= plan.speedFactor(); // slowed for the exposure while flying (other moves just get a longer limit)
        double seconds = Math.min(2 * Math.abs(target - motor.position()) / speed + 10, 3600);
        return Duration.ofMillis((long) (seconds * 1000));
    }

    private static void awaitAll(List<CompletableFuture<Double>> moves, String what) throws RasterException {
        for (CompletableFuture<Double> f : moves) {
            try {
                f.get(3600, TimeUnit.SECONDS); // each move carries its own timeout; this bounds a broken future
            } catch (ExecutionException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                throw new RasterException(what + ": " + cause.getMessage(), cause);
            } catch (TimeoutException e) {
                throw new RasterException(what + ": no answer from the motor", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RasterException(what + ": interrupted", e);
            }
        }
    }
}
