package org.lsdcfx.gui.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.lsdcfx.amostra.DewarSnapshot;
import org.lsdcfx.amostra.Request;

/**
 * What the GUI knows of the dewar right now: its samples (with their places) and their active requests, kept up
 * to date by applying {@link DewarChange}s, never by re-reading. Panels look requests and samples up here, and
 * the tree listens to the same changes to update its items.
 *
 * <p>Threading: FX thread only.
 */
public final class DewarContents {
    private final Map<Integer, DewarSnapshot.PuckNode> pucks = new HashMap<>(); // by slot; pins not kept current
    private final Map<String, SampleSlot> samples = new HashMap<>();
    private final Map<Long, String> sampleAt = new HashMap<>();          // slot*100+pin -> sample uid
    private final Map<String, Request> requests = new HashMap<>();
    private final Map<String, List<String>> requestsOfSample = new HashMap<>();
    private final List<Consumer<List<DewarChange>>> listeners = new CopyOnWriteArrayList<>();

    /** Called after the contents took the changes in. */
    public void addListener(Consumer<List<DewarChange>> listener) {
        listeners.add(listener);
    }

    /** Applies the changes, then tells the listeners. */
    public void apply(List<DewarChange> changes) {
        for (DewarChange c : changes) {
            if (c instanceof DewarChange.SlotChanged s) {
                for (long key = s.slot() * 100L; key < s.slot() * 100L + 100; key++) {
                    String uid = sampleAt.remove(key);
                    if (uid != null) {
                        removeSample(uid);
                    }
                }
                if (s.puck() != null) {
                    pucks.put(s.slot(), s.puck());
                    s.puck().pins().forEach(p -> addSample(s.puck(), p));
                } else {
                    pucks.remove(s.slot());
                }
            } else if (c instanceof DewarChange.PinChanged p) {
                String uid = sampleAt.remove(p.slot() * 100L + p.position());
                if (uid != null) {
                    removeSample(uid);
                }
                DewarSnapshot.PuckNode puck = pucks.get(p.slot());
                if (p.pin() != null && puck != null) {
                    addSample(puck, p.pin());
                }
            } else if (c instanceof DewarChange.SampleChanged s) {
                samples.computeIfPresent(s.sample().uid(), (k, v) -> v.withSample(s.sample()));
            } else if (c instanceof DewarChange.RequestAdded a) {
                addRequest(a.request());
            } else if (c instanceof DewarChange.RequestChanged ch) {
                requests.put(ch.request().uid(), ch.request());
            } else if (c instanceof DewarChange.RequestRemoved r) {
                requests.remove(r.requestUid());
                List<String> of = requestsOfSample.get(r.sampleUid());
                if (of != null) {
                    of.remove(r.requestUid());
                }
            }
        }
        listeners.forEach(l -> l.accept(changes));
    }

    private void addSample(DewarSnapshot.PuckNode puck, DewarSnapshot.PinNode pin) {
        put(new SampleSlot(pin.sample(), puck.slot(), puck.slotLabel(), puck.puck().uid(), puck.puck().name(),
                pin.position()), pin);
    }

    private void put(SampleSlot s, DewarSnapshot.PinNode pin) {
        samples.put(s.uid(), s);
        sampleAt.put(s.slot() * 100L + s.pin(), s.uid());
        pin.requests().forEach(this::addRequest);
    }

    private void addRequest(Request r) {
        requests.put(r.uid(), r);
        requestsOfSample.computeIfAbsent(r.sample(), k -> new ArrayList<>()).add(r.uid());
    }

    private void removeSample(String uid) {
        samples.remove(uid);
        List<String> reqs = requestsOfSample.remove(uid);
        if (reqs != null) {
            reqs.forEach(requests::remove);
        }
    }

    public Optional<SampleSlot> sample(String uid) {
        return Optional.ofNullable(samples.get(uid));
    }

    public Optional<Request> request(String uid) {
        return Optional.ofNullable(requests.get(uid));
    }

    public Collection<SampleSlot> samples() {
        return samples.values();
    }

    public Collection<Request> requests() {
        return requests.values();
    }

    /** Waiting requests (queued, not running) in the order the server will run them. */
    public List<Request> waiting() {
        Comparator<Request> order = Comparator.comparingInt((Request r) -> -r.priority())
                .thenComparingInt(r -> sample(r.sample()).map(SampleSlot::dewarOrder).orElse(Integer.MAX_VALUE))
                .thenComparingDouble(Request::time).thenComparing(Request::uid);
        return requests.values().stream().filter(Request::isQueued).sorted(order).toList();
    }

    /** True when some request waits in the queue. */
    public boolean hasWaiting() {
        return requests.values().stream().anyMatch(Request::isQueued);
    }
}
