package org.lsdcfx.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.ServerSocket;

/** Free loopback ports for one test, so parallel runs never share a PVA or store port. */
final class FreePorts {
    private FreePorts() {
    }

    static int tcp() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int udp() {
        try (DatagramSocket s = new DatagramSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The {@code ./lsdc} options giving the daq server and its simulator their own ports. */
    static String[] pvaOptions(int daqUdp) {
        return new String[] {"--pva-port", Integer.toString(tcp()), "--pva-udp-port", Integer.toString(daqUdp),
                "--sim-pva-port", Integer.toString(tcp()), "--sim-pva-udp-port", Integer.toString(udp())};
    }
}
