package org.lsdcfx.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lsdcfx.store.StoreConnection;

/** {@code ./lsdc store} in its own JVM: prints a URI any MongoDB client can use; data survives a restart. */
class StoreCommandTest {
    @TempDir
    Path home;

    @Test
    void storeKeepsDocumentsAcrossAStopAndStart() throws Exception {
        int port = freePort();
        try (ChildJvm store = ChildJvm.start(home, "store", "--port", Integer.toString(port), "--data", home.resolve("db").toString())) {
            String line = store.awaitLine(l -> l.startsWith("Embedded store: "), Duration.ofSeconds(60));
            assertEquals("Embedded store: mongodb://127.0.0.1:" + port, line);
            try (StoreConnection c = StoreConnection.connect("mongodb://127.0.0.1:" + port)) {
                c.amostra().getCollection("sample").insertOne(new Document("uid", "u1").append("name", "lyso1"));
            }
            store.terminate(Duration.ofSeconds(30));
        }
        try (ChildJvm store = ChildJvm.start(home, "store", "--port", Integer.toString(port), "--data", home.resolve("db").toString())) {
            store.awaitLine(l -> l.startsWith("Embedded store: "), Duration.ofSeconds(60));
            try (StoreConnection c = StoreConnection.connect("mongodb://127.0.0.1:" + port)) {
                Document d = c.amostra().getCollection("sample").find(new Document("uid", "u1")).first();
                assertEquals("lyso1", d == null ? null : d.getString("name"));
            }
            store.terminate(Duration.ofSeconds(30));
        }
    }

    @Test
    void busyPortIsOneSentenceAndExitCodeOne() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             ChildJvm store = ChildJvm.start(home, "store", "--port", Integer.toString(taken.getLocalPort()),
                     "--data", home.resolve("db").toString())) {
            ChildJvm.Result r = store.awaitExit(Duration.ofSeconds(60));
            assertEquals(1, r.exitCode(), r.output());
            assertTrue(r.output().contains("lsdc store: Port " + taken.getLocalPort() + " on 127.0.0.1 is already in use"), r.output());
            assertFalse(r.output().contains("\tat "), "no stack trace expected:\n" + r.output());
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
