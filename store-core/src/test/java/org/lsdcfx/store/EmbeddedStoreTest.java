package org.lsdcfx.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.MongoCollection;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedStoreTest {
    @TempDir
    Path dir;

    @Test
    void documentsSurviveARestartOfTheStore() {
        try (EmbeddedStore store = EmbeddedStore.start(dir, 0);
             StoreConnection c = StoreConnection.connect(store.connectionString())) {
            MongoCollection<Document> coll = c.amostra().getCollection("sample");
            for (int i = 0; i < 100; i++) {
                coll.insertOne(new Document("uid", "s" + i).append("name", "x" + i));
            }
            coll.updateOne(new Document("uid", "s7"), new Document("$set", new Document("name", "changed")));
        }
        try (EmbeddedStore store = EmbeddedStore.start(dir, 0);
             StoreConnection c = StoreConnection.connect(store.connectionString())) {
            MongoCollection<Document> coll = c.amostra().getCollection("sample");
            assertEquals(100, coll.countDocuments());
            assertEquals("changed", coll.find(new Document("uid", "s7")).first().getString("name"));
        }
    }

    @Test
    void busyPortGivesOneClearSentence() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            StoreUnavailableException e = assertThrows(StoreUnavailableException.class,
                    () -> EmbeddedStore.start(dir, taken.getLocalPort()));
            assertTrue(e.getMessage().contains("already in use"), e.getMessage());
        }
    }

    @Test
    void unusableDirectoryIsRefusedWithItsPath() throws IOException {
        // A path below a plain file cannot be created, even by root (who ignores permission bits).
        Path file = Files.writeString(dir.resolve("not-a-dir"), "x");
        Path target = file.resolve("data");
        StoreUnavailableException e = assertThrows(StoreUnavailableException.class, () -> EmbeddedStore.start(target, 0));
        assertTrue(e.getMessage().contains(target.toString()), e.getMessage());
    }

    @Test
    void unreachableServerIsReportedWithinSeconds() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        long t0 = System.nanoTime();
        StoreUnavailableException e = assertThrows(StoreUnavailableException.class,
                () -> StoreConnection.connect("mongodb://127.0.0.1:" + port + "/?serverSelectionTimeoutMS=1500"));
        assertTrue(e.getMessage().contains("not reachable"), e.getMessage());
        assertFalse(e.getMessage().isBlank());
        assertTrue(System.nanoTime() - t0 < 30_000_000_000L);
    }
}
