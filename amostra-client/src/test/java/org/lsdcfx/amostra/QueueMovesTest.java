package org.lsdcfx.amostra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueueMovesTest {
    private static List<QueueMoves.Key> keys(int... priorities) {
        List<QueueMoves.Key> out = new ArrayList<>();
        for (int i = 0; i < priorities.length; i++) {
            out.add(new QueueMoves.Key("r" + i, priorities[i], i, i));
        }
        return out;
    }

    @Test
    void lsdcArithmetic() {
        assertEquals(Map.of("r2", 4500), QueueMoves.plan(keys(5000, 4000, 3000), 2, QueueMoves.Move.UP));
        assertEquals(Map.of("r0", 3500), QueueMoves.plan(keys(5000, 4000, 3000, 1000), 0, QueueMoves.Move.DOWN));
        assertEquals(Map.of("r2", 5100), QueueMoves.plan(keys(5000, 4000, 3000), 2, QueueMoves.Move.TOP));
        assertEquals(Map.of("r0", 2900), QueueMoves.plan(keys(5000, 4000, 3000), 0, QueueMoves.Move.BOTTOM));
        assertEquals(Map.of(), QueueMoves.plan(keys(5000, 4000), 0, QueueMoves.Move.UP));
        assertEquals(Map.of(), QueueMoves.plan(keys(5000), 0, QueueMoves.Move.BOTTOM));
    }

    /** The queue order after writing {@code plan}. */
    private static List<String> orderAfter(List<QueueMoves.Key> q, Map<String, Integer> plan) {
        List<QueueMoves.Key> after = new ArrayList<>();
        q.forEach(k -> after.add(k.withPriority(plan.getOrDefault(k.uid(), k.priority()))));
        after.sort(QueueMoves.Key.ORDER);
        return after.stream().map(QueueMoves.Key::uid).toList();
    }

    @Test
    void aClashFallsBackToRenumberingBecauseLsdcsStepOvershoots() {
        // average of 5001 and 5000 is 5000, a clash; LSDC's +20 would put r2 above both
        List<QueueMoves.Key> q = keys(5001, 5000, 4000);
        Map<String, Integer> up = QueueMoves.plan(q, 2, QueueMoves.Move.UP);
        assertEquals(List.of("r0", "r2", "r1"), orderAfter(q, up));
        assertEquals(Map.of("r2", 4901, "r1", 4801), up, "renumbered from the top in steps of 100");

        // the average of two equal priorities below clashes; LSDC's -20 would drop r0 under both
        List<QueueMoves.Key> q2 = keys(5000, 3000, 3000);
        assertEquals(List.of("r1", "r0", "r2"), orderAfter(q2, QueueMoves.plan(q2, 0, QueueMoves.Move.DOWN)));
    }

    @Test
    void renumberingKeepsManyRequestsStrictlyOrderedInsideTheQueuedRange() {
        int n = 3000;
        int[] p = new int[n];
        java.util.Arrays.fill(p, 5000);
        List<QueueMoves.Key> q = keys(p);
        Map<String, Integer> plan = QueueMoves.plan(q, n - 1, QueueMoves.Move.UP);
        List<Integer> after = new ArrayList<>();
        for (QueueMoves.Key k : q) {
            after.add(plan.getOrDefault(k.uid(), k.priority()));
        }
        // r(n-1) swapped with r(n-2)
        int last = after.get(n - 1);
        int moved = after.get(n - 2);
        assertTrue(last > moved, "the moved request is now above its neighbour");
        after.set(n - 1, moved);
        after.set(n - 2, last);
        for (int i = 0; i < n; i++) {
            assertTrue(after.get(i) > 0 && after.get(i) < Priority.RUNNING);
            if (i > 0) {
                assertTrue(after.get(i) < after.get(i - 1));
            }
        }
    }
}
