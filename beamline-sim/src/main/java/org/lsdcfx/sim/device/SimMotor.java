package org.lsdcfx.sim.device;

import org.lsdcfx.mxtools.profile.MotorSpec;
import org.lsdcfx.sim.pv.ControlStatus;
import org.lsdcfx.sim.pv.PvHost;
import org.lsdcfx.sim.pv.PvType;
import org.lsdcfx.sim.pv.SimPv;

/**
 * An EPICS motor record: {@code base} (VAL, set-point), {@code .RBV}, {@code .DMOV}, {@code .MOVN}, {@code .STOP},
 * {@code .HLM}, {@code .LLM}, {@code .VELO}, {@code .EGU}. Moves at its current speed {@code .VELO} (simulated time),
 * refuses set-points outside the limits, stops on STOP. {@code .VELO} starts at the profile speed, which is also its
 * maximum: a client may write any speed in (0, profile speed] (LSDC flies omega at width / period this way), also
 * during a move, which then goes on at the new speed; any other value is refused (the put fails, nothing changes and
 * the simulator's {@code {Sim}Status-I} says why). A stalled move (see {@link #stallNextMove()}) never advances and never
 * reports done, like a motor whose amplifier has faulted; only STOP ends it.
 *
 * <p>Confined to the simulator thread.
 */
public final class SimMotor implements SimDevice {
    private final String name;
    private final MotorSpec spec;
    private final SimPv<Double> val;
    private final SimPv<Double> rbv;
    private final SimPv<Integer> dmov;
    private final SimPv<Integer> movn;
    private final SimPv<Double> velo;
    private double position;
    private double target;
    private boolean moving;
    private boolean stallNext;
    private boolean stalled;

    /**
     * @param status where a refused {@code .VELO} write says why (the simulator's {@code {Sim}Status-I})
     */
    public SimMotor(PvHost host, ControlStatus status, String name, MotorSpec spec, double initial) {
        this.name = name;
        this.spec = spec;
        this.position = initial;
        this.target = initial;
        String b = spec.pv();
        String u = spec.units();
        val = host.writable(b, PvType.DOUBLE, initial, u, name + " set-point (VAL)", this::requestMove);
        rbv = host.readOnly(b + ".RBV", PvType.DOUBLE, initial, u, name + " readback");
        dmov = host.readOnly(b + ".DMOV", PvType.INT, 1, "", name + " done moving (1 = at rest)");
        movn = host.readOnly(b + ".MOVN", PvType.INT, 0, "", name + " moving (1 = moving)");
        host.writable(b + ".STOP", PvType.INT, 0, "", name + " stop (write 1)", v -> {
            stop();
            return 0;
        });
        host.readOnly(b + ".HLM", PvType.DOUBLE, spec.high(), u, name + " high limit");
        host.readOnly(b + ".LLM", PvType.DOUBLE, spec.low(), u, name + " low limit");
        velo = host.writable(b + ".VELO", PvType.DOUBLE, spec.speed(), u + "/s",
                name + " speed", status.reporting(b + ".VELO", this::requestSpeed));
        host.readOnly(b + ".EGU", PvType.STRING, u, "", name + " engineering units");
    }

    private Double requestMove(Double requested) {
        if (!Double.isFinite(requested) || requested < spec.low() || requested > spec.high()) {
            throw new IllegalArgumentException(name + ": " + requested + " outside [" + spec.low() + ", "
                    + spec.high() + "]");
        }
        target = requested;
        moving = true;
        stalled = stallNext;
        stallNext = false;
        dmov.set(0);
        movn.set(1);
        return requested;
    }

    private Double requestSpeed(Double requested) {
        if (!Double.isFinite(requested) || requested <= 0 || requested > spec.speed()) {
            throw new IllegalArgumentException(name + " speed " + requested + " " + spec.units() + "/s is outside (0, "
                    + spec.speed() + "]; the speed stays " + velo.get());
        }
        return requested;
    }

    /** Stops where the motor is (simulated deceleration is instantaneous). */
    public void stop() {
        target = position;
        moving = false;
        stalled = false;
        val.set(position);
        rbv.set(position);
        movn.set(0);
        dmov.set(1);
    }

    /** The next move will stall part-way (simulator control, for fault tests). */
    public void stallNextMove() {
        stallNext = true;
    }

    @Override
    public void tick(double dtSim) {
        if (!moving || stalled) {
            if (stalled) {
                movn.set(0);
            }
            return;
        }
        // Read each tick: a speed written during a move applies from the next tick on.
        double step = velo.get() * dtSim;
        double distance = target - position;
        if (Math.abs(distance) <= step) {
            position = target;
            moving = false;
            rbv.set(position);
            movn.set(0);
            dmov.set(1);
        } else {
            position += Math.signum(distance) * step;
            rbv.set(position);
        }
    }

    public String name() {
        return name;
    }

    public double position() {
        return position;
    }

    public boolean isMoving() {
        return moving;
    }

    /** The current speed ({@code .VELO}), units per simulated second. */
    public double speed() {
        return velo.get();
    }
}
