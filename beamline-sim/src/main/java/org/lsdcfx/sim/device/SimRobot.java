package org.lsdcfx.sim.device;

import org.lsdcfx.mxtools.profile.BeamlineProfile;
import org.lsdcfx.mxtools.profile.Descriptors;
import org.lsdcfx.mxtools.profile.DewarSpec;
import org.lsdcfx.sim.pv.PvHost;
import org.lsdcfx.sim.pv.PvType;
import org.lsdcfx.sim.pv.SimPv;
import org.lsdcfx.sim.pv.SimThread;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.ScheduledFuture;
import java.util.function.Supplier;

/**
 * The sample-changing robot. Mount takes {@value #MOUNT_SECONDS} s (plus {@value #UNMOUNT_SECONDS} s if another pin
 * must be returned first), unmount {@value #UNMOUNT_SECONDS} s, simulated. While it works {@code robotBusy} is 1 and
 * {@code robotStatus} says Mounting/Unmounting; at the end {@code robotError} holds the failure text ("" on
 * success) and {@code robotMounted*} what is on the goniometer.
 *
 * <p>A command is accepted (put confirmed) and then fails through {@code robotError} when the robot cannot do it:
 * bad puck slot or pin, the governor not in SE (when the profile's {@code robotRequiresGovernorSE} is true, as on the
 * real beamlines), or a failure injected with {@link #failNextMount(String)}. A command while busy is refused
 * outright. Confined to the simulator thread.
 */
public final class SimRobot {
    static final double MOUNT_SECONDS = 5.0;
    static final double UNMOUNT_SECONDS = 3.0;
    private static final Logger LOG = LoggerFactory.getLogger(SimRobot.class);

    private final SimThread sim;
    private final DewarSpec dewar;
    private final Supplier<String> governorState;
    private final boolean needsSE;
    private final SimPv<String> puck;
    private final SimPv<Integer> pin;
    private final SimPv<String> sample;
    private final SimPv<Integer> busy;
    private final SimPv<String> status;
    private final SimPv<String> error;
    private final SimPv<String> mountedPuck;
    private final SimPv<Integer> mountedPin;
    private final SimPv<String> mountedSample;
    private String failNext = "";
    private ScheduledFuture<?> running;

    public SimRobot(PvHost host, SimThread sim, BeamlineProfile profile, Supplier<String> governorState) {
        this.sim = sim;
        this.dewar = profile.dewar();
        this.governorState = governorState;
        this.needsSE = Boolean.parseBoolean(profile.extra("robotRequiresGovernorSE").orElse("true"));
        puck = host.writable(profile.pv(Descriptors.ROBOT_PUCK), PvType.STRING, "", "",
                "puck slot for the next mount (1A..8C)", v -> v);
        pin = host.writable(profile.pv(Descriptors.ROBOT_PIN), PvType.INT, 0, "", "pin for the next mount (1..16)",
                v -> v);
        sample = host.writable(profile.pv(Descriptors.ROBOT_SAMPLE), PvType.STRING, "", "",
                "sample uid for the next mount", v -> v);
        busy = host.readOnly(profile.pv(Descriptors.ROBOT_BUSY), PvType.INT, 0, "", "robot busy (1 while working)");
        status = host.readOnly(profile.pv(Descriptors.ROBOT_STATUS), PvType.STRING, "Idle", "",
                "Idle, Mounting, Unmounting or Error");
        error = host.readOnly(profile.pv(Descriptors.ROBOT_ERROR), PvType.STRING, "", "",
                "error of the last command (empty on success)");
        mountedPuck = host.readOnly(profile.pv(Descriptors.ROBOT_MOUNTED_PUCK), PvType.STRING, "", "",
                "puck slot of the mounted pin (empty if none)");
        mountedPin = host.readOnly(profile.pv(Descriptors.ROBOT_MOUNTED_PIN), PvType.INT, 0, "",
                "mounted pin (0 if none)");
        mountedSample = host.readOnly(profile.pv(Descriptors.ROBOT_MOUNTED_SAMPLE), PvType.STRING, "", "",
                "uid of the mounted sample (empty if none)");
        host.writable(profile.pv(Descriptors.ROBOT_MOUNT), PvType.INT, 0, "", "mount (write 1)", v -> {
            mount();
            return v;
        });
        host.writable(profile.pv(Descriptors.ROBOT_UNMOUNT), PvType.INT, 0, "", "unmount (write 1)", v -> {
            unmount();
            return v;
        });
        host.writable(profile.pv(Descriptors.ROBOT_ABORT), PvType.INT, 0, "", "abort the current command (write 1)",
                v -> {
                    abort();
                    return v;
                });
    }

    /** The next mount fails with {@code message} (empty clears). */
    public void failNextMount(String message) {
        failNext = message == null ? "" : message;
    }

    public String failNextMessage() {
        return failNext;
    }

    private void refuseIfBusy() {
        if (busy.get() == 1) {
            throw new IllegalStateException("robot is busy: " + status.get());
        }
    }

    private void mount() {
        refuseIfBusy();
        String slot = puck.get();
        int p = pin.get();
        String uid = sample.get();
        String problem = !dewar.hasSlot(slot) ? "no puck slot '" + slot + "' in the dewar"
                : !dewar.hasPin(p) ? "pin " + p + " outside 1.." + dewar.pinsPerPuck()
                : needsSE && !"SE".equals(governorState.get())
                ? "governor is in " + governorState.get() + "; the robot needs SE" : null;
        begin("Mounting");
        double seconds = MOUNT_SECONDS + (mountedPin.get() > 0 ? UNMOUNT_SECONDS : 0);
        if (problem != null) {
            running = sim.after(0.1, () -> end(problem));
            return;
        }
        String injected = failNext;
        failNext = "";
        running = sim.mechanism(seconds, () -> {
            if (!injected.isEmpty()) {
                end(injected);
                return;
            }
            mountedPuck.set(slot);
            mountedPin.set(p);
            mountedSample.set(uid);
            end("");
        });
    }

    private void unmount() {
        refuseIfBusy();
        if (mountedPin.get() == 0) {
            error.set("");
            return;
        }
        if (needsSE && !"SE".equals(governorState.get())) {
            begin("Unmounting");
            String problem = "governor is in " + governorState.get() + "; the robot needs SE";
            running = sim.after(0.1, () -> end(problem));
            return;
        }
        begin("Unmounting");
        running = sim.mechanism(UNMOUNT_SECONDS, () -> {
            mountedPuck.set("");
            mountedPin.set(0);
            mountedSample.set("");
            end("");
        });
    }

    private void abort() {
        if (running != null && running.cancel(false)) {
            end("aborted by request");
        }
    }

    private void begin(String what) {
        error.set("");
        status.set(what);
        busy.set(1);
    }

    private void end(String failure) {
        running = null;
        if (!failure.isEmpty()) {
            LOG.info("robot command failed: {}", failure);
        }
        error.publish(failure);
        status.set(failure.isEmpty() ? "Idle" : "Error");
        busy.set(0);
    }

    /** Mounted pin as "puck:pin", or "" if none. */
    public String mounted() {
        return mountedPin.get() > 0 ? mountedPuck.get() + ":" + mountedPin.get() : "";
    }
}
