package org.lsdcfx.launcher;

import java.nio.file.Path;

/** Where LSDC-FX keeps its files by default: {@code $LSDC_HOME}, else {@code ~/.lsdc-fx}. */
final class LsdcHome {
    private LsdcHome() {
    }

    static Path root() {
        String env = System.getenv("LSDC_HOME");
        return env != null && !env.isBlank() ? Path.of(env) : Path.of(System.getProperty("user.home"), ".lsdc-fx");
    }

    static Path storeData() {
        return root().resolve("store");
    }
}
