package org.lsdcfx.mxtools.profile;

import java.net.URL;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A beamline plugin as tests see it: registered in the test classpath's META-INF/services, it overrides the shipped
 * NYX and adds XYZ (complete) and BROKEN (lacks pvs.flux).
 */
public final class TestProfileProvider implements ProfileProvider {
    private static final Map<String, String> FILES = Map.of("NYX", "test-profiles/NYX-plugin.json",
            "XYZ", "test-profiles/XYZ.json", "BROKEN", "test-profiles/BROKEN.json");

    @Override
    public Set<String> names() {
        return FILES.keySet();
    }

    @Override
    public Optional<URL> locate(String name) {
        String file = FILES.get(name);
        return file == null ? Optional.empty() : Optional.ofNullable(getClass().getClassLoader().getResource(file));
    }
}
