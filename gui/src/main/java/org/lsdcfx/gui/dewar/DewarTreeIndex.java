package org.lsdcfx.gui.dewar;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javafx.scene.control.TreeItem;
import org.lsdcfx.amostra.DewarSnapshot;
import org.lsdcfx.amostra.Request;
import org.lsdcfx.amostra.SlotLabels;
import org.lsdcfx.gui.model.DewarChange;
import org.lsdcfx.gui.model.DewarContents;
import org.lsdcfx.gui.model.MountedPin;
import org.lsdcfx.gui.model.SampleSlot;

/**
 * The tree items of both dewar views, updated in place from {@link DewarChange}s: the dewar view (slots → pucks →
 * samples → requests) and the priority view (every request, in queue order). Items are found by uid in hash
 * maps, so a request update touches one row in each view, whatever the dewar's size; the name filter only
 * re-lists the children of the 24 slot rows.
 *
 * <p>Threading: FX thread only.
 */
final class DewarTreeIndex {
    /** Requests under a sample, as LSDC lists them: highest priority first, then oldest first. */
    static final Comparator<Request> SAMPLE_ORDER = Comparator.comparingInt((Request r) -> -r.priority())
            .thenComparingDouble(Request::time).thenComparing(Request::uid);
    /** Above this many changes the priority view is re-listed once rather than updated row by row. */
    private static final int BULK = 50;

    private static final class Slot {
        final TreeItem<TreeNode> item;
        final TreeMap<Integer, TreeItem<TreeNode>> pins = new TreeMap<>();

        Slot(TreeItem<TreeNode> item) {
            this.item = item;
        }
    }

    private final TreeItem<TreeNode> dewarRoot = new TreeItem<>();
    private final Slot[] slots;
    private final Map<String, TreeItem<TreeNode>> sampleItems = new HashMap<>();
    private final Map<String, TreeItem<TreeNode>> requestItems = new HashMap<>();
    private final PriorityRows priority = new PriorityRows();
    private String filter = "";
    private MountedPin mounted = MountedPin.NONE;

    DewarTreeIndex(int slotCount) {
        slots = new Slot[slotCount + 1];
        List<TreeItem<TreeNode>> rows = new ArrayList<>();
        for (int i = 1; i <= slotCount; i++) {
            TreeItem<TreeNode> item = new TreeItem<>(new TreeNode.SlotRow(i, SlotLabels.label(i), null));
            item.setExpanded(true);
            slots[i] = new Slot(item);
            rows.add(item);
        }
        dewarRoot.getChildren().setAll(rows);
        dewarRoot.setExpanded(true);
    }

    TreeItem<TreeNode> dewarRoot() {
        return dewarRoot;
    }

    TreeItem<TreeNode> priorityRoot() {
        return priority.root();
    }

    /** Applies changes that {@code contents} has already taken in (it supplies the samples' places). */
    void apply(List<DewarChange> changes, DewarContents contents) {
        if (changes.size() > BULK || changes.stream().anyMatch(c -> c instanceof DewarChange.SlotChanged)) {
            priority.beginBulk(); // re-list the priority view once at the end instead of row by row
        }
        boolean slotsChanged = false;
        for (DewarChange c : changes) {
            if (c instanceof DewarChange.SlotChanged s) {
                replaceSlot(s, contents);
                slotsChanged = true;
            } else if (c instanceof DewarChange.PinChanged p) {
                replacePin(p, contents);
                slotsChanged = true;
            } else if (c instanceof DewarChange.SampleChanged s) {
                sampleChanged(s.sample().uid(), contents);
            } else if (c instanceof DewarChange.RequestAdded a) {
                contents.sample(a.request().sample()).ifPresent(s -> addRequest(a.request(), s));
            } else if (c instanceof DewarChange.RequestChanged ch) {
                requestChanged(ch.request());
            } else if (c instanceof DewarChange.RequestRemoved r) {
                removeRequest(r.requestUid());
            }
        }
        if (slotsChanged && !filter.isEmpty()) {
            relistRoot();
        }
        priority.endBatch();
    }

    // ---- slots and samples ----

    private void replaceSlot(DewarChange.SlotChanged s, DewarContents contents) {
        Slot slot = slots[s.slot()];
        slot.pins.values().forEach(this::forgetSample);
        slot.pins.clear();
        DewarSnapshot.PuckNode puck = s.puck();
        slot.item.setValue(new TreeNode.SlotRow(s.slot(), s.slotLabel(), puck == null ? null : puck.puck().name()));
        if (puck != null) {
            for (DewarSnapshot.PinNode pin : puck.pins()) {
                contents.sample(pin.sample().uid()).ifPresent(place -> slot.pins.put(pin.position(), sampleItem(place, pin)));
            }
        }
        relistSlot(slot);
    }

    private void replacePin(DewarChange.PinChanged p, DewarContents contents) {
        Slot slot = slots[p.slot()];
        TreeItem<TreeNode> old = slot.pins.remove(p.position());
        if (old != null) {
            forgetSample(old);
        }
        if (p.pin() != null) {
            contents.sample(p.pin().sample().uid()).ifPresent(place -> slot.pins.put(p.position(), sampleItem(place, p.pin())));
        }
        relistSlot(slot);
    }

    /** A new sample row with its request rows (built detached, then attached in one go). */
    private TreeItem<TreeNode> sampleItem(SampleSlot place, DewarSnapshot.PinNode pin) {
        TreeItem<TreeNode> item = new TreeItem<>(new TreeNode.SampleRow(place, mountOf(place.uid())));
        item.setExpanded(true);
        sampleItems.put(place.uid(), item);
        List<Request> requests = new ArrayList<>(pin.requests());
        requests.sort(SAMPLE_ORDER);
        List<TreeItem<TreeNode>> children = new ArrayList<>(requests.size());
        for (Request r : requests) {
            TreeNode.RequestRow row = new TreeNode.RequestRow(r, place);
            TreeItem<TreeNode> ri = new TreeItem<>(row);
            requestItems.put(r.uid(), ri);
            children.add(ri);
            priority.add(row);
        }
        item.getChildren().setAll(children);
        return item;
    }

    private void forgetSample(TreeItem<TreeNode> sampleItem) {
        if (sampleItem.getValue() instanceof TreeNode.SampleRow s) {
            sampleItems.remove(s.sample().uid());
        }
        for (TreeItem<TreeNode> ri : sampleItem.getChildren()) {
            if (ri.getValue() instanceof TreeNode.RequestRow r) {
                requestItems.remove(r.request().uid());
                priority.remove(r.request().uid());
            }
        }
    }

    private void sampleChanged(String uid, DewarContents contents) {
        TreeItem<TreeNode> item = sampleItems.get(uid);
        Optional<SampleSlot> place = contents.sample(uid);
        if (item == null || place.isEmpty()) {
            return;
        }
        item.setValue(new TreeNode.SampleRow(place.get(), mountOf(uid)));
        for (TreeItem<TreeNode> ri : item.getChildren()) {
            if (ri.getValue() instanceof TreeNode.RequestRow r) {
                TreeNode.RequestRow row = new TreeNode.RequestRow(r.request(), place.get());
                ri.setValue(row);
                priority.update(row); // the sample's place did not change, so its order did not either
            }
        }
    }

    // ---- requests ----

    private void addRequest(Request r, SampleSlot place) {
        TreeItem<TreeNode> sampleItem = sampleItems.get(place.uid());
        if (sampleItem == null || requestItems.containsKey(r.uid())) {
            return;
        }
        TreeNode.RequestRow row = new TreeNode.RequestRow(r, place);
        TreeItem<TreeNode> item = new TreeItem<>(row);
        requestItems.put(r.uid(), item);
        insertUnderSample(sampleItem, item);
        priority.add(row);
    }

    private void requestChanged(Request r) {
        TreeItem<TreeNode> item = requestItems.get(r.uid());
        if (item == null || !(item.getValue() instanceof TreeNode.RequestRow old)) {
            return;
        }
        TreeNode.RequestRow row = new TreeNode.RequestRow(r, old.sample());
        item.setValue(row);
        TreeItem<TreeNode> parent = item.getParent();
        if (old.request().priority() != r.priority() && parent != null && !inOrder(parent.getChildren(), item)) {
            parent.getChildren().remove(item);
            insertUnderSample(parent, item);
        }
        priority.update(row);
    }

    private void removeRequest(String uid) {
        TreeItem<TreeNode> item = requestItems.remove(uid);
        if (item != null && item.getParent() != null) {
            item.getParent().getChildren().remove(item);
        }
        priority.remove(uid);
    }

    /** True if the item still sorts between its neighbours (then it need not move, and keeps its selection). */
    private static boolean inOrder(List<TreeItem<TreeNode>> siblings, TreeItem<TreeNode> item) {
        int i = siblings.indexOf(item);
        Request r = ((TreeNode.RequestRow) item.getValue()).request();
        boolean afterPrevious = i <= 0 || SAMPLE_ORDER.compare(((TreeNode.RequestRow) siblings.get(i - 1).getValue()).request(), r) < 0;
        boolean beforeNext = i < 0 || i >= siblings.size() - 1
                || SAMPLE_ORDER.compare(r, ((TreeNode.RequestRow) siblings.get(i + 1).getValue()).request()) < 0;
        return i >= 0 && afterPrevious && beforeNext;
    }

    private static void insertUnderSample(TreeItem<TreeNode> sampleItem, TreeItem<TreeNode> item) {
        Request r = ((TreeNode.RequestRow) item.getValue()).request();
        List<TreeItem<TreeNode>> children = sampleItem.getChildren();
        int i = 0;
        while (i < children.size() && children.get(i).getValue() instanceof TreeNode.RequestRow other
                && SAMPLE_ORDER.compare(other.request(), r) < 0) {
            i++;
        }
        children.add(i, item);
    }

    // ---- filter and mount ----

    /** Shows only samples (and their requests) whose name, or whose puck's name, contains {@code text}. */
    void setFilter(String text) {
        String f = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (f.equals(filter)) {
            return;
        }
        filter = f;
        for (int i = 1; i < slots.length; i++) {
            relistSlot(slots[i]);
        }
        relistRoot();
        priority.setFilter(filter.isEmpty() ? null : sample -> matches(sample, null));
    }

    private void relistSlot(Slot slot) {
        if (filter.isEmpty()) {
            slot.item.getChildren().setAll(slot.pins.values());
            return;
        }
        String puckName = ((TreeNode.SlotRow) slot.item.getValue()).puckName();
        List<TreeItem<TreeNode>> visible = new ArrayList<>();
        for (TreeItem<TreeNode> i : slot.pins.values()) {
            if (matches(((TreeNode.SampleRow) i.getValue()).sample(), puckName)) {
                visible.add(i);
            }
        }
        slot.item.getChildren().setAll(visible);
    }

    private void relistRoot() {
        List<TreeItem<TreeNode>> visible = new ArrayList<>();
        for (int i = 1; i < slots.length; i++) {
            if (filter.isEmpty() || !slots[i].item.getChildren().isEmpty()) {
                visible.add(slots[i].item);
            }
        }
        dewarRoot.getChildren().setAll(visible);
    }

    private boolean matches(SampleSlot s, String puckName) {
        return filter.isEmpty() || s.name() != null && s.name().toLowerCase(Locale.ROOT).contains(filter)
                || (puckName != null ? puckName : s.puckName() == null ? "" : s.puckName())
                .toLowerCase(Locale.ROOT).contains(filter);
    }

    /** Marks the mounted sample (and unmarks the previous one). */
    void setMounted(MountedPin pin) {
        MountedPin previous = mounted;
        mounted = pin == null ? MountedPin.NONE : pin;
        refreshSampleRow(previous.sampleUid());
        refreshSampleRow(mounted.sampleUid());
    }

    private void refreshSampleRow(String uid) {
        TreeItem<TreeNode> item = uid.isEmpty() ? null : sampleItems.get(uid);
        if (item != null && item.getValue() instanceof TreeNode.SampleRow row) {
            item.setValue(new TreeNode.SampleRow(row.sample(), mountOf(uid)));
        }
    }

    private MountedPin mountOf(String sampleUid) {
        return !mounted.isNone() && mounted.sampleUid().equals(sampleUid) ? mounted : null;
    }

    // ---- look-ups ----

    Optional<TreeItem<TreeNode>> requestItem(String uid, boolean priorityView) {
        return priorityView ? priority.item(uid) : Optional.ofNullable(requestItems.get(uid));
    }

    Optional<TreeItem<TreeNode>> sampleItem(String uid) {
        return Optional.ofNullable(sampleItems.get(uid));
    }

    int requestCount() {
        return requestItems.size();
    }

    int sampleCount() {
        return sampleItems.size();
    }
}
