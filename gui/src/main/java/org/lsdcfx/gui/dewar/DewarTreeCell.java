package org.lsdcfx.gui.dewar;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.util.Duration;
import org.lsdcfx.amostra.Request;

/**
 * One row of the dewar tree: slot, sample (the mounted one highlighted with its mount state) or request (queue
 * check box, colour by priority, parameter tooltip).
 */
final class DewarTreeCell extends TreeCell<TreeNode> {
    private static final List<String> OWN_CLASSES = List.of("dewar-slot", "dewar-slot-empty", "dewar-sample",
            "sample-mounted", "dewar-request");

    private final CheckBox queueBox = new CheckBox();
    private final BooleanSupplier priorityView;
    private Tooltip tooltip; // made on the first request row (tooltips are costly, many cells never show one)

    /**
     * @param onQueueToggle called when the user ticks (true) or unticks a request's queue box
     * @param priorityView  true while the tree shows the priority view
     */
    DewarTreeCell(BiConsumer<Request, Boolean> onQueueToggle, BooleanSupplier priorityView) {
        this.priorityView = priorityView;
        queueBox.getStyleClass().add("queue-box");
        queueBox.setFocusTraversable(false);
        queueBox.setOnAction(e -> {
            if (getItem() instanceof TreeNode.RequestRow r) {
                onQueueToggle.accept(r.request(), queueBox.isSelected());
            }
        });
    }

    private Tooltip tooltip() {
        if (tooltip == null) {
            tooltip = new Tooltip();
            tooltip.setShowDelay(Duration.millis(400));
            tooltip.setShowDuration(Duration.seconds(30));
            tooltip.getStyleClass().add("request-tooltip");
        }
        return tooltip;
    }

    @Override
    protected void updateItem(TreeNode item, boolean empty) {
        super.updateItem(item, empty);
        getStyleClass().removeAll(OWN_CLASSES);
        getStyleClass().removeAll(RequestLook.STYLE_CLASSES);
        if (empty || item == null) {
            setText(null);
            setGraphic(null);
            setTooltip(null);
            return;
        }
        if (item instanceof TreeNode.SlotRow s) {
            setText(TreeLabels.slot(s));
            setGraphic(null);
            setTooltip(null);
            getStyleClass().add(s.puckName() == null ? "dewar-slot-empty" : "dewar-slot");
        } else if (item instanceof TreeNode.SampleRow s) {
            setText(TreeLabels.sample(s));
            setGraphic(null);
            setTooltip(null);
            getStyleClass().add("dewar-sample");
            if (s.mount() != null) {
                getStyleClass().add("sample-mounted");
            }
        } else if (item instanceof TreeNode.RequestRow r) {
            RequestLook look = RequestLook.of(r.request().priority(), r.request().status());
            setText(priorityView.getAsBoolean() ? TreeLabels.priorityRow(r) : TreeLabels.request(r));
            queueBox.setSelected(look.checked());
            queueBox.setDisable(!look.checkable());
            setGraphic(queueBox);
            Tooltip t = tooltip();
            t.setText(TreeLabels.tooltip(r.request()));
            setTooltip(t);
            getStyleClass().addAll("dewar-request", look.styleClass());
        }
    }
}
