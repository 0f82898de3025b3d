package org.lsdcfx.mxtools.profile;

import java.util.regex.Pattern;

/**
 * The SIM profile (what beamline-sim hosts), optionally moved to another PV prefix so that several simulators and
 * tests never collide. Every SIM PV name starts with {@value #DEFAULT_PREFIX}; {@link #withPrefix(String)} replaces
 * that leading text, e.g. {@code SIM{Gon:1-Ax:O}Mtr} becomes {@code T1{Gon:1-Ax:O}Mtr}.
 */
public final class SimProfile {
    public static final String NAME = "SIM";
    public static final String DEFAULT_PREFIX = "SIM";
    private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9_:\\-.]+");

    private SimProfile() {
    }

    /** The SIM profile as shipped (and overridden by site/environment, like any profile). */
    public static BeamlineProfile load() {
        return Profiles.load(NAME);
    }

    /** The SIM profile with all PV names under {@code prefix} instead of {@value #DEFAULT_PREFIX}. */
    public static BeamlineProfile withPrefix(String prefix) {
        return withPrefix(load(), prefix);
    }

    /** {@code sim} (a SIM-style profile) moved from {@value #DEFAULT_PREFIX} to {@code prefix}. */
    public static BeamlineProfile withPrefix(BeamlineProfile sim, String prefix) {
        if (prefix == null || !PREFIX.matcher(prefix).matches()) {
            throw new ProfileException("SIM prefix '" + prefix + "' must be letters, digits or _:-. only");
        }
        BeamlineProfile moved = sim.mapPvNames(pv -> {
            if (!pv.startsWith(DEFAULT_PREFIX)) {
                throw new ProfileException("profile " + sim.name() + ": PV " + pv + " does not start with "
                        + DEFAULT_PREFIX + ", so it cannot be moved to prefix " + prefix);
            }
            return prefix + pv.substring(DEFAULT_PREFIX.length());
        });
        return ProfileValidator.validate(moved);
    }
}
