package org.lsdcfx.sim.detector;

import org.lsdcfx.datafiles.nxmx.NxmxBackends;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.Locale;

/**
 * The simulated detector's file writers, by name: {@code nxmx} (the default of {@code SimMain}: Eiger-style NXmx
 * through datafiles' active backend, JNI HDF5 when {@code libhdf5-java} loads, else a self-contained jhdf master)
 * and {@code binary} (the test format of {@link BinaryFrameSink}).
 */
public final class FrameSinks {
    private static final Logger LOG = LoggerFactory.getLogger(FrameSinks.class);

    private FrameSinks() {
    }

    /** NXmx through {@link NxmxBackends#active()}. */
    public static NxmxFrameSink nxmx() {
        NxmxBackends.Choice choice = NxmxBackends.active();
        LOG.info("simulated detector writes NXmx with {}: {}", choice.name(), choice.reason());
        return new NxmxFrameSink(choice.backend(), Clock.systemUTC());
    }

    public static BinaryFrameSink binary() {
        return new BinaryFrameSink();
    }

    /** {@code nxmx} or {@code binary}. */
    public static FrameSink named(String name) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "nxmx" -> nxmx();
            case "binary" -> binary();
            default -> throw new IllegalArgumentException("frame format '" + name + "' is not nxmx or binary");
        };
    }
}
