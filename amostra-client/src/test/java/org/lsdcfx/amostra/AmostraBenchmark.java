package org.lsdcfx.amostra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.lsdcfx.store.EmbeddedStore;
import org.lsdcfx.store.StoreConnection;

/**
 * Timing of the reads and writes the GUI and daq server make most, on a full dewar (24 pucks × 16 samples) with
 * 2,000 requests, against the embedded store in memory and on an H2 file. Prints figures; asserts nothing.
 * Run: {@code mvn -o -pl amostra-client test -Dtest=AmostraBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * or its {@code main}.
 */
class AmostraBenchmark {
    private static final int REQUESTS = 2000;
    private static final int WARMUP = 5;
    private static final int REPEATS = 40;

    public static void main(String[] args) throws IOException {
        new AmostraBenchmark().run();
    }

    @Test
    void run() throws IOException {
        try (EmbeddedStore store = EmbeddedStore.startInMemory()) {
            measure("H2 in memory", store);
        }
        Path dir = Files.createTempDirectory("amostra-bench");
        try (EmbeddedStore store = EmbeddedStore.start(dir, 0)) {
            measure("H2 file", store);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void measure(String backend, EmbeddedStore store) {
        try (StoreConnection connection = StoreConnection.connect(store.connectionString())) {
            Amostra amostra = new Amostra(connection, Clock.systemUTC());
            amostra.createIndexes();
            long t0 = System.nanoTime();
            DewarFixture dewar = new DewarFixture(amostra, 24, 16);
            List<Sample> samples = new ArrayList<>(dewar.samples.values());
            List<NewRequest> batch = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                Sample s = samples.get(i % samples.size());
                RequestObj obj = RequestObj.builder().sample(s.uid()).set(RequestKeys.BASE_PATH, DewarFixture.VISIT_DIR)
                        .set(RequestKeys.FILE_PREFIX, s.name()).build();
                batch.add(new NewRequest(s.uid(), DewarFixture.OWNER, DewarFixture.PROPOSAL, obj));
            }
            amostra.requests().createAll(batch, DewarFixture.OWNER);
            double fillMs = (System.nanoTime() - t0) / 1e6;
            System.out.printf(Locale.ROOT, "%n== %s: filled 384 samples in 24 pucks and %d requests in %.0f ms%n",
                    backend, REQUESTS, fillMs);

            QueueService queue = amostra.queue();
            String name = DewarFixture.DEWAR;
            report("dewar tree read (384 samples, 2000 requests)", () -> amostra.dewarTree().read(name));
            report("popNextRequest", () -> queue.popNextRequest(name, DewarFixture.VISIT_DIR));

            // LSDC queues everything at 5000, so the first move is a clash: the whole queue is renumbered once
            String middle = queue.waiting(name).get(REQUESTS / 2).requestUid();
            long m0 = System.nanoTime();
            queue.moveUp(name, middle, "bench");
            System.out.printf(Locale.ROOT, "%-52s %8.1f ms (renumbers %d requests, once)%n",
                    "first move on an all-5000 queue", (System.nanoTime() - m0) / 1e6, REQUESTS);
            boolean[] up = {false};
            report("priority move (up/down alternately, then re-read)", () -> {
                up[0] = !up[0];
                return up[0] ? queue.moveDown(name, middle, "bench") : queue.moveUp(name, middle, "bench");
            });
        }
    }

    private static void report(String what, Supplier<?> op) {
        for (int i = 0; i < WARMUP; i++) {
            op.get();
        }
        double[] ms = new double[REPEATS];
        for (int i = 0; i < REPEATS; i++) {
            long t = System.nanoTime();
            op.get();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        java.util.Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "%-52s median %7.1f ms   p95 %7.1f ms   (n=%d)%n", what, ms[REPEATS / 2],
                ms[(int) Math.ceil(REPEATS * 0.95) - 1], REPEATS);
    }
}
