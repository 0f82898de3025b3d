package org.lsdcfx.sim;

import org.epics.pva.PVASettings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.ServerSocket;
import java.util.Map;

/**
 * A pair of PVA ports (TCP server, UDP search/broadcast) for an isolated loopback PVA network, as tests and
 * {@code SimMain --loopback} need. core-pva reads its settings into static fields of {@link PVASettings} once;
 * {@link #applyLoopback()} overwrites those fields, so call it before creating any {@code PVAServer} or
 * {@code PVAClient} that should use these ports (STACK.md §2: port 0 breaks name-server mode, so real free ports
 * are picked).
 *
 * @param tcp TCP port of the PVA server
 * @param udp UDP port for searches and beacons
 */
public record PvaPorts(int tcp, int udp) {

    /** Two currently free ports on this machine. */
    public static PvaPorts free() {
        try (ServerSocket tcp = new ServerSocket(0); DatagramSocket udp = new DatagramSocket(0)) {
            return new PvaPorts(tcp.getLocalPort(), udp.getLocalPort());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot find free ports", e);
        }
    }

    /**
     * Points core-pva in this JVM at these ports on 127.0.0.1 only (server and client). Mutates process-wide
     * static settings: one PVA network per JVM at a time.
     */
    public PvaPorts applyLoopback() {
        PVASettings.EPICS_PVA_SERVER_PORT = tcp;
        PVASettings.EPICS_PVA_BROADCAST_PORT = udp;
        PVASettings.EPICS_PVAS_BROADCAST_PORT = udp;
        PVASettings.EPICS_PVA_ADDR_LIST = "127.0.0.1";
        PVASettings.EPICS_PVA_AUTO_ADDR_LIST = false;
        PVASettings.EPICS_PVAS_INTF_ADDR_LIST = "127.0.0.1";
        PVASettings.EPICS_PVA_NAME_SERVERS = "";
        return this;
    }

    /**
     * Lets clients created from now on search several servers on this host, each on its own UDP port (e.g. two
     * simulators, or a simulator and the daq server's comm PVs in separate {@code PVAServer}s). Needed because
     * servers sharing a UDP port on one host only all see unicast searches if the loopback interface does
     * multicast, which it often does not (Debian containers: {@code lo} has no MULTICAST flag).
     */
    public static void searchAll(PvaPorts... servers) {
        StringBuilder list = new StringBuilder();
        for (PvaPorts p : servers) {
            list.append(list.length() == 0 ? "" : " ").append("127.0.0.1:").append(p.udp());
        }
        PVASettings.EPICS_PVA_ADDR_LIST = list.toString();
    }

    /** The same settings as environment variables, for a child process (e.g. {@code PVAClientMain}). */
    public Map<String, String> asEnvironment() {
        return Map.of("EPICS_PVA_SERVER_PORT", Integer.toString(tcp),
                "EPICS_PVA_BROADCAST_PORT", Integer.toString(udp),
                "EPICS_PVAS_BROADCAST_PORT", Integer.toString(udp),
                "EPICS_PVA_ADDR_LIST", "127.0.0.1",
                "EPICS_PVA_AUTO_ADDR_LIST", "NO",
                "EPICS_PVAS_INTF_ADDR_LIST", "127.0.0.1");
    }
}
