package org.lsdcfx.daq.routine;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The protocols this server can run, by {@code request_obj.protocol} name. Later issues register standard,
 * vector, raster, eScan, ...; register before or after the server starts (the queue looks each request's
 * protocol up when it runs it). Thread-safe.
 */
public final class ProtocolRegistry {
    private final Map<String, Protocol> protocols = new ConcurrentSkipListMap<>();

    /** @throws IllegalArgumentException if a protocol of that name is already registered */
    public ProtocolRegistry register(Protocol protocol) {
        if (protocols.putIfAbsent(protocol.name(), protocol) != null) {
            throw new IllegalArgumentException("protocol " + protocol.name() + " is registered twice");
        }
        return this;
    }

    public Optional<Protocol> find(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(protocols.get(name));
    }

    /** Registered names, sorted. */
    public List<String> names() {
        return List.copyOf(protocols.keySet());
    }
}
