package org.lsdcfx.gui.dewar;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The dewar panel's nodes (view only; {@link DewarController} gives them behaviour). */
final class DewarPanel {
    final RadioButton dewarView = new RadioButton("Dewar view");
    final RadioButton priorityView = new RadioButton("Priority view");
    final TextField filter = new TextField();
    final TreeView<TreeNode> tree = new TreeView<>();
    final Button moveTop = button("<<", "moveTopButton", "Move the selected queued request to the top of the queue");
    final Button moveUp = button("<", "moveUpButton", "Move the selected queued request up one place");
    final Button moveDown = button(">", "moveDownButton", "Move the selected queued request down one place");
    final Button moveBottom = button(">>", "moveBottomButton", "Move the selected queued request to the bottom of the queue");
    final Button queueSelected = button("Queue Selected", "queueSelectedButton", "Queue the selected requests");
    final Button dequeueSelected = button("Dequeue Selected", "dequeueSelectedButton",
            "Take the selected requests out of the queue");
    final Button emptyQueue = button("Empty Queue", "emptyQueueButton", "Delete every request waiting in the queue");
    final Label counts = new Label();
    final VBox root;

    DewarPanel() {
        ToggleGroup views = new ToggleGroup();
        dewarView.setToggleGroup(views);
        priorityView.setToggleGroup(views);
        dewarView.setSelected(true);
        dewarView.setId("dewarViewRadio");
        priorityView.setId("priorityViewRadio");
        filter.setId("dewarFilter");
        filter.setPromptText("Filter by sample or puck name");
        HBox.setHgrow(filter, Priority.ALWAYS);
        HBox header = new HBox(8, dewarView, priorityView, filter);
        header.getStyleClass().add("panel-header");

        tree.setId("dewarTree");
        tree.setShowRoot(false);
        tree.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        VBox.setVgrow(tree, Priority.ALWAYS);

        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        counts.setId("dewarCounts");
        counts.getStyleClass().add("dim");
        HBox reorder = new HBox(4, new Label("Priority"), moveTop, moveUp, moveDown, moveBottom, gap, counts);
        reorder.getStyleClass().add("button-row");
        HBox queue = new HBox(4, queueSelected, dequeueSelected, emptyQueue);
        queue.getStyleClass().add("button-row");

        root = new VBox(6, header, tree, reorder, queue);
        root.setPadding(new Insets(6));
        root.getStyleClass().add("dewar-panel");
        root.setId("dewarPanel");
    }

    private static Button button(String text, String id, String tip) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        return b;
    }
}
