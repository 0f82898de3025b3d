package org.lsdcfx.device.test;

import org.epics.pva.client.PVAChannel;
import org.epics.pva.client.PVAClient;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.lsdcfx.device.Beamline;
import org.lsdcfx.device.BeamlineDevices;
import org.lsdcfx.mxtools.profile.BeamlineProfile;
import org.lsdcfx.sim.PvaPorts;
import org.lsdcfx.sim.SimBeamline;
import org.lsdcfx.sim.SimConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * JUnit 5 extension: a {@link SimBeamline} on free loopback PVA ports with its own PV prefix and data directory,
 * a {@link PVAClient} and a connected {@link Beamline}, for one test class. Shipped in the devices test-jar so
 * daq-server tests can use it too.
 *
 * <pre>
 * &#64;RegisterExtension static SimulatedBeamline sim = new SimulatedBeamline("DQ1", 0.01);
 * ... sim.beamline().goniometer().omega().moveAndWait(90, Duration.ofSeconds(5));
 * ... sim.simulator().controls().dumpBeam();
 * </pre>
 * The ports are applied to core-pva's process-wide settings in {@code beforeAll}, so anything else the test class
 * creates afterwards (its own PVAServer, another PVAClient) joins the same isolated network.
 */
public final class SimulatedBeamline implements BeforeAllCallback, AfterAllCallback {
    // Strong reference: java.util.logging forgets levels of loggers nobody holds.
    private static final Logger PVA_LOG = Logger.getLogger("org.epics.pva");

    /** Timeout for connecting all beamline PVs. */
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(30);

    private final String prefix;
    private final double timeScale;
    private PvaPorts ports;
    private final List<PvaPorts> extraPorts = new ArrayList<>();
    private Path dataRoot;
    private SimBeamline simulator;
    private PVAClient client;
    private Beamline beamline;

    /**
     * @param prefix    PV prefix for this class's simulator (distinct per test class keeps PV names apart)
     * @param timeScale real seconds per simulated second, e.g. 0.01
     */
    public SimulatedBeamline(String prefix, double timeScale) {
        this.prefix = prefix;
        this.timeScale = timeScale;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        PVA_LOG.setLevel(Level.SEVERE);
        ports = PvaPorts.free().applyLoopback();
        dataRoot = Files.createTempDirectory("lsdcfx-sim-" + prefix);
        simulator = SimBeamline.start(SimConfig.of(prefix, timeScale, dataRoot));
        client = new PVAClient();
        // Generous: connecting takes well under a second, but a lost UDP search reply costs core-pva a retry
        // after 1-8 s on a loaded machine.
        beamline = BeamlineDevices.connect(client, simulator.profile(), CONNECT_TIMEOUT);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (beamline != null) {
            beamline.close();
        }
        if (client != null) {
            client.close();
        }
        if (simulator != null) {
            simulator.close();
        }
        if (dataRoot != null) {
            try (Stream<Path> files = Files.walk(dataRoot)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    public Beamline beamline() {
        return beamline;
    }

    public SimBeamline simulator() {
        return simulator;
    }

    public BeamlineProfile profile() {
        return simulator.profile();
    }

    public PVAClient client() {
        return client;
    }

    public PvaPorts ports() {
        return ports;
    }

    /**
     * Prepares core-pva for one more PVA server in this JVM (e.g. the daq server's comm PVs): picks fresh ports,
     * makes them the ones the next {@code new PVAServer()} binds, and makes clients created afterwards search the
     * simulator and every server added this way. Call it before creating that server and its clients. Needed
     * because two servers bound to one UDP port on 127.0.0.1 do not both receive searches here (loopback has no
     * multicast), so each server needs its own port.
     */
    public PvaPorts addServerPorts() {
        PvaPorts extra = PvaPorts.free().applyLoopback();
        extraPorts.add(extra);
        List<PvaPorts> all = new ArrayList<>(extraPorts);
        all.add(0, ports);
        PvaPorts.searchAll(all.toArray(PvaPorts[]::new));
        return extra;
    }

    /** The detector's data root: series directories must lie inside it. */
    public Path dataRoot() {
        return dataRoot;
    }

    /** Writes {@code value} to any PV with put-callback through the shared client (e.g. simulator controls). */
    public void put(String pv, Object value) throws Exception {
        PVAChannel ch = client.getChannel(pv);
        try {
            ch.connect().get(5, TimeUnit.SECONDS);
            ch.write(true, "value", value).get(5, TimeUnit.SECONDS);
        } finally {
            ch.close();
        }
    }
}
