package org.lsdcfx.sim;

import org.lsdcfx.analysis.synth.VirtualCrystal;
import org.lsdcfx.sim.device.SimBeam;
import org.lsdcfx.sim.device.SimMotor;
import org.lsdcfx.sim.device.SimRobot;
import org.lsdcfx.sim.physics.BeamSize;
import org.lsdcfx.sim.pv.ControlStatus;
import org.lsdcfx.sim.pv.PvHost;
import org.lsdcfx.sim.pv.PvType;
import org.lsdcfx.sim.pv.SimThread;
import org.lsdcfx.sim.sample.ElementsJson;
import org.lsdcfx.sim.sample.SampleControls;
import org.lsdcfx.sim.sample.SampleHolder;
import org.lsdcfx.sim.sample.SimSample;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Simulator controls that no real IOC has: beam dump/restore, robot failure injection, motor stall, the crystals in
 * the loop, ice and the beam size. Available to any PVA client under {@code <prefix>{Sim}} ({@code Beam:Dump-Cmd},
 * {@code Robot:FailNext-Cmd}, {@code Mtr:Stall-Cmd}, {@code Crystals-SP}, {@code Crystals:Add-Cmd},
 * {@code Crystals:Clear-Cmd}, {@code Crystals:Count-I}, {@code Ice-Sel}, {@code Beam:Width-SP},
 * {@code Beam:Height-SP}, {@code TimeScale-I}; a refused write says why on {@code Status-I}) and to Java through this
 * class. Thread-safe: every call runs on the simulator thread.
 */
public final class SimControls {
    private final SimThread sim;
    private final SimBeam beam;
    private final SimRobot robot;
    private final Map<String, SimMotor> motors;
    private final SampleHolder sample;
    private final SampleControls sampleControls;
    private final ControlStatus status;

    SimControls(PvHost host, SimThread sim, String controlPrefix, ControlStatus status, SimBeam beam, SimRobot robot,
                Map<String, SimMotor> motors, SampleHolder sample, ElementsJson elementsJson) {
        this.sim = sim;
        this.beam = beam;
        this.robot = robot;
        this.motors = motors;
        this.sample = sample;
        this.status = status;
        host.writable(controlPrefix + "Beam:Dump-Cmd", PvType.INT, 0, "", "simulator: 1 dumps the beam, 0 restores",
                status.reporting(controlPrefix + "Beam:Dump-Cmd", v -> {
                    if (v == 1) {
                        beam.dump();
                    } else if (v == 0) {
                        beam.restore();
                    } else {
                        throw new IllegalArgumentException("write 1 (dump) or 0 (restore), not " + v);
                    }
                    return v;
                }));
        host.writable(controlPrefix + "Robot:FailNext-Cmd", PvType.STRING, "", "",
                "simulator: the next robot mount fails with this message (empty clears)", v -> {
                    robot.failNextMount(v);
                    return v;
                });
        host.writable(controlPrefix + "Mtr:Stall-Cmd", PvType.STRING, "", "",
                "simulator: the next move of this motor (descriptor, e.g. omega) stalls",
                status.reporting(controlPrefix + "Mtr:Stall-Cmd", v -> {
                    if (!v.isEmpty()) {
                        motor(v).stallNextMove();
                    }
                    return v;
                }));
        this.sampleControls = new SampleControls(host, controlPrefix, status, sample, elementsJson);
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

    private void runOnSim(Runnable work) {
        onSim(() -> {
            work.run();
            return null;
        });
    }

    /** Dumps the beam: ring current, flux and beamAvailable go to 0. */
    public void dumpBeam() {
        runOnSim(beam::dump);
    }

    /** Restores the beam after a dump. */
    public void restoreBeam() {
        runOnSim(beam::restore);
    }

    /** The next robot mount fails with {@code message} (empty clears). */
    public void failNextMount(String message) {
        runOnSim(() -> robot.failNextMount(message));
    }

    /** The next move of motor {@code descriptor} stalls: it never arrives and never reports done, until STOP. */
    public void stallNextMove(String descriptor) {
        runOnSim(() -> motor(descriptor).stallNextMove());
    }

    /** True position of a simulated motor (not through PVA), for test assertions. */
    public double motorPosition(String descriptor) {
        return onSim(() -> motor(descriptor).position());
    }

    /** The simulated motor's current speed ({@code .VELO}), units per simulated second. */
    public double motorSpeed(String descriptor) {
        return onSim(() -> motor(descriptor).speed());
    }

    /** True if the simulated motor is moving. */
    public boolean motorMoving(String descriptor) {
        return onSim(() -> motor(descriptor).isMoving());
    }

    /** The pin on the goniometer as "puck:pin", or "". */
    public String mountedPin() {
        return onSim(robot::mounted);
    }

    /** The crystals in the loop (sample-frame mm, see {@link org.lsdcfx.sim.sample.GoniometerPose}). */
    public List<VirtualCrystal> crystals() {
        return onSim(() -> sample.sample().crystals());
    }

    /** Replaces all crystals; at most {@value SimSample#MAX_CRYSTALS}, else refused and nothing changes. */
    public void setCrystals(List<VirtualCrystal> crystals) {
        runOnSim(() -> sampleControls.setCrystals(crystals));
    }

    /** Adds one crystal. */
    public void addCrystal(VirtualCrystal crystal) {
        runOnSim(() -> sampleControls.addCrystal(crystal));
    }

    /** Removes all crystals. */
    public void clearCrystals() {
        setCrystals(List.of());
    }

    /** Ice rings on every frame ({@code true}) or none. */
    public void setIce(boolean on) {
        runOnSim(() -> sampleControls.setIce(on));
    }

    public boolean ice() {
        return onSim(() -> sample.sample().ice());
    }

    /**
     * Replaces the sample's fluorescing elements (symbol → amount, 1.0 = the demo selenium; see
     * {@link SimSample#elements()}); the next MCA acquisition shows them. An unknown element or an amount out of range
     * is refused ({@link IllegalArgumentException}) and nothing changes.
     */
    public void setElements(Map<String, Double> elements) {
        runOnSim(() -> sampleControls.setElements(elements));
    }

    /** The sample's fluorescing elements (canonical symbols, in the order set). */
    public Map<String, Double> elements() {
        return onSim(() -> sample.sample().elements());
    }

    /** The beam size at the sample. */
    public void setBeamSize(BeamSize size) {
        runOnSim(() -> sampleControls.setBeam(size));
    }

    public BeamSize beamSize() {
        return onSim(sample::beam);
    }

    /** Why the last simulator-control PV write was refused ({@code {Sim}Status-I}), empty if it was accepted. */
    public String lastControlMessage() {
        return status.message();
    }
}
