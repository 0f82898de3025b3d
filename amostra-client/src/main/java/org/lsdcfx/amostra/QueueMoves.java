package org.lsdcfx.amostra;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * LSDC's priority arithmetic for re-ordering the queue (move up = average of the two above, +20 on a clash;
 * down = average of the two below, −20; top = max + 100; bottom = min − 100, staying above 0), checked against
 * the order the user asked for: when the arithmetic would not produce it (equal priorities ordered by dewar
 * position, no room at the ends), the waiting requests are renumbered. Pure functions.
 */
final class QueueMoves {
    enum Move { UP, DOWN, TOP, BOTTOM }

    /** What decides the order of one waiting request. */
    record Key(String uid, int priority, int dewarOrder, double time) {
        static final Comparator<Key> ORDER = Comparator.comparingInt((Key k) -> -k.priority())
                .thenComparingInt(Key::dewarOrder).thenComparingDouble(Key::time).thenComparing(Key::uid);

        Key withPriority(int p) {
            return new Key(uid, p, dewarOrder, time);
        }
    }

    static final int CLASH_STEP = 20;
    static final int END_STEP = 100;

    private QueueMoves() {
    }

    /**
     * The priorities to write so that the request at {@code index} of {@code queue} (the waiting requests in
     * queue order) makes {@code move}; only changed priorities are returned, nothing when it cannot move.
     */
    static Map<String, Integer> plan(List<Key> queue, int index, Move move) {
        int n = queue.size();
        int target = switch (move) {
            case UP -> Math.max(0, index - 1);
            case DOWN -> Math.min(n - 1, index + 1);
            case TOP -> 0;
            case BOTTOM -> n - 1;
        };
        if (target == index) {
            return Map.of();
        }
        List<Key> desired = new ArrayList<>(queue);
        Key moving = desired.remove(index);
        desired.add(target, moving);

        int candidate = lsdcPriority(queue, index, move);
        if (candidate > Priority.UNQUEUED && candidate < Priority.RUNNING) {
            List<Key> simulated = new ArrayList<>(queue);
            simulated.set(index, moving.withPriority(candidate));
            simulated.sort(Key.ORDER);
            if (uids(simulated).equals(uids(desired))) {
                return Map.of(moving.uid(), candidate);
            }
        }
        return renumber(desired);
    }

    private static int lsdcPriority(List<Key> q, int i, Move move) {
        int n = q.size();
        int max = q.get(0).priority();
        int min = q.get(n - 1).priority();
        return switch (move) {
            case TOP -> max + END_STEP;
            case BOTTOM -> min - END_STEP;
            case UP -> {
                if (i < 2) {
                    yield max + END_STEP;
                }
                int a = q.get(i - 1).priority();
                int b = q.get(i - 2).priority();
                int avg = (a + b) / 2;
                yield avg == a || avg == b ? a + CLASH_STEP : avg;
            }
            case DOWN -> {
                if (i > n - 3) {
                    yield min - END_STEP;
                }
                int a = q.get(i + 1).priority();
                int b = q.get(i + 2).priority();
                int avg = (a + b) / 2;
                yield avg == a || avg == b ? a - CLASH_STEP : avg;
            }
        };
    }

    /**
     * Strictly decreasing priorities in the desired order, spaced by up to 100 and kept inside 1..99998, starting
     * near the current highest so the queue stays recognisable.
     */
    static Map<String, Integer> renumber(List<Key> desired) {
        int n = desired.size();
        int step = Math.min(END_STEP, (Priority.RUNNING - 1) / (n + 1));
        if (step < 1) {
            throw new IllegalStateException("Too many queued requests (" + n + ") to order by priority");
        }
        int highest = desired.stream().mapToInt(Key::priority).max().orElse(Priority.DEFAULT_QUEUED);
        int start = Math.min(Priority.RUNNING - 1, Math.max(highest, (n - 1) * step + 1));
        Map<String, Integer> out = new LinkedHashMap<>();
        for (int k = 0; k < n; k++) {
            int p = start - k * step;
            if (desired.get(k).priority() != p) {
                out.put(desired.get(k).uid(), p);
            }
        }
        return out;
    }

    private static List<String> uids(List<Key> keys) {
        return keys.stream().map(Key::uid).toList();
    }
}
