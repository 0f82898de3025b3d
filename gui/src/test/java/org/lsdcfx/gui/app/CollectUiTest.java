package org.lsdcfx.gui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lsdcfx.amostra.Priority;
import org.lsdcfx.amostra.Request;
import org.lsdcfx.amostra.RequestStatus;
import org.lsdcfx.amostra.Sample;
import org.lsdcfx.daq.routine.ProtocolRegistry;
import org.lsdcfx.gui.dewar.TreeNode;
import org.lsdcfx.gui.testbed.Await;
import org.lsdcfx.gui.testbed.GuiTestBed;
import org.lsdcfx.gui.testbed.SteppingProtocol;
import org.lsdcfx.store.test.EmbeddedMongo;
import org.testfx.api.FxRobot;

/**
 * The whole loop on the running embedded system (store, simulated beamline, daq server): add a request through
 * the form, queue it, Collect Queue, watch the progress, see the request turn done; mount from the tree and see
 * the mounted sample highlighted.
 */
class CollectUiTest {
    @RegisterExtension
    static EmbeddedMongo mongo = new EmbeddedMongo();

    private final FxRobot robot = new FxRobot();
    private GuiTestBed bed;

    @BeforeEach
    void start() throws Exception {
        bed = GuiTestBed.builder(mongo.connection()).simulator().takeControl()
                .protocols(new ProtocolRegistry().register(new SteppingProtocol("standard", 10, Duration.ofMillis(150))))
                .start();
        Await.untilFx(() -> bed.model().control().masterProperty().get(), "the GUI took control at start");
        Await.untilFx(() -> bed.model().contents().samples().size() == 4, "the seeded samples in the tree");
    }

    @AfterEach
    void stop() throws Exception {
        bed.close();
    }

    @Test
    void aRequestAddedInTheFormRunsAndTurnsDone() {
        Sample s = bed.seeds().sample(0);
        Await.onFx(() -> bed.window().dewar().selectSample(s.uid()));
        robot.doubleClickOn("#rangeField").press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A)
                .release(KeyCode.CONTROL).write("20");
        robot.clickOn("#addToQueueButton");
        Await.until(() -> bed.amostra().requests().forSample(s.uid()).size() == 1, "the request in the store");
        Request r = bed.amostra().requests().forSample(s.uid()).get(0);
        assertEquals(Priority.DEFAULT_QUEUED, r.priority());
        Await.untilFx(() -> bed.window().dewar().rowOf(r.uid()).isPresent(), "the request in the tree");

        List<Double> progress = new CopyOnWriteArrayList<>();
        List<String> texts = new CopyOnWriteArrayList<>();
        Await.onFx(() -> {
            robot.lookup("#progressBar").queryAs(ProgressBar.class).progressProperty()
                    .addListener((o, was, now) -> progress.add(now.doubleValue()));
            robot.lookup("#progressLabel").queryAs(Label.class).textProperty()
                    .addListener((o, was, now) -> texts.add(now));
        });
        robot.clickOn("#collectQueueButton");

        Await.until(() -> bed.amostra().requests().get(r.uid()).status() == RequestStatus.DONE, "the request done");
        Request done = bed.amostra().requests().get(r.uid());
        assertEquals(Priority.FINISHED, done.priority());
        Await.untilFx(() -> bed.window().dewar().rowOf(r.uid()).map(n -> ((TreeNode.RequestRow) n).request().priority())
                .orElse(0) == Priority.FINISHED, "the tree shows it done");
        assertTrue(progress.stream().anyMatch(p -> p > 0 && p < 1), "progress shown part-way: " + progress);
        assertTrue(texts.stream().anyMatch(t -> t.startsWith(s.name() + " · standard")), "the running request named: " + texts);
        Await.untilFx(() -> "Idle".equals(robot.lookup("#progressLabel").queryAs(Label.class).getText()),
                "idle again after the queue");
    }

    @Test
    void mountingHighlightsTheMountedSample() {
        Sample s = bed.seeds().sample(2);
        Await.onFx(() -> bed.window().dewar().selectSample(s.uid()));
        robot.clickOn("#mountButton");
        Await.untilFx(() -> s.uid().equals(bed.model().comm().mountedPinProperty().get().sampleUid())
                && "m".equals(bed.model().comm().mountedPinProperty().get().state()), "the sample mounted");
        String expected = "3-" + s.name() + "  (mounted)";
        Await.untilFx(() -> robot.lookup(".tree-cell.sample-mounted").tryQuery()
                .map(c -> expected.equals(((javafx.scene.control.TreeCell<?>) c).getText())).orElse(false),
                "the mounted sample's row styled and labelled " + expected);
        robot.clickOn("#unmountButton");
        Await.untilFx(() -> bed.model().comm().mountedPinProperty().get().isNone(), "unmounted");
    }
}
