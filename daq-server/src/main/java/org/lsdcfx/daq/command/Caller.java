package org.lsdcfx.daq.command;

import java.net.InetSocketAddress;
import java.util.Objects;

/**
 * Who sent a command: the user and host the PVA client authenticated with ("ca" authentication sends both;
 * anonymous clients are "nobody" at their socket address), and the client's TCP address, which identifies
 * one client program (one GUI) for as long as its connection lives.
 *
 * @param user    authenticated user name, never null
 * @param host    host name the client claimed, or its IP address
 * @param address remote TCP address of the client's connection; null for callers inside the server
 */
public record Caller(String user, String host, InetSocketAddress address) {
    /** The server itself (start-up recovery, internal bookkeeping). */
    public static final Caller SERVER = new Caller("daq-server", "localhost", null);

    public Caller {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(host, "host");
    }

    /** {@code user@host}, the form used in messages, the staff list and {@code zinger_flag}. */
    public String display() {
        return user + "@" + host;
    }

    /** True if both callers are the same client connection (the same running GUI or CLI). */
    public boolean sameConnection(Caller other) {
        return other != null && address != null && address.equals(other.address);
    }

    @Override
    public String toString() {
        return address == null ? display() : display() + " (" + address.getAddress().getHostAddress() + ":" + address.getPort() + ")";
    }
}
