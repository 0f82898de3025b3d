package org.lsdcfx.store;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded MongoDB-wire-compatible store: mongo-java-server with its H2 backend, listening on loopback so
 * that any MongoDB client (the driver, pymongo, mongosh) can use it. Acknowledged writes reach the file within
 * {@link #COMMIT_PERIOD_MS} (the H2 store is committed on a schedule) and on {@link #close()}.
 */
public final class EmbeddedStore implements AutoCloseable {
    public static final int DEFAULT_PORT = 27817;
    public static final String DB_FILE = "lsdc-store.mv.db";
    static final long COMMIT_PERIOD_MS = 100;
    private static final Logger log = LoggerFactory.getLogger(EmbeddedStore.class);

    private final MongoServer server;
    private final H2Backend backend;
    private final ScheduledExecutorService committer;
    private final Path file;
    private final InetSocketAddress address;

    private EmbeddedStore(MongoServer server, H2Backend backend, Path file) {
        this.server = server;
        this.backend = backend;
        this.file = file;
        this.address = server.getLocalAddress();
        this.committer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "embedded-store-commit");
            t.setDaemon(true);
            return t;
        });
        committer.scheduleWithFixedDelay(this::commitQuietly, COMMIT_PERIOD_MS, COMMIT_PERIOD_MS, TimeUnit.MILLISECONDS);
    }

    /**
     * Starts a persistent store in {@code dataDir} on 127.0.0.1:{@code port} (0 = any free port).
     *
     * @throws StoreUnavailableException with one sentence saying what is wrong (busy port, unwritable or locked
     *                                   directory)
     */
    public static EmbeddedStore start(Path dataDir, int port) {
        Path dir = dataDir.toAbsolutePath();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreUnavailableException("Cannot create the store data directory " + dir + ": " + e.getMessage(), e);
        }
        if (!Files.isWritable(dir)) {
            throw new StoreUnavailableException("The store data directory " + dir + " is not writable", null);
        }
        Path file = dir.resolve(DB_FILE);
        H2Backend backend;
        try {
            backend = new H2Backend(file.toString());
        } catch (RuntimeException e) {
            throw new StoreUnavailableException("Cannot open the store file " + file + " (is another LSDC-FX store using it?): "
                    + rootMessage(e), e);
        }
        return bind(backend, port, file);
    }

    /** A store that lives only in memory, on a free loopback port (tests, throw-away demos). */
    public static EmbeddedStore startInMemory() {
        return bind(H2Backend.inMemory(), 0, null);
    }

    private static EmbeddedStore bind(H2Backend backend, int port, Path file) {
        MongoServer server = new MongoServer((MongoBackend) backend);
        try {
            server.bind("127.0.0.1", port);
        } catch (Exception e) { // netty rethrows BindException undeclared
            backend.close();
            if (hasCause(e, BindException.class)) {
                throw new StoreUnavailableException("Port " + port + " on 127.0.0.1 is already in use; choose another with --port"
                        + " or stop the program using it", e);
            }
            throw new StoreUnavailableException("Cannot start the embedded store on port " + port + ": " + rootMessage(e), e);
        }
        EmbeddedStore store = new EmbeddedStore(server, backend, file);
        log.info("Embedded store listening at {} ({})", store.connectionString(),
                file == null ? "in memory" : file);
        return store;
    }

    public String connectionString() {
        return "mongodb://127.0.0.1:" + address.getPort();
    }

    public int port() {
        return address.getPort();
    }

    /** The H2 file, or null for an in-memory store. */
    public Path file() {
        return file;
    }

    /** Makes every acknowledged write durable now. */
    public void commit() {
        backend.commit();
    }

    private void commitQuietly() {
        try {
            backend.commit();
        } catch (RuntimeException e) {
            log.warn("Embedded store commit failed: {}", e.toString());
        }
    }

    @Override
    public void close() {
        committer.shutdownNow();
        server.shutdown(); // closes the backend, which commits
    }

    private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null) {
            c = c.getCause();
        }
        return c.getMessage() == null ? c.toString() : c.getMessage();
    }
}
