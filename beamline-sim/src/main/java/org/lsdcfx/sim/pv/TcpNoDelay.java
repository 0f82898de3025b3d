package org.lsdcfx.sim.pv;

import org.epics.pva.common.TCPHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.reflect.Field;
import java.net.Socket;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Turns on TCP_NODELAY for a client connection of the core-pva server. core-pva 5.0.5 never sets it on the server
 * side, so a put-callback reply that follows a monitor update waits for the client's delayed ACK: about 40 ms per
 * put instead of 0.1 ms (STACK.md §2, gotcha 2; measured by devices' PvLatencyBenchmark). The socket is a protected
 * field of {@link TCPHandler}; it is reached by reflection once per connection, and if that ever fails the server
 * just stays slower. Thread-safe.
 */
final class TcpNoDelay {
    private static final Logger LOG = LoggerFactory.getLogger(TcpNoDelay.class);
    private static final Field SOCKET = socketField();
    // Connections already handled; weak so closed connections are forgotten. Guarded by its synchronized wrapper.
    private final Map<TCPHandler, Boolean> done = Collections.synchronizedMap(new WeakHashMap<>());

    private static Field socketField() {
        try {
            Field f = TCPHandler.class.getDeclaredField("socket");
            f.setAccessible(true);
            return f;
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warn("cannot reach core-pva's TCP socket, puts stay Nagle-delayed: {}", e.toString());
            return null;
        }
    }

    void apply(TCPHandler tcp) {
        if (SOCKET == null || tcp == null || done.putIfAbsent(tcp, Boolean.TRUE) != null) {
            return;
        }
        try {
            if (SOCKET.get(tcp) instanceof Socket socket) {
                socket.setTcpNoDelay(true);
            }
        } catch (ReflectiveOperationException | java.io.IOException | RuntimeException e) {
            LOG.debug("cannot set TCP_NODELAY: {}", e.toString());
        }
    }
}
