package org.lsdcfx.daq.routine.collect;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.lsdcfx.device.Beamline;
import org.lsdcfx.device.DeviceException;
import org.lsdcfx.device.motor.Motor;
import org.lsdcfx.mxtools.profile.MotorSpec;

/**
 * Motor moves with timeouts from the speed they go at (the profile speed unless a sweep set another), started together
 * and awaited together. Stateless.
 */
final class Moves {
    private Moves() {
    }

    /** Starts a move; its timeout is twice the travel at the profile speed plus 10 s. Refusals are thrown at once. */
    static CompletableFuture<Double> start(Beamline b, Motor motor, double target) {
        MotorSpec spec = b.profile().motors().get(motor.name());
        double speed = spec == null || spec.speed() == null || spec.speed() <= 0 ? 1 : spec.speed();
        return start(motor, target, speed);
    }

    /**
     * Starts a move that goes at {@code speed} (units/s, e.g. a sweep's width / period); its timeout is twice the
     * travel at that speed plus 10 s. Refusals are thrown at once.
     */
    static CompletableFuture<Double> start(Motor motor, double target, double speed) {
        double seconds = 2 * Math.abs(target - motor.position()) / speed + 10;
        return motor.moveTo(target, Duration.ofMillis((long) (Math.min(seconds, 86_400) * 1000)));
    }

    /** Waits for every move; the first failure is reported as {@code what: reason}. */
    static void await(List<CompletableFuture<Double>> moves, String what) throws CollectionException {
        for (CompletableFuture<Double> f : moves) {
            try {
                f.get(3600, TimeUnit.SECONDS); // each move has its own timeout; this only bounds a broken future
            } catch (ExecutionException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                throw new CollectionException(what + ": " + (cause instanceof DeviceException d ? d.getMessage() : cause),
                        cause);
            } catch (TimeoutException e) {
                throw new CollectionException(what + ": no answer from the motor", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CollectionException(what + ": interrupted", e);
            }
        }
    }

    /** Moves one motor and waits. */
    static void moveAndWait(Beamline b, Motor motor, double target, String what) throws CollectionException {
        try {
            await(List.of(start(b, motor, target)), what);
        } catch (DeviceException e) {
            throw new CollectionException(what + ": " + e.getMessage(), e);
        }
    }
}
