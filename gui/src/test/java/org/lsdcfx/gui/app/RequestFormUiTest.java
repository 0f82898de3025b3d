package org.lsdcfx.gui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TreeView;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lsdcfx.amostra.Priority;
import org.lsdcfx.amostra.Request;
import org.lsdcfx.amostra.RequestKeys;
import org.lsdcfx.amostra.Sample;
import org.lsdcfx.gui.dewar.TreeNode;
import org.lsdcfx.gui.testbed.Await;
import org.lsdcfx.gui.testbed.GuiTestBed;
import org.lsdcfx.gui.util.DetectorGeometry;
import org.lsdcfx.gui.util.Numbers;
import org.lsdcfx.store.test.EmbeddedMongo;
import org.testfx.api.FxRobot;

/**
 * The request form and the dewar tree against the running system (embedded store, daq server): adding a
 * request through the form, queueing it from the tree, refusing invalid input, the distance ⇄ resolution
 * coupling, and a concurrent edit reported as a conflict.
 */
class RequestFormUiTest {
    @RegisterExtension
    static EmbeddedMongo mongo = new EmbeddedMongo();

    private final FxRobot robot = new FxRobot();
    private GuiTestBed bed;

    @BeforeEach
    void start() throws Exception {
        bed = GuiTestBed.builder(mongo.connection()).samples(4).start();
        Await.untilFx(() -> bed.model().contents().samples().size() == 4, "the seeded samples in the tree");
    }

    @AfterEach
    void stop() throws Exception {
        bed.close();
    }

    private TextField field(String id) {
        return robot.lookup("#" + id).queryAs(TextField.class);
    }

    private void type(String id, String text) {
        robot.doubleClickOn("#" + id).press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL)
                .write(text);
    }

    /**
     * "Use Request Parameters" from the tree's context menu. The menu is opened as a right-click would open it
     * (Monocle's headless glass sends no context-menu event for a right click), then clicked like a user does.
     */
    private void useParameters() {
        Await.onFx(() -> {
            TreeView<?> tree = robot.lookup("#dewarTree").queryAs(TreeView.class);
            Node cell = robot.lookup(".tree-cell.dewar-request:selected").query();
            Bounds b = cell.localToScreen(cell.getBoundsInLocal());
            tree.getContextMenu().show(cell, b.getMinX() + 20, b.getMaxY());
        });
        Await.until(() -> robot.lookup("Use Request Parameters").tryQuery().isPresent(), "the context menu");
        robot.clickOn("Use Request Parameters");
    }

    private String status() {
        return Await.fx(() -> robot.lookup("#formStatus").queryAs(Label.class).getText());
    }

    private List<Request> requestsOf(Sample s) {
        return bed.amostra().requests().forSample(s.uid());
    }

    @Test
    void aRequestAddedThroughTheFormAppearsInTheTreeQueued() {
        Sample s = bed.seeds().sample(1);
        Await.onFx(() -> bed.window().dewar().selectSample(s.uid()));
        type("exposureField", "0.05");
        type("prefixField", "lyso_a");
        Await.untilFx(() -> robot.lookup("#dataPathLabel").queryAs(Label.class).getText().contains("/lyso_a/1/PUCK-A_2/"),
                "the data path preview with run 1");
        robot.clickOn("#addToQueueButton");

        Await.until(() -> requestsOf(s).size() == 1, "the request in the store");
        Request r = requestsOf(s).get(0);
        assertEquals(Priority.DEFAULT_QUEUED, r.priority());
        assertEquals(0.05, r.requestObj().exposureTime());
        assertEquals("lyso_a", r.requestObj().filePrefix());
        assertEquals(1, r.requestObj().runNum());
        assertTrue(r.requestObj().directory().endsWith("/" + GuiTestBed.VISIT_NAME + "/lyso_a/1/PUCK-A_2/"),
                r.requestObj().directory());
        assertEquals("gui-tester", r.owner());

        Await.untilFx(() -> bed.window().dewar().rowOf(r.uid()).isPresent(), "the new request's row in the tree");
        TreeNode.RequestRow row = (TreeNode.RequestRow) Await.fx(() -> bed.window().dewar().rowOf(r.uid()).orElseThrow());
        assertEquals(s.uid(), row.sample().uid());
        assertTrue(status().startsWith("Added 1 standard request"), status());
    }

    @Test
    void theQueueBoxQueuesAndDequeues() {
        Request r = bed.seeds().request(0, "standard", Priority.UNQUEUED);
        Await.untilFx(() -> bed.window().dewar().rowOf(r.uid()).isPresent(), "the seeded request in the tree");
        Await.onFx(() -> bed.window().dewar().select(r.uid()));
        robot.clickOn(".tree-cell.dewar-request:selected .queue-box");
        Await.until(() -> bed.amostra().requests().get(r.uid()).priority() == Priority.DEFAULT_QUEUED, "queued in the store");
        robot.clickOn("#dequeueSelectedButton");
        Await.until(() -> bed.amostra().requests().get(r.uid()).priority() == Priority.UNQUEUED, "dequeued in the store");
        Await.untilFx(() -> !bed.window().model().contents().request(r.uid()).orElseThrow().isQueued(),
                "the tree follows the store");
    }

    @Test
    void invalidInputIsRefusedWithTheFieldMarked() {
        Sample s = bed.seeds().sample(0);
        Await.onFx(() -> bed.window().dewar().selectSample(s.uid()));
        type("exposureField", "20");
        Await.untilFx(() -> field("exposureField").getStyleClass().contains("invalid"), "the exposure field marked invalid");
        assertEquals("Exposure time 20 s is above the beamline limit of 10 s",
                Await.fx(() -> field("exposureField").getTooltip().getText()));
        robot.clickOn("#addToQueueButton");
        assertTrue(status().startsWith("Not added: Exposure time 20 s is above the beamline limit of 10 s"), status());
        assertTrue(requestsOf(s).isEmpty(), "nothing written");

        type("exposureField", "0.1");
        Await.untilFx(() -> !field("exposureField").getStyleClass().contains("invalid"), "the mark gone once valid");
    }

    @Test
    void distanceAndResolutionFollowEachOther() {
        type("distanceField", "200");
        double lambda = DetectorGeometry.wavelength(Numbers.parse(field("energyField").getText()).orElseThrow());
        double radius = bed.model().session().limits().detectorRadius();
        String expected = Numbers.format(DetectorGeometry.resolution(200, lambda, radius, 0), 3);
        Await.untilFx(() -> field("resolutionField").getText().equals(expected), "the resolution for 200 mm");

        type("resolutionField", "2.5");
        String distance = Numbers.format(DetectorGeometry.distance(2.5, lambda, radius, 0).orElseThrow(), 2);
        Await.untilFx(() -> field("distanceField").getText().equals(distance), "the distance for 2.5 Å");

        type("energyField", "9000");
        Await.untilFx(() -> field("wavelengthField").getText().equals(Numbers.format(DetectorGeometry.wavelength(9000), 5)),
                "the wavelength for 9 keV");
    }

    @Test
    void aConcurrentEditIsReportedAndNothingIsOverwritten() {
        Request r = bed.seeds().request(2, "standard", Priority.UNQUEUED);
        Await.untilFx(() -> bed.window().dewar().rowOf(r.uid()).isPresent(), "the seeded request in the tree");
        Await.onFx(() -> bed.window().dewar().select(r.uid()));
        useParameters();
        Await.untilFx(() -> robot.lookup("#loadedFromLabel").queryAs(Label.class).getText().startsWith("Loaded from"),
                "the form loaded from the request");

        // Someone else changes the request meanwhile (another GUI, a script).
        Request current = bed.amostra().requests().get(r.uid());
        bed.amostra().requests().update(r.uid(), current.version(),
                current.requestObj().with(RequestKeys.EXPOSURE_TIME, 0.7), "other-user");

        type("exposureField", "0.25");
        robot.clickOn("#applyChangesButton");
        Await.until(() -> status().startsWith("Conflict:"), "the conflict reported in the form");
        assertTrue(status().contains("changed by other-user"), status());
        assertTrue(status().contains("NOT written"), status());
        assertEquals(0.7, bed.amostra().requests().get(r.uid()).requestObj().exposureTime(), "the other edit is kept");
        assertEquals("0.25", Await.fx(() -> field("exposureField").getText()), "the user's value is still in the form");
        Await.untilFx(() -> bed.window().model().messages().entries().stream()
                .anyMatch(e -> e.text().startsWith("Conflict: request")), "the conflict in the message log");
    }

    @Test
    void applyChangesWritesOnlyWhatTheUserChanged() {
        Request r = bed.seeds().request(3, "standard", Priority.UNQUEUED);
        Await.untilFx(() -> bed.window().dewar().rowOf(r.uid()).isPresent(), "the seeded request in the tree");
        Await.onFx(() -> bed.window().dewar().select(r.uid()));
        useParameters();
        Await.untilFx(() -> robot.lookup("#loadedFromLabel").queryAs(Label.class).getText().startsWith("Loaded from"),
                "the form loaded from the request");
        type("transmissionField", "0.5");
        Await.untilFx(() -> !robot.lookup("#applyChangesButton").queryAs(Button.class).isDisabled(), "apply enabled");
        robot.clickOn("#applyChangesButton");
        Await.until(() -> bed.amostra().requests().get(r.uid()).requestObj().attenuation() == 0.5, "the change stored");
        Request after = bed.amostra().requests().get(r.uid());
        assertEquals(r.requestObj().exposureTime(), after.requestObj().exposureTime(), "untouched values unchanged");
        assertEquals(r.requestObj().directory(), after.requestObj().directory());
        assertTrue(status().startsWith("Changed 1 request"), status());
    }
}
