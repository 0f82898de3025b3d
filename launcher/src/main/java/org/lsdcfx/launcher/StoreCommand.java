package org.lsdcfx.launcher;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.lsdcfx.store.EmbeddedStore;
import org.lsdcfx.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ./lsdc store}: runs the embedded MongoDB-compatible store until interrupted. */
@Command(name = "store", mixinStandardHelpOptions = true,
        description = "Run the embedded MongoDB-compatible store (mongo-java-server, H2 file) on loopback and print its URI.")
final class StoreCommand implements Callable<Integer> {
    @Option(names = "--port", description = "TCP port on 127.0.0.1 (default: ${DEFAULT-VALUE})")
    int port = EmbeddedStore.DEFAULT_PORT;

    @Option(names = "--data", paramLabel = "DIR", description = "Data directory (default: ~/.lsdc-fx/store)")
    Path data;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        Path dir = data != null ? data : LsdcHome.storeData();
        EmbeddedStore store;
        try {
            store = EmbeddedStore.start(dir, port);
        } catch (StoreException e) {
            spec.commandLine().getErr().println("lsdc store: " + e.getMessage());
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            store.close(); // commits the H2 file
            stopped.countDown();
        }, "store-shutdown"));
        out.println("Embedded store: " + store.connectionString());
        out.println("Data file:      " + store.file());
        out.println("Connect with --mongo " + store.connectionString() + " (or pymongo/mongosh). Ctrl-C stops it.");
        out.flush();
        stopped.await();
        return 0;
    }
}
