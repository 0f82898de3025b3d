package org.lsdcfx.mxtools.profile;

import java.net.URL;
import java.util.Optional;
import java.util.Set;

/**
 * Service-provider interface for beamline plugin jars: register an implementation in
 * {@code META-INF/services/org.lsdcfx.mxtools.profile.ProfileProvider}. Providers are consulted in classpath order
 * before the plain profile resources ({@code META-INF/lsdcfx/profiles/<NAME>.json}); the first that knows a name
 * wins. Implementations need a public no-argument constructor and must be thread-safe.
 */
public interface ProfileProvider {

    /** Profile names (upper case) this provider supplies. */
    Set<String> names();

    /** The JSON profile document for {@code name}, or empty if this provider does not supply it. */
    Optional<URL> locate(String name);
}
