package org.lsdcfx.daq.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.epics.pva.client.PVAClient;
import org.lsdcfx.daq.DaqServer;
import org.lsdcfx.daq.DaqServerConfig;
import org.lsdcfx.daq.PvaNetwork;
import org.lsdcfx.daq.client.CommandClient;
import org.lsdcfx.daq.routine.ProtocolRegistry;
import org.lsdcfx.mxtools.profile.BeamlineProfile;
import org.lsdcfx.mxtools.profile.SimProfile;
import org.lsdcfx.store.StoreConnection;

/**
 * A started daq server on free loopback PVA ports and a fresh comm prefix, on a given store, optionally beside a
 * {@link SimHost}; plus a PVA client, a {@link CommandClient} and a {@link PvReader} for the test. Close it after
 * each test.
 *
 * <pre>
 * try (DaqTestBed bed = DaqTestBed.builder(mongo.connection()).simulator(sim).staff(DaqTestBed.ME).start()) {
 *     CommandReply r = bed.client().send("runDCQueue");
 * }
 * </pre>
 */
public final class DaqTestBed implements AutoCloseable {
    /** The user name this JVM's PVA clients authenticate with. */
    public static final String ME = System.getProperty("user.name");
    private static final AtomicInteger PREFIXES = new AtomicInteger();

    private final DaqServer server;
    private final PvaNetwork network;
    private final PVAClient pva;
    private final CommandClient client;
    private final PvReader pvs;
    private final Path visitDirectory;

    private DaqTestBed(DaqServer server, PvaNetwork network, Path visitDirectory) {
        this.server = server;
        this.network = network;
        this.visitDirectory = visitDirectory;
        try {
            this.pva = new PVAClient(); // after the server applied its client settings: searches server and simulator
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        this.client = CommandClient.connect(server.commPrefix(), Duration.ofSeconds(5));
        this.pvs = new PvReader(pva, server.commPrefix());
    }

    public static Builder builder(StoreConnection store) {
        return new Builder(store);
    }

    /** Two free loopback ports (TCP, UDP). */
    public static int[] freePorts() {
        try (ServerSocket tcp = new ServerSocket(0); DatagramSocket udp = new DatagramSocket(0)) {
            return new int[] {tcp.getLocalPort(), udp.getLocalPort()};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String newPrefix() {
        return "DQT" + PREFIXES.incrementAndGet() + "{Comm}";
    }

    public DaqServer server() {
        return server;
    }

    public CommandClient client() {
        return client;
    }

    public PvReader pvs() {
        return pvs;
    }

    public PVAClient pva() {
        return pva;
    }

    public PvaNetwork network() {
        return network;
    }

    public String prefix() {
        return server.commPrefix();
    }

    public Path visitDirectory() {
        return visitDirectory;
    }

    @Override
    public void close() {
        client.close();
        pvs.close();
        pva.close();
        server.close();
    }

    /** Configures and starts a {@link DaqTestBed}. */
    public static final class Builder {
        private final StoreConnection store;
        private SimHost sim;
        private final Set<String> staff = new LinkedHashSet<>();
        private ProtocolRegistry protocols = new ProtocolRegistry();
        private String prefix;
        private Duration instanceCheck = Duration.ofMillis(150); // prefixes are unique per bed: nothing answers
        private Path visitDirectory;
        private BeamlineProfile profile;
        private int[] extraSearchPorts = new int[0];

        private Builder(StoreConnection store) {
            this.store = store;
        }

        public Builder simulator(SimHost s) {
            this.sim = s;
            return this;
        }

        public Builder staff(String... names) {
            staff.addAll(List.of(names));
            return this;
        }

        public Builder protocols(ProtocolRegistry p) {
            this.protocols = p;
            return this;
        }

        public Builder prefix(String p) {
            this.prefix = p;
            return this;
        }

        public Builder instanceCheck(Duration d) {
            this.instanceCheck = d;
            return this;
        }

        /** A profile other than the simulator's (or SIM's, without a simulator). */
        public Builder profile(BeamlineProfile p) {
            this.profile = p;
            return this;
        }

        /** UDP ports of further PVA servers the daq server must find (test-hosted PVs). */
        public Builder searchAlso(int... udpPorts) {
            this.extraSearchPorts = udpPorts.clone();
            return this;
        }

        public Builder visitDirectory(Path dir) {
            this.visitDirectory = dir;
            return this;
        }

        /** The config this builder would start a server with (ports picked now). */
        public DaqServerConfig config(PvaNetwork network) {
            Quiet.pva();
            BeamlineProfile p = profile != null ? profile : sim != null ? sim.profile() : SimProfile.load();
            return DaqServerConfig.builder(store, p)
                    .commPrefix(prefix == null ? newPrefix() : prefix)
                    .pvaNetwork(network)
                    .staff(staff)
                    .visitDirectory(visitDirectory)
                    .protocols(protocols)
                    .connectDevices(sim != null)
                    .deviceConnectTimeout(Duration.ofSeconds(10))
                    .instanceCheckTimeout(instanceCheck)
                    .abortBudget(Duration.ofSeconds(3))
                    .build();
        }

        public DaqTestBed start() {
            try {
                if (visitDirectory == null) {
                    visitDirectory = Files.createTempDirectory("daq-visit");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            int[] ports = freePorts();
            int[] others = java.util.stream.IntStream.concat(sim == null ? java.util.stream.IntStream.empty()
                    : java.util.stream.IntStream.of(sim.udpPort()), java.util.Arrays.stream(extraSearchPorts)).toArray();
            PvaNetwork network = PvaNetwork.loopback(ports[0], ports[1], others);
            DaqServer server = new DaqServer(config(network));
            try {
                server.start();
                return new DaqTestBed(server, network, visitDirectory);
            } catch (RuntimeException e) {
                server.close();
                throw e;
            }
        }
    }
}
