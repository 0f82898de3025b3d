package org.lsdcfx.daq.test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.lsdcfx.mxtools.profile.BeamlineProfile;
import org.lsdcfx.sim.PvaPorts;
import org.lsdcfx.sim.SimBeamline;
import org.lsdcfx.sim.SimConfig;

/**
 * A simulated beamline (beamline-sim) on free loopback ports with its own PV prefix, for one test class. Start it
 * before the daq server: the daq server then gets its own UDP port and searches both.
 */
public final class SimHost implements AutoCloseable {
    private final SimBeamline sim;
    private final PvaPorts ports;
    private final Path dataRoot;

    private SimHost(SimBeamline sim, PvaPorts ports, Path dataRoot) {
        this.sim = sim;
        this.ports = ports;
        this.dataRoot = dataRoot;
    }

    /** @param timeScale real seconds per simulated second */
    public static SimHost start(String prefix, double timeScale) throws Exception {
        return start(prefix, timeScale, UnaryOperator.identity());
    }

    /**
     * A simulator whose configuration {@code configure} adapts (frame sink, frame size, crystals), e.g.
     * {@code c -> c.withFrameSink(FrameSinks.nxmx())}.
     */
    public static SimHost start(String prefix, double timeScale, UnaryOperator<SimConfig> configure) throws Exception {
        Quiet.pva();
        PvaPorts ports = PvaPorts.free().applyLoopback();
        Path data = Files.createTempDirectory("daq-sim-" + prefix);
        return new SimHost(SimBeamline.start(configure.apply(SimConfig.of(prefix, timeScale, data))), ports, data);
    }

    public SimBeamline sim() {
        return sim;
    }

    public BeamlineProfile profile() {
        return sim.profile();
    }

    public int udpPort() {
        return ports.udp();
    }

    public Path dataRoot() {
        return dataRoot;
    }

    @Override
    public void close() throws java.io.IOException {
        sim.close();
        try (Stream<Path> files = Files.walk(dataRoot)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
