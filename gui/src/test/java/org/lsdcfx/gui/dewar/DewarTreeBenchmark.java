package org.lsdcfx.gui.dewar;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.lsdcfx.amostra.Amostra;
import org.lsdcfx.amostra.Container;
import org.lsdcfx.amostra.DewarSnapshot;
import org.lsdcfx.amostra.NewRequest;
import org.lsdcfx.amostra.NewSample;
import org.lsdcfx.amostra.Priority;
import org.lsdcfx.amostra.Request;
import org.lsdcfx.amostra.RequestObj;
import org.lsdcfx.amostra.Sample;
import org.lsdcfx.gui.model.DewarChange;
import org.lsdcfx.gui.model.DewarContents;
import org.lsdcfx.gui.model.DewarDiff;
import org.lsdcfx.store.EmbeddedStore;
import org.lsdcfx.store.StoreConnection;
import org.testfx.api.FxToolkit;

/**
 * The dewar tree with a full dewar: 24 pucks, 384 samples, 2,000 requests, read from the embedded store over
 * the MongoDB wire protocol as the GUI reads it. Prints the time of the batched store read, the diff, and the
 * first render (items built and laid out in a shown TreeView), then of 100 request updates (store writes, one
 * re-read, the diff, applying it to the shown tree and the next layout pass). Run with
 * {@code mvn -pl gui test -Dtest=DewarTreeBenchmark -Dsurefire.failIfNoSpecifiedTests=false}; figures only, no
 * timed asserts.
 */
class DewarTreeBenchmark {
    private static final int PUCKS = 24;
    private static final int SAMPLES = PUCKS * 16;
    private static final int REQUESTS = 2000;
    private static final int UPDATES = 100;
    private static final int ROUNDS = 5;

    @Test
    void fullDewar() throws Exception {
        FxToolkit.registerPrimaryStage();
        try (EmbeddedStore store = EmbeddedStore.startInMemory();
             StoreConnection connection = StoreConnection.connect(store.connectionString())) {
            Amostra amostra = new Amostra(connection, Clock.systemUTC());
            amostra.createIndexes();
            long t = System.nanoTime();
            List<Request> requests = seed(amostra);
            report("seed the store (" + SAMPLES + " samples, " + requests.size() + " requests)", t);

            for (int round = 1; round <= ROUNDS; round++) {
                System.out.printf(Locale.ROOT, "%n-- round %d --%n", round);
                runOnce(amostra, requests, round);
            }
        }
    }

    private void runOnce(Amostra amostra, List<Request> requests, int round) throws Exception {
        long t = System.nanoTime();
        DewarSnapshot first = amostra.dewarTree().read("primaryDewar");
        report("store read of the whole dewar (4 queries)", t);
        t = System.nanoTime();
        List<DewarChange> initial = DewarDiff.between(null, first);
        report("diff against nothing", t);

        DewarContents contents = new DewarContents();
        DewarTreeIndex index = new DewarTreeIndex(PUCKS);
        contents.addListener(c -> index.apply(c, contents));
        Stage stage = FxToolkit.registerPrimaryStage();
        TreeView<TreeNode> tree = new TreeView<>();
        tree.setShowRoot(false);
        tree.setCellFactory(v -> new DewarTreeCell((r, q) -> { }, () -> false));
        long render = onFxUntilLaidOut(stage, () -> {
            contents.apply(initial);
            tree.setRoot(index.dewarRoot());
            stage.setScene(new Scene(tree, 480, 900));
            stage.show();
        });
        System.out.printf(Locale.ROOT, "  first render (apply %d changes, build %d rows, show, CSS, layout): %.1f ms%n",
                initial.size(), index.requestCount() + index.sampleCount() + PUCKS, render / 1e6);

        // 100 request updates: queue or dequeue 100 requests in the store, then the GUI's refresh path.
        t = System.nanoTime();
        for (int i = 0; i < UPDATES; i++) {
            Request r = requests.get((i * 19 + round * 7) % requests.size());
            Request now = amostra.requests().get(r.uid());
            amostra.requests().setPriority(r.uid(), now.priority() > 0 ? Priority.UNQUEUED : Priority.DEFAULT_QUEUED + i, "bench");
        }
        report(UPDATES + " store writes (setPriority)", t);
        t = System.nanoTime();
        DewarSnapshot second = amostra.dewarTree().read("primaryDewar");
        report("store re-read", t);
        t = System.nanoTime();
        List<DewarChange> updates = DewarDiff.between(first, second);
        report("diff (" + updates.size() + " changes)", t);
        long apply = onFxUntilLaidOut(stage, () -> contents.apply(updates));
        System.out.printf(Locale.ROOT, "  apply %d request updates to the shown tree + layout: %.1f ms%n", updates.size(), apply / 1e6);

        long priority = onFxUntilLaidOut(stage, () -> tree.setRoot(index.priorityRoot()));
        System.out.printf(Locale.ROOT, "  switch to the priority view (%d rows): %.1f ms%n",
                index.priorityRoot().getChildren().size(), priority / 1e6);
        long filter = onFxUntilLaidOut(stage, () -> {
            tree.setRoot(index.dewarRoot());
            index.setFilter("crystal_2");
        });
        long clear = onFxUntilLaidOut(stage, () -> index.setFilter(""));
        System.out.printf(Locale.ROOT, "  filter by name: %.1f ms, clear the filter: %.1f ms%n", filter / 1e6, clear / 1e6);
        Platform.runLater(stage::hide);
    }

    /** Runs {@code action} on the FX thread and returns the nanoseconds until the next layout pass after it. */
    private static long onFxUntilLaidOut(Stage stage, Runnable action) throws Exception {
        CompletableFuture<Long> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            long start = System.nanoTime();
            action.run();
            Scene scene = stage.getScene();
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                scene.removePostLayoutPulseListener(listener[0]);
                done.complete(System.nanoTime() - start);
            };
            scene.addPostLayoutPulseListener(listener[0]);
            Platform.requestNextPulse();
        });
        return done.get(60, TimeUnit.SECONDS);
    }

    private static void report(String what, long startNanos) {
        System.out.printf(Locale.ROOT, "  %s: %.1f ms%n", what, (System.nanoTime() - startNanos) / 1e6);
    }

    /** The dewar, 24 pucks of 16 samples, 2000 requests (every third queued). */
    private static List<Request> seed(Amostra amostra) {
        Container dewar = amostra.containers().createDewar("primaryDewar", "bench");
        List<NewSample> newSamples = new ArrayList<>();
        for (int s = 0; s < SAMPLES; s++) {
            newSamples.add(new NewSample(String.format(Locale.ROOT, "crystal_%03d", s), "bench", 1234));
        }
        List<Sample> samples = amostra.samples().createAll(newSamples, "bench");
        Map<Integer, String> pucks = new HashMap<>();
        for (int p = 0; p < PUCKS; p++) {
            Container puck = amostra.containers().createPuck(String.format(Locale.ROOT, "PUCK%02d", p + 1), "bench");
            Map<Integer, String> pins = new HashMap<>();
            for (int pin = 1; pin <= 16; pin++) {
                pins.put(pin, samples.get(p * 16 + pin - 1).uid());
            }
            amostra.containers().insertAll(puck.uid(), pins, "bench");
            pucks.put(p + 1, puck.uid());
        }
        amostra.containers().insertAll(dewar.uid(), pucks, "bench");
        List<NewRequest> batch = new ArrayList<>();
        for (int r = 0; r < REQUESTS; r++) {
            Sample s = samples.get(r % SAMPLES);
            RequestObj obj = RequestObj.builder().sample(s.uid()).set("file_prefix", s.name()).build();
            batch.add(new NewRequest(s.uid(), "bench", 1234, r % 3 == 0 ? Priority.DEFAULT_QUEUED : Priority.UNQUEUED, obj));
        }
        return amostra.requests().createAll(batch, "bench");
    }
}
