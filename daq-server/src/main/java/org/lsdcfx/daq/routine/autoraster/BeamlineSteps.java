package org.lsdcfx.daq.routine.autoraster;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.lsdcfx.daq.routine.RoutineContext;
import org.lsdcfx.daq.routine.center.CentringException;
import org.lsdcfx.device.Beamline;
import org.lsdcfx.device.DeviceException;
import org.lsdcfx.device.motor.Goniometer;
import org.lsdcfx.device.motor.Motor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The few device steps auto-raster takes itself: moving the goniometer (all axes at once) and the raster transmission
 * (set for the rasters, put back afterwards so a collection that follows runs at its own). Used on the routine's
 * thread.
 */
final class BeamlineSteps {
    private static final Logger log = LoggerFactory.getLogger(BeamlineSteps.class);

    private BeamlineSteps() {
    }

    /**
     * Sample X/Y/Z to (x, y, z), fine stages to 0 and omega to {@code omega}, all started together; then a checkpoint.
     *
     * @throws CentringException naming the move when an axis refuses, fails or times out
     */
    static void moveTo(RoutineContext ctx, Beamline b, double x, double y, double z, double omega, Duration timeout,
                       String why) throws Exception {
        Goniometer g = b.goniometer();
        List<Motor> motors = List.of(g.x(), g.y(), g.z(), g.fineX(), g.fineY(), g.fineZ(), g.omega());
        double[] targets = {x, y, z, 0, 0, 0, omega};
        List<CompletableFuture<Double>> moves = new ArrayList<>();
        try {
            for (int i = 0; i < motors.size(); i++) {
                moves.add(motors.get(i).moveTo(targets[i], timeout));
            }
            for (CompletableFuture<Double> m : moves) {
                m.join();
            }
        } catch (DeviceException | CompletionException e) {
            Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
            throw new CentringException("cannot move " + why + ": " + ChildRaster.message(cause), cause);
        }
        ctx.checkpoint();
    }

    /** Sets the transmission; returns the setting to put back with {@link #restoreTransmission}. */
    static double setTransmission(Beamline b, double fraction, Duration timeout) throws CentringException {
        double before = b.transmission().setpoint();
        if (Math.abs(before - fraction) > 1e-9) {
            try {
                b.transmission().set(fraction, timeout);
            } catch (DeviceException e) {
                throw new CentringException("cannot set the raster transmission " + fraction + ": " + e.getMessage(), e);
            }
        }
        return before;
    }

    /** Best effort: a failure is logged (the collection that follows sets its own transmission when it has one). */
    static void restoreTransmission(Beamline b, double fraction, Duration timeout) {
        if (Math.abs(b.transmission().setpoint() - fraction) <= 1e-9) {
            return;
        }
        try {
            b.transmission().set(fraction, timeout);
        } catch (DeviceException e) {
            log.warn("the transmission could not be put back to {} after the rasters: {}", fraction, e.getMessage());
        }
    }
}
