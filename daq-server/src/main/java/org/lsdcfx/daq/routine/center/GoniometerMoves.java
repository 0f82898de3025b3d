package org.lsdcfx.daq.routine.center;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.lsdcfx.device.Beamline;
import org.lsdcfx.device.DeviceException;
import org.lsdcfx.device.motor.Goniometer;
import org.lsdcfx.device.motor.Motor;
import org.lsdcfx.mxtools.profile.MotorSpec;

/**
 * The goniometer moves of optical centring, in the sample frame of the simulator's {@code GoniometerPose} (the
 * project's convention): sample X runs along the omega axis, and a point seen h µm along the axis and v µm above the
 * beam comes onto it when X moves by +h, Y by v·cos ω and Z by −v·sin ω. Every target is checked against the motor
 * limits before anything moves (a refused centring moves nothing); moves of one step start together and are waited
 * for. Uses the coarse sample stages. Used on the routine's thread.
 */
final class GoniometerMoves {
    /** Moves smaller than this (µm, degrees) are not made. */
    private static final double NEGLIGIBLE = 0.05;
    private final Beamline beamline;
    private final Goniometer gonio;

    GoniometerMoves(Beamline beamline) {
        this.beamline = beamline;
        this.gonio = beamline.goniometer();
    }

    double omega() {
        return gonio.omega().position();
    }

    /** Coarse sample X, Y, Z read back (motor units). */
    double[] xyz() {
        return new double[] {gonio.x().position(), gonio.y().position(), gonio.z().position()};
    }

    /** Brings the point seen at (h, v) µm at {@code omegaDeg} onto the beam; false when no move was needed. */
    boolean centre(double hUm, double vUm, double omegaDeg) throws CentringException, InterruptedException {
        double w = Math.toRadians(omegaDeg);
        Map<Motor, Double> targets = new LinkedHashMap<>();
        relative(targets, gonio.x(), hUm);
        relative(targets, gonio.y(), vUm * Math.cos(w));
        relative(targets, gonio.z(), -vUm * Math.sin(w));
        return move(targets);
    }

    /** Moves sample X by {@code du} µm; false when no move was needed. */
    boolean shiftX(double du) throws CentringException, InterruptedException {
        Map<Motor, Double> targets = new LinkedHashMap<>();
        relative(targets, gonio.x(), du);
        return move(targets);
    }

    /** Rotates to {@code omegaDeg}; false when already there. */
    boolean rotate(double omegaDeg) throws CentringException, InterruptedException {
        Map<Motor, Double> targets = new LinkedHashMap<>();
        if (Math.abs(omegaDeg - gonio.omega().setpoint()) > NEGLIGIBLE / 10) {
            targets.put(gonio.omega(), omegaDeg);
        }
        return move(targets);
    }

    /** Whether omega may go to {@code omegaDeg}. */
    boolean omegaAllowed(double omegaDeg) {
        return gonio.omega().limits().contains(omegaDeg);
    }

    private static void relative(Map<Motor, Double> targets, Motor m, double um) {
        double d = um * micronsToUnits(m);
        if (Math.abs(um) > NEGLIGIBLE) {
            targets.put(m, m.setpoint() + d);
        }
    }

    private static double micronsToUnits(Motor m) {
        return "mm".equalsIgnoreCase(m.units()) ? 1e-3 : 1;
    }

    private boolean move(Map<Motor, Double> targets) throws CentringException, InterruptedException {
        for (Map.Entry<Motor, Double> t : targets.entrySet()) {
            Motor m = t.getKey();
            if (!m.limits().contains(t.getValue())) {
                throw new CentringException(String.format(Locale.ROOT,
                        "the loop cannot be centred: %s would have to move to %.1f %s, outside its limits %.1f to %.1f",
                        m.name(), t.getValue(), m.units(), m.limits().low(), m.limits().high()));
            }
        }
        List<CompletableFuture<Double>> moves = new ArrayList<>();
        try {
            targets.forEach((m, target) -> moves.add(m.moveTo(target, timeout(m, target))));
        } catch (DeviceException e) {
            moves.forEach(f -> f.cancel(false));
            throw new CentringException("the goniometer refused a centring move: " + e.getMessage(), e);
        }
        for (CompletableFuture<Double> f : moves) {
            try {
                f.get(1, TimeUnit.HOURS); // each move has its own timeout; this only bounds a broken future
            } catch (ExecutionException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                throw new CentringException("a centring move failed: " + cause.getMessage(), cause);
            } catch (TimeoutException e) {
                throw new CentringException("a centring move did not finish", e);
            }
        }
        return !targets.isEmpty();
    }

    /** Twice the travel at the profile speed plus 10 s, as the collection moves. */
    private Duration timeout(Motor m, double target) {
        MotorSpec spec = beamline.profile().motors().get(m.name());
        double speed = spec == null || spec.speed() == null || spec.speed() <= 0 ? 1 : spec.speed();
        double seconds = Math.min(3600, 2 * Math.abs(target - m.position()) / speed + 10);
        return Duration.ofMillis((long) (seconds * 1000));
    }
}
