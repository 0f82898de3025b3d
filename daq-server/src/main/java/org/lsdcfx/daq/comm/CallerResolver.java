package org.lsdcfx.daq.comm;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.epics.pva.common.TCPHandler;
import org.epics.pva.server.ClientAuthentication;
import org.epics.pva.server.PVAServer;
import org.lsdcfx.daq.command.Caller;

/**
 * Finds out who is on the other end of a PVA connection. core-pva 5.0.5 hands the write handler the client's
 * {@link TCPHandler}, whose authentication accessor is package-private; the public
 * {@link PVAServer#getClientInfos()} lists each connection's remote address with its
 * {@link ClientAuthentication} ("ca": the user and host the client sent; anonymous: "nobody" at its address), so
 * the caller is the entry with the handler's remote address. Thread-safe.
 */
public final class CallerResolver {
    private final PVAServer server;

    public CallerResolver(PVAServer server) {
        this.server = server;
    }

    /** The caller behind a connection; "unknown" if the connection is gone already. */
    public Caller resolve(TCPHandler tcp) {
        InetSocketAddress address = tcp.getRemoteAddress();
        for (PVAServer.ClientInfo info : server.getClientInfos()) {
            if (address.equals(info.address())) {
                ClientAuthentication auth = info.authentication();
                if (auth == null) {
                    break;
                }
                String user = auth.getUser() == null || auth.getUser().isBlank() ? "anonymous" : auth.getUser();
                return new Caller(user, hostName(auth.getHost(), address), address);
            }
        }
        return new Caller("unknown", address.getAddress().getHostAddress(), address);
    }

    /** True while the caller's connection is open. */
    public boolean isConnected(Caller caller) {
        if (caller.address() == null) {
            return true;
        }
        for (PVAServer.ClientInfo info : server.getClientInfos()) {
            if (caller.address().equals(info.address())) {
                return true;
            }
        }
        return false;
    }

    /** The host name the client claimed, without a reverse DNS look-up; else its IP address. */
    private static String hostName(InetAddress host, InetSocketAddress fallback) {
        if (host == null) {
            return fallback.getAddress().getHostAddress();
        }
        String s = host.toString(); // "name/1.2.3.4", or "/1.2.3.4" when no name is known
        int slash = s.indexOf('/');
        String name = slash < 0 ? s : s.substring(0, slash);
        return name.isEmpty() ? host.getHostAddress() : name;
    }
}
