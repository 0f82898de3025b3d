package org.lsdcfx.gui.dewar;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.scene.control.TreeItem;
import org.lsdcfx.gui.model.SampleSlot;

/**
 * The priority view's rows: every request, kept sorted in queue order by binary insertion, shown through the
 * name filter. A request whose priority changes moves; other changes only replace the row's value. During a bulk
 * update (or while filtered) the visible list is re-listed once at the end instead of row by row.
 *
 * <p>Threading: FX thread only.
 */
final class PriorityRows {
    /** Queue order: priority (highest first), then dewar position, then age, then uid (so no two rows tie). */
    static final Comparator<TreeNode.RequestRow> ORDER = Comparator
            .comparingInt((TreeNode.RequestRow r) -> -r.request().priority())
            .thenComparingInt(r -> r.sample().dewarOrder())
            .thenComparingDouble(r -> r.request().time())
            .thenComparing(r -> r.request().uid());
    private static final Comparator<TreeItem<TreeNode>> ITEM_ORDER = (a, b) -> ORDER.compare(
            (TreeNode.RequestRow) a.getValue(), (TreeNode.RequestRow) b.getValue());

    private final TreeItem<TreeNode> root = new TreeItem<>();
    private final Map<String, TreeItem<TreeNode>> items = new HashMap<>();
    private final List<TreeItem<TreeNode>> sorted = new ArrayList<>();
    private Predicate<SampleSlot> filter;  // null: no filter
    private boolean stale;                 // the visible children lag behind {@code sorted}

    PriorityRows() {
        root.setExpanded(true);
    }

    TreeItem<TreeNode> root() {
        return root;
    }

    /** From now until {@link #endBatch()}, only the sorted list is kept; the rows are re-listed once at the end. */
    void beginBulk() {
        stale = true;
    }

    void endBatch() {
        if (stale) {
            relist();
        }
    }

    void add(TreeNode.RequestRow row) {
        TreeItem<TreeNode> item = new TreeItem<>(row);
        items.put(row.request().uid(), item);
        insert(item);
    }

    void remove(String uid) {
        TreeItem<TreeNode> item = items.remove(uid);
        if (item != null) {
            take(item);
        }
    }

    /** A new value for a request's row; it moves if its priority changed. */
    void update(TreeNode.RequestRow row) {
        TreeItem<TreeNode> item = items.get(row.request().uid());
        if (item == null) {
            return;
        }
        TreeNode.RequestRow old = (TreeNode.RequestRow) item.getValue();
        if (old.request().priority() != row.request().priority()) {
            take(item); // found by its old position, before the value changes
            item.setValue(row);
            insert(item);
        } else {
            item.setValue(row);
        }
    }

    /** Shows only requests whose sample passes {@code test}; null shows all. */
    void setFilter(Predicate<SampleSlot> test) {
        filter = test;
        relist();
    }

    Optional<TreeItem<TreeNode>> item(String uid) {
        return Optional.ofNullable(items.get(uid));
    }

    private void insert(TreeItem<TreeNode> item) {
        int i = Collections.binarySearch(sorted, item, ITEM_ORDER);
        int at = i < 0 ? -i - 1 : i;
        sorted.add(at, item);
        if (filter == null && !stale) {
            root.getChildren().add(at, item);
        } else {
            stale = true;
        }
    }

    private void take(TreeItem<TreeNode> item) {
        int at = Collections.binarySearch(sorted, item, ITEM_ORDER);
        if (at < 0 || sorted.get(at) != item) {
            at = sorted.indexOf(item);
        }
        if (at < 0) {
            return;
        }
        sorted.remove(at);
        if (filter == null && !stale) {
            root.getChildren().remove(at);
        } else {
            stale = true;
        }
    }

    private void relist() {
        stale = false;
        if (filter == null) {
            root.getChildren().setAll(sorted);
            return;
        }
        List<TreeItem<TreeNode>> visible = new ArrayList<>();
        for (TreeItem<TreeNode> i : sorted) {
            if (filter.test(((TreeNode.RequestRow) i.getValue()).sample())) {
                visible.add(i);
            }
        }
        root.getChildren().setAll(visible);
    }
}
