package org.lsdcfx.daq.routine.collect;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.lsdcfx.device.DeviceException;
import org.lsdcfx.device.motor.Motor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The speeds a sweep flies its axes at (LSDC sets omega's velocity to width / period for the rotation and puts it back
 * afterwards): checked against each motor's maximum before anything moves, set just before the sweep starts, and the
 * speeds found before restored once it has ended, whichever way it ended.
 *
 * <p>Used on the routine's thread only.
 */
public final class SweepSpeeds {
    private static final Logger log = LoggerFactory.getLogger(SweepSpeeds.class);
    /** Restoring is clean-up (also after an abort, which must end in bounded time): a short wait per motor. */
    private static final Duration RESTORE_TIMEOUT = Duration.ofSeconds(5);

    private final Map<Motor, Double> wanted;
    private final Duration timeout;
    /** Speeds found before {@link #apply()}, restored by {@link #restore()}; filled as each is changed. */
    private final Map<Motor, Double> previous = new LinkedHashMap<>();

    private SweepSpeeds(Map<Motor, Double> wanted, Duration timeout) {
        this.wanted = wanted;
        this.timeout = timeout;
    }

    /**
     * The speeds for {@code wanted} (motor → units per second; axes that do not move are left out).
     *
     * @throws CollectionException if a speed is not a positive number or above the motor's maximum (nothing has moved)
     */
    public static SweepSpeeds check(Map<Motor, Double> wanted, String what, Duration timeout) throws CollectionException {
        for (Map.Entry<Motor, Double> e : wanted.entrySet()) {
            Motor m = e.getKey();
            double v = e.getValue();
            if (!(v > 0) || Double.isInfinite(v)) {
                throw new CollectionException(what + " needs " + m.name() + " to move at " + v + " " + m.units()
                        + "/s; nothing moved");
            }
            if (v > m.maxSpeed()) {
                throw new CollectionException(String.format(Locale.ROOT, "%s needs %s to move at %.4g %s/s, above its "
                                + "maximum of %.4g %s/s: lengthen the exposure or reduce the oscillation width; nothing "
                                + "moved", what, m.name(), v, m.units(), m.maxSpeed(), m.units()));
            }
        }
        return new SweepSpeeds(Collections.unmodifiableMap(new LinkedHashMap<>(wanted)), timeout);
    }

    /** Remembers each motor's current speed and sets the sweep's. */
    public void apply() throws CollectionException {
        for (Map.Entry<Motor, Double> e : wanted.entrySet()) {
            Motor m = e.getKey();
            try {
                double before = m.speed();
                previous.putIfAbsent(m, before);
                m.setSpeed(e.getValue(), timeout);
                log.debug("{}: speed {} {}/s for the sweep (was {})", m.name(), e.getValue(), m.units(), before);
            } catch (DeviceException ex) {
                throw new CollectionException("cannot set the speed of " + m.name() + ": " + ex.getMessage(), ex);
            }
        }
    }

    /** The speed set for {@code motor} while the sweep's speeds are applied; {@code null} otherwise. */
    Double speedOf(Motor motor) {
        return previous.containsKey(motor) ? wanted.get(motor) : null;
    }

    /**
     * Puts back every speed changed by {@link #apply()}; never throws (a failure is logged). Runs after an abort too:
     * the thread's interrupt flag is held back meanwhile so that the writes can complete, and set again afterwards.
     */
    public void restore() {
        if (previous.isEmpty()) {
            return;
        }
        boolean interrupted = Thread.interrupted();
        try {
            for (Map.Entry<Motor, Double> e : previous.entrySet()) {
                Motor m = e.getKey();
                try {
                    m.setSpeed(e.getValue(), timeout.compareTo(RESTORE_TIMEOUT) < 0 ? timeout : RESTORE_TIMEOUT);
                } catch (DeviceException ex) {
                    log.warn("{}: the speed could not be restored to {} {}/s: {}", m.name(), e.getValue(), m.units(),
                            ex.getMessage());
                }
            }
            previous.clear();
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
