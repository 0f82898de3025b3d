package org.lsdcfx.launcher;

import java.nio.file.Path;
import org.lsdcfx.store.EmbeddedStore;
import org.lsdcfx.store.StoreConnection;
import org.lsdcfx.store.StoreUnavailableException;
import picocli.CommandLine.Option;

/**
 * The store options shared by every command: {@code --mongo URI} (or {@code LSDC_MONGO_URI}) for a real MongoDB,
 * otherwise the embedded store ({@code --data DIR}).
 */
final class StoreOptions {
    @Option(names = "--mongo", paramLabel = "URI", description = "MongoDB connection string (default: $LSDC_MONGO_URI, else the embedded store)")
    String mongoUri;

    @Option(names = "--data", paramLabel = "DIR", description = "Embedded store data directory (default: ~/.lsdc-fx/store)")
    Path dataDir;

    @Option(names = "--store-port", description = "Port of the embedded store on 127.0.0.1 (default: ${DEFAULT-VALUE})")
    int storePort = EmbeddedStore.DEFAULT_PORT;

    /** The connection string asked for explicitly, or null for the embedded store. */
    String explicitUri() {
        if (mongoUri != null && !mongoUri.isBlank()) {
            if (dataDir != null) {
                throw new StoreUnavailableException("Give either --mongo or --data, not both", null);
            }
            return mongoUri;
        }
        String env = System.getenv("LSDC_MONGO_URI");
        return env != null && !env.isBlank() && dataDir == null ? env : null;
    }

    Path dataDirOrDefault() {
        return dataDir != null ? dataDir : LsdcHome.storeData();
    }

    /**
     * Connects for a short command: to {@code --mongo}; else to an embedded store already running on the default
     * port (started by {@code ./lsdc store} or a demo) when no {@code --data} was given; else opens the embedded
     * store's files for the duration of the command.
     */
    StoreHandle open() {
        String uri = explicitUri();
        if (uri != null) {
            return new StoreHandle(StoreConnection.connect(uri), null);
        }
        if (dataDir == null) {
            try {
                return new StoreHandle(StoreConnection.connect(
                        "mongodb://127.0.0.1:" + storePort + "/?serverSelectionTimeoutMS=300&connectTimeoutMS=300"), null);
            } catch (StoreUnavailableException notRunning) {
                // fall through: open the files ourselves
            }
        }
        EmbeddedStore store = EmbeddedStore.start(dataDirOrDefault(), 0);
        try {
            return new StoreHandle(StoreConnection.connect(store.connectionString()), store);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** A connection plus the embedded store it may own; closing closes both. */
    record StoreHandle(StoreConnection connection, EmbeddedStore embedded) implements AutoCloseable {
        @Override
        public void close() {
            connection.close();
            if (embedded != null) {
                embedded.close();
            }
        }
    }
}
