package org.lsdcfx.gui.control;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/** The command bar's buttons (view only; {@link ControlController} gives them behaviour). */
final class ControlPanelView {
    final Button collectQueue = button("Collect Queue", "collectQueueButton", "Run the queue of the primary dewar (runDCQueue)");
    final Button mount = button("Mount", "mountButton", "Mount the selected sample with the robot (mountSample)");
    final Button unmount = button("Unmount (cold)", "unmountButton", "Put the mounted sample back, gripper kept cold (unmountCold)");
    final Button endVisit = button("End Visit (warm)", "endVisitButton", "Unmount with a warm gripper at the end of the visit (unmountSample)");
    final Button pause = button("Pause", "pauseButton", "Hold the running queue at its next checkpoint, or continue a paused one");
    final Button stop = button("Stop", "stopButton", "Stop the queue after the current request (stopDCQueue 2)");
    final Button abort = button("Abort", "abortButton", "Abort now: stop motion and disarm the detector (stopDCQueue 1)");
    final Label observer = new Label();
    final HBox root;

    ControlPanelView() {
        collectQueue.getStyleClass().add("collect-button");
        abort.getStyleClass().add("abort-button");
        stop.getStyleClass().add("stop-button");
        observer.setId("observerLabel");
        observer.getStyleClass().add("observer-label");
        root = new HBox(8, collectQueue, new Separator(javafx.geometry.Orientation.VERTICAL), mount, unmount, endVisit,
                new Separator(javafx.geometry.Orientation.VERTICAL), pause, stop, abort, observer);
        root.setAlignment(Pos.CENTER_LEFT);
        root.setPadding(new Insets(6, 8, 6, 8));
        root.getStyleClass().add("command-bar");
        root.setId("commandBar");
    }

    List<Button> commandButtons() {
        return List.of(collectQueue, mount, unmount, endVisit, pause, stop, abort);
    }

    private static Button button(String text, String id, String tip) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        return b;
    }
}
