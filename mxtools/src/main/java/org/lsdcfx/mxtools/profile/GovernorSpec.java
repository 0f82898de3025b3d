package org.lsdcfx.mxtools.profile;

import java.util.List;
import java.util.Map;

/**
 * The governor (mxtools' beamline state machine). PVs follow the governor IOC under {@code pvPrefix}
 * (e.g. {@code XF:17IDB-ES:AMX{Gov:Robot}}): {@code Cmd:Go-Cmd}, {@code Sts:State-I}, {@code Sts:Busy-Sts},
 * {@code Sts:Reach-I}, {@code Sts:Status-Sts}, {@code Cmd:Abort-Cmd}.
 *
 * @param pvPrefix          prefix of the governor PVs
 * @param states            all state names (LSDC's SE, SA, DA, XF, BL, CB, TA, M, ...)
 * @param initialState      state after IOC start
 * @param transitions       for each state, the states reachable from it
 * @param transitionSeconds typical time one transition takes (the simulator uses it; callers size timeouts with it)
 */
public record GovernorSpec(String pvPrefix, List<String> states, String initialState,
                           Map<String, List<String>> transitions, Double transitionSeconds) {

    /** True when the profile allows going from {@code from} to {@code to} (staying put is always allowed). */
    public boolean allows(String from, String to) {
        if (from.equals(to)) {
            return states.contains(to);
        }
        return transitions.getOrDefault(from, List.of()).contains(to);
    }

    /** States reachable from {@code from} in one transition. */
    public List<String> reachableFrom(String from) {
        return transitions.getOrDefault(from, List.of());
    }

    GovernorSpec withPvPrefix(String prefix) {
        return new GovernorSpec(prefix, states, initialState, transitions, transitionSeconds);
    }
}
