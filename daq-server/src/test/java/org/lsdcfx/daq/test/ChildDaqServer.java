package org.lsdcfx.daq.test;

import java.nio.file.Path;
import java.time.Duration;
import org.lsdcfx.daq.DaqServer;
import org.lsdcfx.daq.DaqServerConfig;
import org.lsdcfx.daq.PvaNetwork;
import org.lsdcfx.daq.protocols.ProtocolProbe;
import org.lsdcfx.daq.protocols.SleepyProtocol;
import org.lsdcfx.daq.routine.ProtocolRegistry;
import org.lsdcfx.mxtools.profile.SimProfile;
import org.lsdcfx.store.StoreConnection;

/**
 * A daq server in its own JVM, so that a test can kill it (SIGKILL) in the middle of a request. Arguments: store
 * URI, simulator prefix, simulator UDP port, comm prefix, TCP port, UDP port, visit directory. Registers a slow
 * "sleepy" protocol, prints "ready" and serves until killed.
 */
public final class ChildDaqServer {
    private ChildDaqServer() {
    }

    public static void main(String[] args) throws Exception {
        Quiet.pva();
        StoreConnection store = StoreConnection.connect(args[0]);
        PvaNetwork network = PvaNetwork.loopback(Integer.parseInt(args[4]), Integer.parseInt(args[5]), Integer.parseInt(args[2]));
        DaqServer server = new DaqServer(DaqServerConfig.builder(store, SimProfile.withPrefix(args[1]))
                .commPrefix(args[3]).pvaNetwork(network).visitDirectory(Path.of(args[6]))
                .protocols(new ProtocolRegistry().register(new SleepyProtocol(1000, 5, new ProtocolProbe())))
                .instanceCheckTimeout(Duration.ofMillis(400)).build());
        server.start();
        System.out.println("ready");
        System.out.flush();
        Thread.currentThread().join(); // serve until killed
    }
}
