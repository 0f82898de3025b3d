package org.lsdcfx.daq.routine.collect;

import org.lsdcfx.daq.routine.ProtocolRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one entry point for the launcher: registers {@code standard}, {@code vector} and {@code characterize}.
 *
 * <pre>
 * CollectionServices collection = CollectionServices.builder()
 *         .processing(AutoProcessing.local(ProcessingConfig.fastDpDefaults(), 2, clock))   // optional
 *         .build();
 * ProtocolRegistry protocols = CollectionProtocols.registerAll(new ProtocolRegistry(), collection);
 * DaqServerConfig config = DaqServerConfig.builder(store, profile).protocols(protocols).build();
 * try (collection; DaqServer server = new DaqServer(config)) { server.start(); ... }   // close the server first
 * </pre>
 */
public final class CollectionProtocols {
    private static final Logger log = LoggerFactory.getLogger(CollectionProtocols.class);

    private CollectionProtocols() {
    }

    /**
     * Registers the collection protocols with {@code services}.
     *
     * @return {@code registry}
     * @throws IllegalArgumentException when one of the names is registered already
     */
    public static ProtocolRegistry registerAll(ProtocolRegistry registry, CollectionServices services) {
        registry.register(new StandardProtocol(services));
        registry.register(new VectorProtocol(services));
        registry.register(new CharacterizeProtocol(services));
        log.info("collection protocols standard, vector, characterize registered; NXmx: {}",
                services.datasets().describeBackend());
        return registry;
    }
}
