package org.lsdcfx.gui.control;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import org.lsdcfx.amostra.Request;
import org.lsdcfx.gui.model.ControlModel;
import org.lsdcfx.gui.model.GuiModel;
import org.lsdcfx.gui.model.SampleSlot;

/**
 * The command bar: Collect Queue, Mount, Unmount (cold), End Visit (warm), Pause/Continue, Stop and Abort, sent
 * through the model's {@link org.lsdcfx.gui.model.ServerCommands}. The buttons follow the control master state
 * (an observer's are disabled, and the server would refuse its commands anyway); the Pause button follows the
 * server's {@code pause_button_state}. FX thread only.
 */
public final class ControlController {
    private final GuiModel model;
    private final ControlPanelView view = new ControlPanelView();

    public ControlController(GuiModel model) {
        this.model = model;
        ControlModel control = model.control();
        for (var b : view.commandButtons()) {
            b.disableProperty().bind(control.canCommandBinding().not());
        }
        control.canCommandBinding().addListener((o, was, now) -> updateObserver());
        control.holderProperty().addListener((o, was, now) -> updateObserver());
        control.masterProperty().addListener((o, was, now) -> updateObserver());
        updateObserver();
        view.pause.textProperty().bind(model.comm().pauseButtonStateProperty());
        view.collectQueue.setOnAction(e -> collectQueue());
        view.mount.setOnAction(e -> mount());
        view.unmount.setOnAction(e -> model.commands().unmountCold());
        view.endVisit.setOnAction(e -> {
            if (confirm("End the visit?", "Unmounts the sample with a warm gripper (unmountSample).")) {
                model.commands().endVisit();
            }
        });
        view.pause.setOnAction(e -> {
            if ("Continue".equals(model.comm().pauseButtonStateProperty().get())) {
                model.commands().resume();
            } else {
                model.commands().pause();
            }
        });
        view.stop.setOnAction(e -> model.commands().stop());
        view.abort.setOnAction(e -> model.commands().abort());
    }

    public Node view() {
        return view.root;
    }

    private void updateObserver() {
        ControlModel c = model.control();
        view.observer.setText(c.canCommandBinding().get() ? "" : c.describe());
    }

    /** LSDC: with nothing queued, the selected requests are queued first; then the queue runs. */
    private void collectQueue() {
        if (model.contents().hasWaiting()) {
            model.commands().collectQueue();
            return;
        }
        List<Request> selected = model.selection().requests();
        if (selected.isEmpty()) {
            model.messages().guiPopup("Collect Queue: nothing is queued; queue requests (check their boxes) or select"
                    + " them first");
            return;
        }
        model.requests().queue(selected).whenComplete((outcome, failure) -> {
            if (failure == null && !outcome.done().isEmpty()) {
                model.commands().collectQueue();
            }
        });
    }

    private void mount() {
        List<SampleSlot> samples = model.selection().samples();
        if (samples.size() != 1) {
            model.messages().guiPopup("Mount: select exactly one sample (or one of its requests) in the dewar tree");
            return;
        }
        model.commands().mount(samples.get(0).uid(), samples.get(0).name());
    }

    private boolean confirm(String title, String text) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, text, ButtonType.OK, ButtonType.CANCEL);
        a.setHeaderText(title);
        a.initOwner(view.root.getScene() == null ? null : view.root.getScene().getWindow());
        return a.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }
}
