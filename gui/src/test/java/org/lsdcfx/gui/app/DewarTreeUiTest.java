package org.lsdcfx.gui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lsdcfx.amostra.Request;
import org.lsdcfx.gui.dewar.TreeNode;
import org.lsdcfx.gui.testbed.Await;
import org.lsdcfx.gui.testbed.GuiTestBed;
import org.lsdcfx.store.test.EmbeddedMongo;
import org.testfx.api.FxRobot;

/** The dewar tree's own actions against the running system: reorder, priority view, filter, Delete key, clone. */
class DewarTreeUiTest {
    @RegisterExtension
    static EmbeddedMongo mongo = new EmbeddedMongo();

    private final FxRobot robot = new FxRobot();
    private GuiTestBed bed;
    private Request r0;
    private Request r1;
    private Request r2;

    @BeforeEach
    void start() throws Exception {
        bed = GuiTestBed.builder(mongo.connection()).samples(4).start();
        r0 = bed.seeds().request(0, "standard");
        r1 = bed.seeds().request(1, "standard");
        r2 = bed.seeds().request(2, "standard");
        Await.untilFx(() -> bed.model().contents().requests().size() == 3, "the seeded requests in the tree");
    }

    @AfterEach
    void stop() throws Exception {
        bed.close();
    }

    @SuppressWarnings("unchecked")
    private TreeView<TreeNode> tree() {
        return robot.lookup("#dewarTree").queryAs(TreeView.class);
    }

    private List<String> priorityRows() {
        return Await.fx(() -> tree().getRoot().getChildren().stream().map(TreeItem::getValue)
                .map(n -> ((TreeNode.RequestRow) n).request().uid()).toList());
    }

    @Test
    void theTopButtonMovesARequestToTheHeadOfThePriorityView() {
        robot.clickOn("#priorityViewRadio");
        Await.until(() -> priorityRows().equals(List.of(r0.uid(), r1.uid(), r2.uid())), "queue order: dewar order");
        Await.onFx(() -> bed.window().dewar().select(r2.uid()));
        robot.clickOn("#moveTopButton");
        Await.until(() -> priorityRows().get(0).equals(r2.uid()), "the moved request first in the priority view");
        assertTrue(bed.amostra().requests().get(r2.uid()).priority() > bed.amostra().requests().get(r0.uid()).priority(),
                "the store's priorities say the same");
        assertEquals(r2.uid(), bed.amostra().queue().waiting(bed.model().session().dewarName()).get(0).requestUid(),
                "the daq server will run it first");
    }

    @Test
    void theFilterShowsMatchingSamplesOnly() {
        robot.clickOn("#dewarFilter").write("xtal-3");
        Await.until(() -> Await.fx(() -> tree().getRoot().getChildren().size() == 1
                && tree().getRoot().getChildren().get(0).getChildren().size() == 1), "one puck with one sample");
        TreeNode.SampleRow s = (TreeNode.SampleRow) Await.fx(() -> tree().getRoot().getChildren().get(0).getChildren()
                .get(0).getValue());
        assertEquals("xtal-3", s.sample().name());
    }

    @Test
    void theDeleteKeyDeletesAndTheContextMenuClones() {
        Await.onFx(() -> {
            bed.window().dewar().select(r0.uid());
            tree().requestFocus();
        });
        robot.type(KeyCode.DELETE);
        Await.until(() -> !bed.amostra().requests().get(r0.uid()).isActive(), "deleted (inactive) in the store");
        Await.untilFx(() -> bed.window().dewar().rowOf(r0.uid()).isEmpty(), "gone from the tree");

        Await.onFx(() -> bed.window().dewar().select(r1.uid()));
        Await.onFx(() -> {
            Node cell = robot.lookup(".tree-cell.dewar-request:selected").query();
            Bounds b = cell.localToScreen(cell.getBoundsInLocal());
            tree().getContextMenu().show(cell, b.getMinX() + 20, b.getMaxY());
        });
        Await.until(() -> robot.lookup("Clone Selected Requests").tryQuery().isPresent(), "the context menu");
        robot.clickOn("Clone Selected Requests");
        String sample = r1.sample();
        Await.until(() -> bed.amostra().requests().forSample(sample).size() == 2, "the clone in the store");
        List<Request> both = bed.amostra().requests().forSample(sample);
        assertNotEquals(both.get(0).requestObj().runNum(), both.get(1).requestObj().runNum(), "a new run number");
        assertNotEquals(both.get(0).requestObj().directory(), both.get(1).requestObj().directory(), "so a new directory");
        Await.untilFx(() -> bed.model().contents().requests().size() == 3, "the clone in the tree");
    }
}
