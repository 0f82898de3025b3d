package org.lsdcfx.gui.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.lsdcfx.amostra.DewarSnapshot;
import org.lsdcfx.amostra.Request;
import org.lsdcfx.amostra.SlotLabels;

/**
 * The changes that turn one dewar read into the next (pure; the tree's incremental update). Pucks and samples
 * are matched by uid and position, requests by uid; anything whose stored document is equal is left alone.
 * Thread-safe (stateless).
 */
public final class DewarDiff {
    private DewarDiff() {
    }

    /**
     * @param before the previous read, or null for the first one (everything is new)
     * @param after  the new read
     */
    public static List<DewarChange> between(DewarSnapshot before, DewarSnapshot after) {
        Map<Integer, DewarSnapshot.PuckNode> old = bySlot(before);
        Map<Integer, DewarSnapshot.PuckNode> now = bySlot(after);
        TreeSet<Integer> slots = new TreeSet<>(old.keySet());
        slots.addAll(now.keySet());
        List<DewarChange> out = new ArrayList<>();
        for (int slot : slots) {
            DewarSnapshot.PuckNode b = old.get(slot);
            DewarSnapshot.PuckNode a = now.get(slot);
            if (b == null || a == null || !b.puck().uid().equals(a.puck().uid())
                    || !Objects.equals(b.puck().name(), a.puck().name())) {
                out.add(new DewarChange.SlotChanged(slot, SlotLabels.label(slot), a));
            } else {
                diffPins(slot, b, a, out);
            }
        }
        return out;
    }

    private static void diffPins(int slot, DewarSnapshot.PuckNode b, DewarSnapshot.PuckNode a, List<DewarChange> out) {
        Map<Integer, DewarSnapshot.PinNode> old = byPosition(b);
        Map<Integer, DewarSnapshot.PinNode> now = byPosition(a);
        TreeSet<Integer> positions = new TreeSet<>(old.keySet());
        positions.addAll(now.keySet());
        for (int pos : positions) {
            DewarSnapshot.PinNode pb = old.get(pos);
            DewarSnapshot.PinNode pa = now.get(pos);
            if (pb == null || pa == null || !pb.sample().uid().equals(pa.sample().uid())) {
                out.add(new DewarChange.PinChanged(slot, pos, pa));
                continue;
            }
            if (!pb.sample().equals(pa.sample())) {
                out.add(new DewarChange.SampleChanged(pa.sample()));
            }
            diffRequests(pb, pa, out);
        }
    }

    private static void diffRequests(DewarSnapshot.PinNode b, DewarSnapshot.PinNode a, List<DewarChange> out) {
        Map<String, Request> old = new HashMap<>();
        b.requests().forEach(r -> old.put(r.uid(), r));
        for (Request r : a.requests()) {
            Request was = old.remove(r.uid());
            if (was == null) {
                out.add(new DewarChange.RequestAdded(r));
            } else if (!was.equals(r)) {
                out.add(new DewarChange.RequestChanged(r));
            }
        }
        old.values().forEach(r -> out.add(new DewarChange.RequestRemoved(r.uid(), r.sample())));
    }

    private static Map<Integer, DewarSnapshot.PuckNode> bySlot(DewarSnapshot s) {
        Map<Integer, DewarSnapshot.PuckNode> m = new LinkedHashMap<>();
        if (s != null) {
            s.pucks().forEach(p -> m.put(p.slot(), p));
        }
        return m;
    }

    private static Map<Integer, DewarSnapshot.PinNode> byPosition(DewarSnapshot.PuckNode p) {
        Map<Integer, DewarSnapshot.PinNode> m = new LinkedHashMap<>();
        p.pins().forEach(n -> m.put(n.position(), n));
        return m;
    }
}
