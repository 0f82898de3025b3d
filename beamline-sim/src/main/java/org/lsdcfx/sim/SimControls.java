package org.lsdcfx.sim;

import org.lsdcfx.sim.device.SimBeam;
import org.lsdcfx.sim.device.SimMotor;
import org.lsdcfx.sim.device.SimRobot;
import org.lsdcfx.sim.pv.PvHost;
import org.lsdcfx.sim.pv.PvType;
import org.lsdcfx.sim.pv.SimThread;

import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Simulator controls that no real IOC has: beam dump/restore, robot failure injection, motor stall. Available to
 * any PVA client under {@code <prefix>{Sim}} ({@code Beam:Dump-Cmd}, {@code Robot:FailNext-Cmd},
 * {@code Mtr:Stall-Cmd}, {@code TimeScale-I}) and to Java tests through this class. Thread-safe: every call runs on
 * the simulator thread.
 */
public final class SimControls {
    private final SimThread sim;
    private final SimBeam beam;
    private final SimRobot robot;
    private final Map<String, SimMotor> motors;

    SimControls(PvHost host, SimThread sim, String controlPrefix, SimBeam beam, SimRobot robot,
                Map<String, SimMotor> motors) {
        this.sim = sim;
        this.beam = beam;
        this.robot = robot;
        this.motors = motors;
        host.writable(controlPrefix + "Beam:Dump-Cmd", PvType.INT, 0, "", "simulator: 1 dumps the beam, 0 restores",
                v -> {
                    if (v == 1) {
                        beam.dump();
                    } else if (v == 0) {
                        beam.restore();
                    } else {
                        throw new IllegalArgumentException("write 1 (dump) or 0 (restore), not " + v);
                    }
                    return v;
                });
        host.writable(controlPrefix + "Robot:FailNext-Cmd", PvType.STRING, "", "",
                "simulator: the next robot mount fails with this message (empty clears)", v -> {
                    robot.failNextMount(v);
                    return v;
                });
        host.writable(controlPrefix + "Mtr:Stall-Cmd", PvType.STRING, "", "",
                "simulator: the next move of this motor (descriptor, e.g. omega) stalls", v -> {
                    if (!v.isEmpty()) {
                        motor(v).stallNextMove();
                    }
                    return v;
                });
        host.readOnly(controlPrefix + "TimeScale-I", PvType.DOUBLE, sim.timeScale(), "",
                "simulator: real seconds per simulated second");
    }

    private SimMotor motor(String descriptor) {
        SimMotor m = motors.get(descriptor);
        if (m == null) {
            throw new IllegalArgumentException("no simulated motor '" + descriptor + "'; motors are "
                    + motors.keySet());
        }
        return m;
    }

    private <T> T onSim(Callable<T> work) {
        try {
            return sim.call(work);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Dumps the beam: ring current, flux and beamAvailable go to 0. */
    public void dumpBeam() {
        onSim(() -> {
            beam.dump();
            return null;
        });
    }

    /** Restores the beam after a dump. */
    public void restoreBeam() {
        onSim(() -> {
            beam.restore();
            return null;
        });
    }

    /** The next robot mount fails with {@code message} (empty clears). */
    public void failNextMount(String message) {
        onSim(() -> {
            robot.failNextMount(message);
            return null;
        });
    }

    /** The next move of motor {@code descriptor} stalls: it never arrives and never reports done, until STOP. */
    public void stallNextMove(String descriptor) {
        onSim(() -> {
            motor(descriptor).stallNextMove();
            return null;
        });
    }

    /** True position of a simulated motor (not through PVA), for test assertions. */
    public double motorPosition(String descriptor) {
        return onSim(() -> motor(descriptor).position());
    }

    /** True if the simulated motor is moving. */
    public boolean motorMoving(String descriptor) {
        return onSim(() -> motor(descriptor).isMoving());
    }

    /** The pin on the goniometer as "puck:pin", or "". */
    public String mountedPin() {
        return onSim(robot::mounted);
    }
}
