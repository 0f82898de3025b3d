package org.lsdcfx.store;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.util.concurrent.TimeUnit;
import org.bson.Document;

/**
 * One MongoDB client shared by the three stores (Amostra, Conftrak, Analysisstore), each in its own
 * database as at NSLS-II. Thread-safe; close it once when the process ends.
 */
public final class StoreConnection implements AutoCloseable {
    public static final String AMOSTRA_DB = "amostra";
    public static final String CONFTRAK_DB = "conftrak";
    public static final String ANALYSISSTORE_DB = "analysisstore";

    private final String uri;
    private final MongoClient client;

    private StoreConnection(String uri, MongoClient client) {
        this.uri = uri;
        this.client = client;
    }

    /**
     * Connects and pings the server, failing within a few seconds with one clear sentence when it is not there.
     *
     * @throws StoreUnavailableException when the server does not answer
     */
    public static StoreConnection connect(String uri) {
        ConnectionString cs;
        try {
            cs = new ConnectionString(uri);
        } catch (IllegalArgumentException e) {
            throw new StoreUnavailableException("Not a MongoDB connection string: " + uri + " (" + e.getMessage() + ")", e);
        }
        MongoClientSettings settings = MongoClientSettings.builder()
                .applyConnectionString(cs)
                .applyToClusterSettings(b -> b.serverSelectionTimeout(5, TimeUnit.SECONDS))
                .applyToSocketSettings(b -> b.connectTimeout(3, TimeUnit.SECONDS).readTimeout(30, TimeUnit.SECONDS))
                .build();
        MongoClient client = MongoClients.create(settings);
        try {
            client.getDatabase("admin").runCommand(new Document("ping", 1));
        } catch (MongoException e) {
            client.close();
            throw new StoreUnavailableException("The MongoDB server at " + uri + " is not reachable: " + e.getMessage(), e);
        }
        return new StoreConnection(uri, client);
    }

    public String uri() {
        return uri;
    }

    public MongoDatabase amostra() {
        return client.getDatabase(AMOSTRA_DB);
    }

    public MongoDatabase conftrak() {
        return client.getDatabase(CONFTRAK_DB);
    }

    public MongoDatabase analysisstore() {
        return client.getDatabase(ANALYSISSTORE_DB);
    }

    @Override
    public void close() {
        client.close();
    }
}
