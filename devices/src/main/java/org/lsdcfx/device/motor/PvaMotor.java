package org.lsdcfx.device.motor;

import org.lsdcfx.device.DeviceException;
import org.lsdcfx.device.DeviceException.Fault;
import org.lsdcfx.device.pva.ChannelSet;
import org.lsdcfx.device.pva.PvChannel;
import org.lsdcfx.device.pva.PvValues;
import org.lsdcfx.device.pva.Waits;
import org.lsdcfx.mxtools.profile.MotorSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * {@link Motor} over an EPICS motor record's PVs: {@code base} (set-point, written with put-callback),
 * {@code base.RBV}, {@code base.DMOV}, {@code base.STOP}, {@code base.VELO} (speed, read and written on demand). A move is finished when the put-callback has completed
 * (a real motor record completes it at the end of the move; the simulator at once) and DMOV reads 1.
 */
public final class PvaMotor implements Motor, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PvaMotor.class);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(2);

    private final String name;
    private final MotorSpec spec;
    private final MotorLimits limits;
    private final PvChannel setpoint;
    private final PvChannel readback;
    private final PvChannel doneMoving;
    private final PvChannel stop;
    private final PvChannel velocity;
    private final Executor waits;

    PvaMotor(String name, MotorSpec spec, PvChannel setpoint, PvChannel readback, PvChannel doneMoving,
             PvChannel stop, PvChannel velocity, Executor waits) {
        this.name = name;
        this.spec = spec;
        this.limits = new MotorLimits(spec.low(), spec.high());
        this.setpoint = setpoint;
        this.readback = readback;
        this.doneMoving = doneMoving;
        this.stop = stop;
        this.velocity = velocity;
        this.waits = waits;
    }

    /** Creates the motor's channels in {@code channels} (connected later by {@link ChannelSet#connectAll}). */
    public static PvaMotor create(ChannelSet channels, String name, MotorSpec spec, Executor waits) {
        String base = spec.pv();
        return new PvaMotor(name, spec, channels.monitored(name, base), channels.monitored(name, base + ".RBV"),
                channels.monitored(name, base + ".DMOV"), channels.onDemand(name, base + ".STOP"),
                channels.onDemand(name, base + ".VELO"), waits);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String pv() {
        return spec.pv();
    }

    @Override
    public String units() {
        return spec.units();
    }

    @Override
    public MotorLimits limits() {
        return limits;
    }

    @Override
    public double position() {
        return readback.getDouble();
    }

    @Override
    public double setpoint() {
        return setpoint.getDouble();
    }

    @Override
    public boolean isMoving() {
        return !doneMoving.getBoolean();
    }

    @Override
    public CompletableFuture<Double> moveTo(double target, Duration timeout) {
        if (!Double.isFinite(target) || !limits.contains(target)) {
            throw new DeviceException(name, spec.pv(), Fault.REFUSED, "target " + target + " " + spec.units()
                    + " is outside the limits [" + limits.low() + ", " + limits.high() + "]; nothing moved");
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        LOG.debug("{}: move to {} {}", name, target, spec.units());
        CompletableFuture<Void> accepted = setpoint.putAsync(target);
        return CompletableFuture.supplyAsync(() -> finish(accepted, target, deadline, timeout), waits);
    }

    private double finish(CompletableFuture<Void> accepted, double target, long deadline, Duration timeout) {
        Waits.await(accepted, deadline, name, spec.pv(), "move to " + target + " within " + timeout.toMillis()
                + " ms");
        // Fresh read: the cached DMOV may predate the move.
        doneMoving.read(Waits.remaining(deadline));
        doneMoving.await(PvValues::asBoolean, Waits.remaining(deadline), "done moving to " + target);
        double position = PvValues.asDouble(readback.read(Waits.remaining(deadline)));
        if (Math.abs(position - target) > spec.tolerance()) {
            throw new DeviceException(name, spec.pv(), Fault.FAILED, "stopped at " + position + " " + spec.units()
                    + ", short of target " + target + " (tolerance " + spec.tolerance() + ")");
        }
        return position;
    }

    @Override
    public double moveAndWait(double target, Duration timeout) {
        try {
            return moveTo(target, timeout).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof DeviceException de) {
                throw de;
            }
            throw new DeviceException(name, spec.pv(), Fault.FAILED, "move failed: " + e.getCause(), e);
        }
    }

    @Override
    public void stop() {
        LOG.info("{}: stop", name);
        stop.put(1, STOP_TIMEOUT);
    }

    @Override
    public double awaitStopped(Duration timeout) {
        doneMoving.await(PvValues::asBoolean, timeout, "done moving");
        return readback.getDouble();
    }

    @Override
    public double speed() {
        return velocity.getDouble(); // an on-demand channel: every get is a fresh read
    }

    @Override
    public double maxSpeed() {
        return spec.speed() == null ? Double.POSITIVE_INFINITY : spec.speed();
    }

    @Override
    public void setSpeed(double unitsPerSecond, Duration timeout) {
        double max = maxSpeed();
        if (!Double.isFinite(unitsPerSecond) || unitsPerSecond <= 0 || unitsPerSecond > max) {
            throw new DeviceException(name, spec.pv() + ".VELO", Fault.REFUSED, "speed " + unitsPerSecond + " "
                    + spec.units() + "/s is outside (0, " + max + "]; the speed is unchanged");
        }
        LOG.debug("{}: speed {} {}/s", name, unitsPerSecond, spec.units());
        velocity.put(unitsPerSecond, timeout);
    }

    @Override
    public void close() {
        setpoint.close();
        readback.close();
        doneMoving.close();
        stop.close();
        velocity.close();
    }

    @Override
    public String toString() {
        return "Motor " + name + " (" + spec.pv() + ")";
    }
}
