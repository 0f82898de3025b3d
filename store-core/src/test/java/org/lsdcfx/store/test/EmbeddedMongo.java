package org.lsdcfx.store.test;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.lsdcfx.store.EmbeddedStore;
import org.lsdcfx.store.StoreConnection;

/**
 * JUnit 5 extension: an in-memory embedded store on a free loopback port, reached over the MongoDB wire
 * protocol by the real driver. The three store databases are dropped before each test.
 *
 * <pre>
 * &#64;RegisterExtension static EmbeddedMongo mongo = new EmbeddedMongo();
 * ... new AmostraClient(mongo.connection(), ...)
 * </pre>
 */
public final class EmbeddedMongo implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {
    private EmbeddedStore store;
    private StoreConnection connection;

    @Override
    public void beforeAll(ExtensionContext context) {
        store = EmbeddedStore.startInMemory();
        connection = StoreConnection.connect(store.connectionString());
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        connection.amostra().drop();
        connection.conftrak().drop();
        connection.analysisstore().drop();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (connection != null) {
            connection.close();
        }
        if (store != null) {
            store.close();
        }
    }

    public StoreConnection connection() {
        return connection;
    }

    public String uri() {
        return store.connectionString();
    }
}
