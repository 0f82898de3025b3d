package org.lsdcfx.sim.device;

import org.lsdcfx.mxtools.profile.GovernorSpec;
import org.lsdcfx.sim.pv.PvHost;
import org.lsdcfx.sim.pv.PvType;
import org.lsdcfx.sim.pv.SimPv;
import org.lsdcfx.sim.pv.SimThread;

import java.util.concurrent.ScheduledFuture;

/**
 * The governor state machine with the profile's states and transitions, under the mxtools governor PV names
 * ({@code Cmd:Go-Cmd}, {@code Sts:State-I}, {@code Sts:Busy-Sts}, {@code Sts:Reach-I}, {@code Sts:States-I},
 * {@code Sts:Status-Sts}, {@code Cmd:Abort-Cmd}). A transition takes the profile's {@code transitionSeconds}
 * (simulated). A target that is unknown, not reachable or requested while busy is refused: the put fails and
 * {@code Sts:Status-Sts} explains. Confined to the simulator thread.
 */
public final class SimGovernor {
    private final GovernorSpec spec;
    private final SimThread sim;
    private final SimPv<String> state;
    private final SimPv<Integer> busy;
    private final SimPv<String[]> reach;
    private final SimPv<String> status;
    private ScheduledFuture<?> running;

    public SimGovernor(PvHost host, SimThread sim, GovernorSpec spec) {
        this.spec = spec;
        this.sim = sim;
        String p = spec.pvPrefix();
        state = host.readOnly(p + "Sts:State-I", PvType.STRING, spec.initialState(), "", "current governor state");
        busy = host.readOnly(p + "Sts:Busy-Sts", PvType.INT, 0, "", "1 while a transition runs");
        reach = host.readOnly(p + "Sts:Reach-I", PvType.STRING_ARRAY, reachable(spec.initialState()), "",
                "states reachable from the current one");
        host.readOnly(p + "Sts:States-I", PvType.STRING_ARRAY, spec.states().toArray(String[]::new), "",
                "all governor states");
        status = host.readOnly(p + "Sts:Status-Sts", PvType.STRING, "", "", "message about the last request");
        host.writable(p + "Cmd:Go-Cmd", PvType.STRING, "", "", "target state (write a state name)", this::go);
        host.writable(p + "Cmd:Abort-Cmd", PvType.INT, 0, "", "abort the running transition (write 1)", v -> {
            abort();
            return v;
        });
    }

    private String[] reachable(String from) {
        return spec.reachableFrom(from).toArray(String[]::new);
    }

    private String go(String target) {
        String from = state.get();
        String refusal = !spec.states().contains(target) ? "unknown state " + target
                : busy.get() == 1 ? "busy with a transition from " + from
                : !from.equals(target) && !spec.allows(from, target) ? "transition " + from + " -> " + target
                + " not allowed" : null;
        if (refusal != null) {
            status.publish(refusal);
            throw new IllegalArgumentException(refusal);
        }
        if (from.equals(target)) {
            status.publish("already in " + target);
            return target;
        }
        busy.set(1);
        status.publish("moving " + from + " -> " + target);
        running = sim.mechanism(spec.transitionSeconds(), () -> {
            running = null;
            state.set(target);
            reach.set(reachable(target));
            status.publish("reached " + target);
            busy.set(0);
        });
        return target;
    }

    private void abort() {
        if (running != null && running.cancel(false)) {
            running = null;
            status.publish("transition aborted in " + state.get());
            busy.set(0);
        }
    }

    public String state() {
        return state.get();
    }
}
