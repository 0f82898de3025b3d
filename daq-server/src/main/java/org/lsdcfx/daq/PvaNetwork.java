package org.lsdcfx.daq;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.epics.pva.PVASettings;

/**
 * PVA network settings for the daq server's own PVA server and client.
 *
 * <p>core-pva reads its settings once per JVM into the static fields of {@link PVASettings}, and each
 * {@code PVAServer}/{@code PVAClient} takes them when it is constructed; the methods here overwrite those fields,
 * so they affect everything the JVM creates afterwards. Two PVA servers in one JVM (the daq server beside
 * beamline-sim, as in {@code ./lsdc demo}) must listen on different UDP ports: a unicast search reaches only one
 * of several sockets sharing a port (and loopback has no multicast to forward it), so clients then list every
 * server's UDP port in their search addresses ({@link #loopback(int, int, int...)} does that).
 *
 * @param serverTcpPort      TCP port of the server (a real free port: port 0 breaks name-server mode in 5.0.5)
 * @param serverUdpPort      UDP port the server answers searches on
 * @param searchAddresses    where the client searches (EPICS_PVA_ADDR_LIST), "host[:port] ..."
 * @param autoAddressList    add broadcast addresses automatically (EPICS_PVA_AUTO_ADDR_LIST)
 * @param interfaceAddresses server UDP interfaces (EPICS_PVAS_INTF_ADDR_LIST)
 */
public record PvaNetwork(int serverTcpPort, int serverUdpPort, String searchAddresses, boolean autoAddressList,
                         String interfaceAddresses) {

    /**
     * Loopback only: the server on {@code tcpPort}/{@code udpPort}, the client searching this server and the
     * other servers' UDP ports on 127.0.0.1 (for example beamline-sim's).
     */
    public static PvaNetwork loopback(int tcpPort, int udpPort, int... otherServerUdpPorts) {
        String search = IntStream.concat(IntStream.of(udpPort), IntStream.of(otherServerUdpPorts)).distinct()
                .mapToObj(p -> "127.0.0.1:" + p).collect(Collectors.joining(" "));
        return new PvaNetwork(tcpPort, udpPort, search, false, "127.0.0.1");
    }

    /** Sets what the next {@code PVAServer} uses: its ports and interfaces. */
    public void applyServerSettings() {
        PVASettings.EPICS_PVA_SERVER_PORT = serverTcpPort;
        PVASettings.EPICS_PVAS_BROADCAST_PORT = serverUdpPort;
        PVASettings.EPICS_PVAS_INTF_ADDR_LIST = interfaceAddresses;
    }

    /** Sets what the next {@code PVAClient} uses: where it searches. */
    public void applyClientSettings() {
        PVASettings.EPICS_PVA_ADDR_LIST = searchAddresses;
        PVASettings.EPICS_PVA_AUTO_ADDR_LIST = autoAddressList;
        PVASettings.EPICS_PVA_BROADCAST_PORT = serverUdpPort;
        PVASettings.EPICS_PVA_NAME_SERVERS = "";
    }

    /** Both, for everything created afterwards in this JVM. */
    public void apply() {
        applyServerSettings();
        applyClientSettings();
    }

    /** The client settings as environment variables, for a client in another process ({@code ./lsdc cmd}, a GUI). */
    public java.util.Map<String, String> clientEnvironment() {
        return java.util.Map.of("EPICS_PVA_ADDR_LIST", searchAddresses,
                "EPICS_PVA_AUTO_ADDR_LIST", autoAddressList ? "YES" : "NO",
                "EPICS_PVA_BROADCAST_PORT", Integer.toString(serverUdpPort));
    }
}
