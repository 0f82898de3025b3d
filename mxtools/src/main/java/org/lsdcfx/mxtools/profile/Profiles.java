package org.lsdcfx.mxtools.profile;

import java.util.Set;

/**
 * Entry point: load a beamline profile by name with the default {@link ProfileLoader} (context class loader,
 * process environment, system properties). Stateless; each call reads afresh.
 */
public final class Profiles {
    private Profiles() {
    }

    /** Loads, overrides and validates profile {@code name} (AMX, FMX, NYX, SIM or a plugin's), case-insensitive. */
    public static BeamlineProfile load(String name) {
        return ProfileLoader.defaults().load(name);
    }

    /** Names of every profile on the classpath, sorted. */
    public static Set<String> names() {
        return ProfileLoader.defaults().names();
    }
}
