package org.lsdcfx.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.lsdcfx.amostra.Amostra;
import org.lsdcfx.conftrak.Conftrak;
import org.lsdcfx.conftrak.key.SampleHandlingKeys;
import org.lsdcfx.conftrak.key.VisitKeys;
import org.lsdcfx.daq.DaqServer;
import org.lsdcfx.datafiles.nxmx.NxmxBackends;
import org.lsdcfx.daq.DaqServerConfig;
import org.lsdcfx.daq.PvaNetwork;
import org.lsdcfx.mxtools.profile.BeamlineProfile;
import org.lsdcfx.mxtools.profile.Profiles;
import org.lsdcfx.sim.PvaPorts;
import org.lsdcfx.sim.SimBeamline;
import org.lsdcfx.sim.SimConfig;
import org.lsdcfx.sim.detector.FrameSinks;
import org.lsdcfx.sim.detector.FrameSize;
import org.lsdcfx.store.EmbeddedStore;
import org.lsdcfx.store.StoreConnection;
import org.lsdcfx.store.StoreUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The parts of a running LSDC-FX, started in order (store, simulated beamline, daq server) and closed in reverse.
 * Everything talks over the real protocols, also when all of it runs in this JVM.
 */
final class EmbeddedSystem implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedSystem.class);
    static final String WHO = "lsdc";

    private final EmbeddedStore embeddedStore;
    private final StoreConnection store;
    private final SimBeamline sim;
    private final DaqServer server;
    private final Protocols protocols;
    private final Path visitDirectory;
    private final String storeDescription;
    private final PvaNetwork network;
    private final BeamlineProfile profile;

    private EmbeddedSystem(EmbeddedStore embeddedStore, StoreConnection store, String storeDescription, SimBeamline sim,
                           DaqServer server, Protocols protocols, Path visitDirectory, PvaNetwork network,
                           BeamlineProfile profile) {
        this.protocols = protocols;
        this.network = network;
        this.profile = profile;
        this.embeddedStore = embeddedStore;
        this.store = store;
        this.storeDescription = storeDescription;
        this.sim = sim;
        this.server = server;
        this.visitDirectory = visitDirectory;
    }

    /** What to start. */
    record Options(String mongoUri, Path dataDir, int storePort, boolean simulate, double timeScale, String beamline,
                   Path visit, Set<String> staff, PvaPortOptions ports) {
    }

    static EmbeddedSystem start(Options o) throws Exception {
        EmbeddedStore embedded = null;
        StoreConnection store;
        String described;
        if (o.mongoUri() != null) {
            store = StoreConnection.connect(o.mongoUri());
            described = o.mongoUri();
        } else {
            try {
                embedded = EmbeddedStore.start(o.dataDir(), o.storePort());
                store = StoreConnection.connect(embedded.connectionString());
                described = embedded.connectionString() + " (embedded, " + embedded.file() + ")";
            } catch (StoreUnavailableException busy) {
                // Another LSDC-FX process (./lsdc store) may already serve the default port: use it.
                String uri = "mongodb://127.0.0.1:" + o.storePort();
                try {
                    store = StoreConnection.connect(uri + "/?serverSelectionTimeoutMS=1000");
                } catch (StoreUnavailableException notAStore) {
                    throw busy;
                }
                described = uri + " (already running)";
            }
        }
        SimBeamline sim = null;
        DaqServer server = null;
        Protocols protocols = null;
        try {
            Conftrak conftrak = new Conftrak(store, Clock.systemUTC(), o.beamline().toLowerCase());
            conftrak.createIndexes();
            conftrak.storeDefaults(WHO);
            Path visit = visitDirectory(o, conftrak);
            Amostra amostra = new Amostra(store, Clock.systemUTC());
            amostra.createIndexes();
            String dewar = conftrak.get(SampleHandlingKeys.PRIMARY_DEWAR_NAME);
            if (amostra.containers().dewarByName(dewar).isEmpty()) {
                amostra.containers().createDewar(dewar, o.beamline().toLowerCase());
                log.info("Created the primary dewar {}", dewar);
            }

            BeamlineProfile profile = Profiles.load(o.beamline());
            if (o.simulate()) {
                new PvaPorts(o.ports().simTcp, o.ports().simUdp).applyLoopback();
                // Eiger-style NXmx files, frames a quarter of the 9M's size each way: realistic and quick to draw.
                SimConfig simConfig = SimConfig.of(profile.name(), o.timeScale(), Files.createDirectories(visit));
                simConfig = simConfig.withFrameSink(FrameSinks.nxmx())
                        .withFrameSize(FrameSize.parse("bin4", simConfig.profile().detector()));
                sim = SimBeamline.start(simConfig);
                profile = sim.profile();
            }
            // Simulated: everything on loopback. Real IOCs: the environment's EPICS_PVA_* settings decide.
            PvaNetwork network = o.simulate() || !PvaDefaults.environmentConfigured()
                    ? PvaDefaults.daqLoopback(o.ports()) : null;
            Set<String> staff = new LinkedHashSet<>(o.staff());
            staff.add(System.getProperty("user.name")); // whoever starts the server on this machine is staff here
            protocols = Protocols.forProfile(profile, o.simulate());
            DaqServerConfig config = DaqServerConfig.builder(store, profile)
                    .protocols(protocols.registry())
                    .staff(staff)
                    .visitDirectory(visit)
                    .spreadsheetRoots(List.of(visit, LsdcHome.root()))
                    .pvaNetwork(network)
                    .deviceConnectTimeout(Duration.ofSeconds(10))
                    .build();
            server = new DaqServer(config);
            server.start();
            return new EmbeddedSystem(embedded, store, described, sim, server, protocols, visit, network, profile);
        } catch (Exception | Error e) {
            closeQuietly(server);
            closeQuietly(protocols);
            closeQuietly(sim);
            store.close();
            closeQuietly(embedded);
            throw e;
        }
    }

    private static Path visitDirectory(Options o, Conftrak conftrak) throws java.io.IOException {
        Path visit = o.visit();
        if (visit == null) {
            String stored = conftrak.get(VisitKeys.VISIT_DIRECTORY);
            visit = stored == null || stored.isBlank() ? LsdcHome.root().resolve("visit") : Path.of(stored);
        }
        visit = Files.createDirectories(visit.toAbsolutePath().normalize());
        if (!visit.toString().equals(conftrak.get(VisitKeys.VISIT_DIRECTORY))) {
            conftrak.set(VisitKeys.VISIT_DIRECTORY, visit.toString(), WHO);
        }
        return visit;
    }

    StoreConnection store() {
        return store;
    }

    DaqServer server() {
        return server;
    }

    /** The profile the server runs with (the simulator's, with its prefix, when simulated). */
    BeamlineProfile profile() {
        return profile;
    }

    Path visitDirectory() {
        return visitDirectory;
    }

    /** Lines a person reads at start-up. */
    List<String> describe() {
        NxmxBackends.Choice nxmx = NxmxBackends.active();
        String pva = network == null ? "PVA as the EPICS_PVA_* environment says"
                : "PVA TCP " + network.serverTcpPort() + " UDP " + network.serverUdpPort();
        return List.of(
                "LSDC-FX daq server " + server.commPrefix() + " on " + pva + "; protocols: " + server.protocols().names(),
                "Store:    " + storeDescription,
                "Beamline: " + (sim != null ? "simulated (" + sim.prefix() + ", PVA TCP " + sim.tcpPort() + ")"
                        : "real IOCs (profile " + server.serverInfo().beamline() + ")"),
                "Visit:    " + visitDirectory,
                "NXmx:     " + nxmx.backend().name() + " (" + nxmx.reason() + ")",
                network == null ? "Clients: use the same EPICS_PVA_* environment"
                        : "Clients: EPICS_PVA_ADDR_LIST=\"" + network.searchAddresses() + "\" (./lsdc cmd and gui set it for you)");
    }

    @Override
    public void close() {
        closeQuietly(server);
        closeQuietly(protocols);
        closeQuietly(sim);
        store.close();
        closeQuietly(embeddedStore);
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (Exception e) {
            log.warn("closing {}: {}", c.getClass().getSimpleName(), e.toString());
        }
    }
}
