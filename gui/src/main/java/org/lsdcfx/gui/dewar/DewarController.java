package org.lsdcfx.gui.dewar;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TreeItem;
import javafx.scene.input.KeyCode;
import org.lsdcfx.amostra.Request;
import org.lsdcfx.gui.model.GuiModel;
import org.lsdcfx.gui.model.RequestService;
import org.lsdcfx.gui.model.SampleSlot;

/**
 * The dewar tree panel: dewar and priority views kept up to date from the model's {@link
 * org.lsdcfx.gui.model.DewarContents} changes, name filter, selection (shared through the model's
 * {@link org.lsdcfx.gui.model.Selection}), queue check boxes, context menu (use parameters, clone, queue,
 * dequeue, delete), Delete key, reordering and emptying the queue. Every store write goes through the model's
 * {@link RequestService}. FX thread only.
 */
public final class DewarController {
    private final GuiModel model;
    private final DewarPanel view = new DewarPanel();
    private final DewarTreeIndex index;
    private Consumer<Request> onUseParameters = r -> { };

    public DewarController(GuiModel model) {
        this.model = model;
        this.index = new DewarTreeIndex(model.session().dewarSlots());
        view.tree.setRoot(index.dewarRoot());
        view.tree.setCellFactory(t -> new DewarTreeCell(this::queueToggled, view.priorityView::isSelected));
        view.priorityView.selectedProperty().addListener((o, was, now) -> {
            view.tree.getSelectionModel().clearSelection();
            view.tree.setRoot(now ? index.priorityRoot() : index.dewarRoot());
        });
        view.filter.textProperty().addListener((o, was, now) -> index.setFilter(now));
        model.contents().addListener(changes -> {
            List<TreeItem<TreeNode>> selected = List.copyOf(view.tree.getSelectionModel().getSelectedItems());
            index.apply(changes, model.contents());
            restoreSelection(selected);
            publishSelection();
            updateCounts();
        });
        model.comm().mountedPinProperty().addListener((o, was, now) -> index.setMounted(now));
        index.setMounted(model.comm().mountedPinProperty().get());
        view.tree.getSelectionModel().getSelectedItems()
                .addListener((ListChangeListener<TreeItem<TreeNode>>) c -> publishSelection());
        view.tree.setContextMenu(contextMenu());
        view.tree.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                deleteSelected();
                e.consume();
            }
        });
        wireButtons();
        updateCounts();
    }

    /** The panel's root node. */
    public Node view() {
        return view.root;
    }

    /** What "Use Request Parameters" does with the chosen request (the request form loads it). */
    public void setOnUseParameters(Consumer<Request> action) {
        this.onUseParameters = action;
    }

    private void wireButtons() {
        var oneRequest = Bindings.createBooleanBinding(() -> model.selection().requests().size() == 1,
                model.selection().requestsProperty());
        var anyRequest = Bindings.createBooleanBinding(() -> !model.selection().requests().isEmpty(),
                model.selection().requestsProperty());
        view.moveTop.setOnAction(e -> move(RequestService.Move.TOP));
        view.moveUp.setOnAction(e -> move(RequestService.Move.UP));
        view.moveDown.setOnAction(e -> move(RequestService.Move.DOWN));
        view.moveBottom.setOnAction(e -> move(RequestService.Move.BOTTOM));
        for (var b : List.of(view.moveTop, view.moveUp, view.moveDown, view.moveBottom)) {
            b.disableProperty().bind(oneRequest.not());
        }
        view.queueSelected.setOnAction(e -> model.requests().queue(model.selection().requests()));
        view.dequeueSelected.setOnAction(e -> model.requests().dequeue(model.selection().requests()));
        view.queueSelected.disableProperty().bind(anyRequest.not());
        view.dequeueSelected.disableProperty().bind(anyRequest.not());
        view.emptyQueue.setOnAction(e -> emptyQueue());
    }

    private ContextMenu contextMenu() {
        MenuItem use = item("Use Request Parameters", "useParametersItem", () -> {
            List<Request> r = model.selection().requests();
            if (!r.isEmpty()) {
                onUseParameters.accept(r.get(0));
            }
        });
        MenuItem clone = item("Clone Selected Requests", "cloneItem", this::cloneSelected);
        MenuItem queue = item("Queue Selected", "queueItem", () -> model.requests().queue(model.selection().requests()));
        MenuItem dequeue = item("Dequeue Selected", "dequeueItem",
                () -> model.requests().dequeue(model.selection().requests()));
        MenuItem delete = item("Delete Selected", "deleteItem", this::deleteSelected);
        ContextMenu menu = new ContextMenu(use, clone, new SeparatorMenuItem(), queue, dequeue, new SeparatorMenuItem(), delete);
        menu.setOnShowing(e -> {
            boolean none = model.selection().requests().isEmpty();
            for (MenuItem i : List.of(use, clone, queue, dequeue, delete)) {
                i.setDisable(none);
            }
        });
        return menu;
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem i = new MenuItem(text);
        i.setId(id);
        i.setOnAction(e -> action.run());
        return i;
    }

    private void queueToggled(Request r, boolean queued) {
        if (queued) {
            model.requests().queue(List.of(r));
        } else {
            model.requests().dequeue(List.of(r));
        }
    }

    private void move(RequestService.Move move) {
        List<Request> r = model.selection().requests();
        if (r.size() != 1 || !r.get(0).isQueued()) {
            model.messages().gui("Select one queued (not running) request to move it in the queue", true);
            return;
        }
        model.requests().move(r.get(0), move);
    }

    private void cloneSelected() {
        Map<String, SampleSlot> samples = new LinkedHashMap<>();
        for (Request r : model.selection().requests()) {
            model.contents().sample(r.sample()).ifPresent(s -> samples.put(s.uid(), s));
        }
        model.requests().cloneRequests(model.selection().requests(), samples);
    }

    private void deleteSelected() {
        List<Request> r = model.selection().requests();
        if (r.isEmpty()) {
            return;
        }
        if (r.size() > 1 && !confirm("Delete " + r.size() + " requests?",
                "The selected requests are removed from the tree and the queue (they stay in the store's history).")) {
            return;
        }
        model.requests().delete(r);
    }

    private void emptyQueue() {
        int waiting = model.contents().waiting().size();
        if (waiting == 0) {
            model.messages().gui("The queue is already empty", false);
            return;
        }
        if (confirm("Empty the queue?", "Deletes the " + waiting + " request(s) waiting in the queue of dewar "
                + model.session().dewarName() + ".")) {
            model.requests().emptyQueue();
        }
    }

    private boolean confirm(String title, String text) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, text, ButtonType.OK, ButtonType.CANCEL);
        a.setHeaderText(title);
        a.initOwner(view.root.getScene() == null ? null : view.root.getScene().getWindow());
        return a.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    /** Re-selects rows that moved (a moved row loses its selection) and are still in the tree. */
    private void restoreSelection(List<TreeItem<TreeNode>> before) {
        var selection = view.tree.getSelectionModel();
        for (TreeItem<TreeNode> item : before) {
            if (item != null && item.getParent() != null && !selection.getSelectedItems().contains(item)) {
                selection.select(item);
            }
        }
    }

    /** Recomputes the shared selection from the tree's selected rows (also after their values changed). */
    private void publishSelection() {
        List<Request> requests = new ArrayList<>();
        Map<String, SampleSlot> samples = new LinkedHashMap<>();
        for (TreeItem<TreeNode> item : view.tree.getSelectionModel().getSelectedItems()) {
            if (item == null) {
                continue;
            }
            if (item.getValue() instanceof TreeNode.RequestRow r) {
                requests.add(r.request());
                samples.putIfAbsent(r.sample().uid(), r.sample());
            } else if (item.getValue() instanceof TreeNode.SampleRow s) {
                samples.putIfAbsent(s.sample().uid(), s.sample());
            }
        }
        model.selection().set(requests, new ArrayList<>(samples.values()));
    }

    private void updateCounts() {
        long queued = model.contents().requests().stream().filter(Request::isQueued).count();
        view.counts.setText(index.sampleCount() + " samples · " + index.requestCount() + " requests · " + queued
                + " queued");
    }

    // ---- for tests and the benchmark ----

    /** Selects a request's row (in the current view) and scrolls to it; false if it is not in the tree. */
    public boolean select(String requestUid) {
        return index.requestItem(requestUid, view.priorityView.isSelected()).map(this::selectItem).orElse(false);
    }

    /** Selects a sample's row (dewar view); false if it is not in the tree. */
    public boolean selectSample(String sampleUid) {
        return index.sampleItem(sampleUid).map(this::selectItem).orElse(false);
    }

    private boolean selectItem(TreeItem<TreeNode> item) {
        view.tree.getSelectionModel().clearSelection();
        view.tree.getSelectionModel().select(item);
        int row = view.tree.getRow(item);
        if (row >= 0) {
            view.tree.scrollTo(row);
        }
        return true;
    }

    /** The row value shown for a request in the current view, if the request is in the tree. */
    public java.util.Optional<TreeNode> rowOf(String requestUid) {
        return index.requestItem(requestUid, view.priorityView.isSelected()).map(TreeItem::getValue);
    }
}
