package org.lsdcfx.gui.dewar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lsdcfx.gui.model.Fixtures.dewar;
import static org.lsdcfx.gui.model.Fixtures.pin;
import static org.lsdcfx.gui.model.Fixtures.puck;
import static org.lsdcfx.gui.model.Fixtures.puckAt;
import static org.lsdcfx.gui.model.Fixtures.request;
import static org.lsdcfx.gui.model.Fixtures.sample;

import java.util.List;
import javafx.scene.control.TreeItem;
import org.junit.jupiter.api.Test;
import org.lsdcfx.amostra.DewarSnapshot;
import org.lsdcfx.gui.model.DewarContents;
import org.lsdcfx.gui.model.DewarDiff;
import org.lsdcfx.gui.model.Fixtures;
import org.lsdcfx.gui.model.MountedPin;

/** The tree's incremental update, without a window (TreeItems need no toolkit). */
class DewarTreeIndexTest {
    private final DewarContents contents = new DewarContents();
    private final DewarTreeIndex index = new DewarTreeIndex(24);
    private DewarSnapshot shown;

    DewarTreeIndexTest() {
        contents.addListener(changes -> index.apply(changes, contents));
    }

    private void show(DewarSnapshot next) {
        contents.apply(DewarDiff.between(shown, next));
        shown = next;
    }

    private static List<String> labels(TreeItem<TreeNode> parent) {
        return parent.getChildren().stream().map(i -> label(i.getValue())).toList();
    }

    private static String label(TreeNode n) {
        if (n instanceof TreeNode.SlotRow s) {
            return TreeLabels.slot(s);
        }
        return n instanceof TreeNode.SampleRow s ? TreeLabels.sample(s) : TreeLabels.request((TreeNode.RequestRow) n);
    }

    @Test
    void theDewarViewShowsSlotsPucksSamplesAndRequests() {
        show(dewar(puckAt(2, puck("p", "PUCK-A"), pin(3, sample("s1", "lyso"), request("r1", "s1", 0, 1),
                request("r2", "s1", 5000, 1)))));
        TreeItem<TreeNode> root = index.dewarRoot();
        assertEquals(24, root.getChildren().size(), "every slot 1A..8C, empty or not");
        assertEquals("1A  (empty)", labels(root).get(0));
        assertEquals("1B  PUCK-A", labels(root).get(1));
        TreeItem<TreeNode> sampleItem = root.getChildren().get(1).getChildren().get(0);
        assertEquals("3-lyso", TreeLabels.sample((TreeNode.SampleRow) sampleItem.getValue()));
        assertEquals(List.of("pr2_standard", "pr1_standard"), labels(sampleItem), "queued first, as LSDC lists them");
    }

    @Test
    void aRequestUpdateChangesOneRowInPlaceAndReordersThePriorityView() {
        show(dewar(puckAt(1, puck("p", "P"), pin(1, sample("s1", "a"), request("r1", "s1", 5000, 1)),
                pin(2, sample("s2", "b"), request("r2", "s2", 4000, 1)))));
        TreeItem<TreeNode> r2 = index.requestItem("r2", false).orElseThrow();
        assertEquals(List.of("r1", "r2"), priorityUids());
        show(dewar(puckAt(1, puck("p", "P"), pin(1, sample("s1", "a"), request("r1", "s1", 5000, 1)),
                pin(2, sample("s2", "b"), request("r2", "s2", 6000, 2)))));
        assertSame(r2, index.requestItem("r2", false).orElseThrow(), "the same item, not a rebuilt one");
        assertEquals(6000, ((TreeNode.RequestRow) r2.getValue()).request().priority());
        assertEquals(List.of("r2", "r1"), priorityUids(), "moved to the top");
    }

    @Test
    void removedAndAddedRequestsLeaveTheOthersAlone() {
        show(dewar(puckAt(1, puck("p", "P"), pin(1, sample("s1", "a"), request("r1", "s1", 0, 1), request("r2", "s1", 0, 1)))));
        TreeItem<TreeNode> r1 = index.requestItem("r1", false).orElseThrow();
        show(dewar(puckAt(1, puck("p", "P"), pin(1, sample("s1", "a"), request("r1", "s1", 0, 1), request("r3", "s1", 0, 1)))));
        assertSame(r1, index.requestItem("r1", false).orElseThrow());
        assertTrue(index.requestItem("r2", false).isEmpty());
        assertEquals(2, index.requestCount());
        assertEquals(2, index.priorityRoot().getChildren().size());
    }

    @Test
    void theFilterKeepsMatchingSamplesAndTheirPucks() {
        show(Fixtures.fullDewar(24, 2000));
        index.setFilter("crystal_01");
        // crystal_010 .. crystal_019
        long samples = index.dewarRoot().getChildren().stream().mapToLong(s -> s.getChildren().size()).sum();
        assertEquals(10, samples);
        assertEquals(2, index.dewarRoot().getChildren().size(), "only pucks 1 and 2 hold them (samples 10-15, 16-19)");
        assertTrue(index.priorityRoot().getChildren().stream().allMatch(i ->
                ((TreeNode.RequestRow) i.getValue()).sample().name().startsWith("crystal_01")));
        index.setFilter("puck07");
        assertEquals(16, index.dewarRoot().getChildren().get(0).getChildren().size(), "a puck name shows the whole puck");
        index.setFilter("");
        assertEquals(24, index.dewarRoot().getChildren().size());
        assertEquals(2000, index.priorityRoot().getChildren().size());
    }

    @Test
    void theMountedSampleIsMarkedAndUnmarked() {
        show(dewar(puckAt(1, puck("p", "P"), pin(1, sample("s1", "a")), pin(2, sample("s2", "b")))));
        index.setMounted(new MountedPin("s1", "m"));
        assertEquals("1-a  (mounted)", TreeLabels.sample((TreeNode.SampleRow) index.sampleItem("s1").orElseThrow().getValue()));
        index.setMounted(new MountedPin("s2", "cm"));
        assertEquals("1-a", TreeLabels.sample((TreeNode.SampleRow) index.sampleItem("s1").orElseThrow().getValue()));
        assertEquals("2-b  (mounting…)", TreeLabels.sample((TreeNode.SampleRow) index.sampleItem("s2").orElseThrow().getValue()));
    }

    @Test
    void aSampleAddedToAnEmptyPuckAppears() {
        show(dewar(puckAt(4, puck("p", "P"))));
        show(dewar(puckAt(4, puck("p", "P"), pin(5, sample("s9", "late"), request("r9", "s9", 5000, 1)))));
        assertEquals(1, index.dewarRoot().getChildren().get(3).getChildren().size());
        assertTrue(contents.sample("s9").isPresent());
        assertEquals(List.of("r9"), priorityUids());
    }

    private List<String> priorityUids() {
        return index.priorityRoot().getChildren().stream()
                .map(i -> ((TreeNode.RequestRow) i.getValue()).request().uid()).toList();
    }
}
