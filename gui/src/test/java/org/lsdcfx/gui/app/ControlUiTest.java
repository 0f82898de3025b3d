package org.lsdcfx.gui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lsdcfx.daq.comm.CommPvNames;
import org.lsdcfx.daq.command.CommandReply;
import org.lsdcfx.gui.model.MessageLog;
import org.lsdcfx.gui.testbed.Await;
import org.lsdcfx.gui.testbed.GuiTestBed;
import org.lsdcfx.store.test.EmbeddedMongo;
import org.testfx.api.FxRobot;

/**
 * Control master and observer against a running daq server: the check box takes and releases control; while
 * another client holds control the GUI is an observer whose command buttons are disabled, and a command it
 * sends anyway is refused by the server with the reason, shown to the user.
 */
class ControlUiTest {
    @RegisterExtension
    static EmbeddedMongo mongo = new EmbeddedMongo();

    private final FxRobot robot = new FxRobot();
    private GuiTestBed bed;

    @BeforeEach
    void start() throws Exception {
        bed = GuiTestBed.builder(mongo.connection()).start();
        Await.untilFx(() -> bed.model().comm().connectedProperty().get(), "the GUI connected to the daq server");
    }

    @AfterEach
    void stop() throws Exception {
        bed.close();
    }

    private boolean disabled(String id) {
        return Await.fx(() -> robot.lookup("#" + id).queryAs(Button.class).isDisabled());
    }

    @Test
    void theCheckBoxTakesAndReleasesControl() {
        robot.clickOn("#controlMasterBox");
        Await.untilFx(() -> bed.model().control().masterProperty().get(), "this GUI is control master");
        String flag = bed.daq().pvs().string(CommPvNames.ZINGER_FLAG);
        assertEquals(bed.model().control().holderProperty().getValue(), flag, "the server's zinger_flag names us");
        assertTrue(Await.fx(() -> robot.lookup("#controlMasterBox").queryAs(CheckBox.class).isSelected()));
        assertEquals("you have control", Await.fx(() -> robot.lookup("#controlLabel").queryAs(Label.class).getText()));

        robot.clickOn("#controlMasterBox");
        Await.untilFx(() -> !bed.model().control().masterProperty().get(), "control released");
        bed.daq().pvs().awaitString(CommPvNames.ZINGER_FLAG, "", java.time.Duration.ofSeconds(10));
    }

    @Test
    void serverPopupsBecomeNotificationsAndMessagesAreLogged() {
        // With queue-collect off the server refuses to run a request on a sample that is not mounted, with a popup.
        bed.seeds().request(0, "standard");
        Await.untilFx(() -> bed.model().contents().hasWaiting(), "the queued request in the GUI");
        robot.clickOn("#collectQueueButton");
        Await.untilFx(() -> bed.model().messages().entries().stream().anyMatch(e -> e.source() == MessageLog.Source.POPUP
                && e.text().contains("You can only run requests on the currently mounted sample")), "the server's popup");
        Await.untilFx(() -> bed.window().messages().notificationsShown() > 0, "shown as a notification");
        Await.untilFx(() -> bed.model().messages().entries().stream().anyMatch(e -> e.source() == MessageLog.Source.SERVER
                && e.text().startsWith("runDCQueue accepted")), "the server's message_string history in the log");
        assertTrue(Await.fx(() -> robot.lookup("#messageLog").queryAs(javafx.scene.control.ListView.class).getItems().size()) > 2);
    }

    @Test
    void anObserverCannotCommand() throws Exception {
        // Another client (another GUI, here the test's command client) holds control.
        CommandReply taken = bed.daq().client().sendImmediate("takeControl");
        assertEquals(CommandReply.Phase.ACCEPTED, taken.phase(), taken.reason());
        Await.untilFx(() -> !bed.model().control().canCommandBinding().get(), "the GUI sees it is an observer");
        assertTrue(disabled("collectQueueButton"));
        assertTrue(disabled("mountButton"));
        assertTrue(disabled("abortButton"));
        assertTrue(Await.fx(() -> robot.lookup("#observerLabel").queryAs(Label.class).getText())
                .startsWith("Observer: control held by "));

        // Whatever the buttons say, the server decides: a command from the observer is refused with the reason.
        CommandReply refused = bed.model().commands().collectQueue().decision().get(10, TimeUnit.SECONDS);
        assertEquals(CommandReply.Phase.REJECTED, refused.phase());
        assertTrue(refused.reason().startsWith("control is held by "), refused.reason());
        Await.untilFx(() -> bed.model().messages().entries().stream()
                .anyMatch(e -> e.text().startsWith("Collect Queue refused by the daq server: control is held by")),
                "the refusal in the message log");
        Await.untilFx(() -> bed.window().messages().notificationsShown() > 0, "the refusal as a notification");
        Await.until(() -> robot.lookup(".notification-bar").tryQuery().isPresent(), "the notification on screen");

        // Taking control is refused too: only staff may take over.
        robot.clickOn("#controlMasterBox");
        Await.untilFx(() -> !bed.model().control().pendingProperty().get()
                && bed.model().messages().entries().stream().anyMatch(e -> e.text().startsWith("Take control refused")),
                "take control refused");
        assertTrue(!Await.fx(() -> robot.lookup("#controlMasterBox").queryAs(CheckBox.class).isSelected()),
                "the box shows the server's answer, not the click");

        // Once the other client lets go, the GUI may command again.
        bed.daq().client().sendImmediate("releaseControl");
        Await.untilFx(() -> bed.model().control().canCommandBinding().get(), "commands possible again");
        assertTrue(!disabled("collectQueueButton"));
    }
}
