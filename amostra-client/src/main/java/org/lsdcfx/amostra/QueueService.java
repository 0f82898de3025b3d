package org.lsdcfx.amostra;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.lsdcfx.store.ConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A dewar's collection queue: the active requests with priority above 0 on samples in the dewar, in
 * {@link QueueEntry#ORDER}. Reading the queue takes four queries whatever its length (dewar, pucks, requests,
 * samples). Thread-safe; every change goes through {@link RequestStore}, so concurrent moves conflict instead of
 * overwriting each other.
 */
public final class QueueService {
    private static final Logger log = LoggerFactory.getLogger(QueueService.class);
    private static final String COMMISSIONING = "commissioning";

    private final ContainerStore containers;
    private final SampleStore samples;
    private final RequestStore requests;

    QueueService(ContainerStore containers, SampleStore samples, RequestStore requests) {
        this.containers = containers;
        this.samples = samples;
        this.requests = requests;
    }

    /** The queue including a running request (first, at 99999). */
    public List<QueueEntry> queue(String dewarName) {
        DewarLayout layout = DewarLayout.read(containers, dewarName);
        List<Request> queued = requests.queuedForSamples(layout.sampleUids());
        Map<String, Sample> sampleByUid = new HashMap<>();
        samples.getAll(queued.stream().map(Request::sample).distinct().toList())
                .forEach(s -> sampleByUid.put(s.uid(), s));
        List<QueueEntry> out = new ArrayList<>(queued.size());
        for (Request r : queued) {
            Sample s = sampleByUid.get(r.sample());
            if (s != null) {
                out.add(new QueueEntry(r, s, layout.locations().get(r.sample())));
            }
        }
        out.sort(QueueEntry.ORDER);
        return out;
    }

    /** The queue without the running request: what is still to run, in order. */
    public List<QueueEntry> waiting(String dewarName) {
        return queue(dewarName).stream().filter(e -> !e.request().isRunning()).toList();
    }

    /** True when nothing is left to run (LSDC's {@code queueDone}); a running request does not count. */
    public boolean queueDone(String dewarName) {
        return waiting(dewarName).isEmpty();
    }

    /**
     * The next request to run, without changing anything (LSDC's {@code popNextRequest}), or why the queue may
     * not run: LSDC's guard refuses a queue holding requests of more than one proposal, or a request whose
     * {@code basePath} is not this server's visit directory unless that path has a {@code commissioning}
     * component.
     *
     * @param visitDirectory the daq server's visit directory
     */
    public PopResult popNextRequest(String dewarName, String visitDirectory) {
        Objects.requireNonNull(visitDirectory, "visitDirectory");
        List<QueueEntry> queue = queue(dewarName);
        List<QueueEntry> waiting = queue.stream().filter(e -> !e.request().isRunning()).toList();
        if (waiting.isEmpty()) {
            return PopResult.empty(queue.isEmpty() ? "Nothing is queued in dewar " + dewarName
                    : "Only the running request is left in dewar " + dewarName);
        }
        PopResult blocked = checkProposals(queue);
        if (blocked == null) {
            blocked = checkVisitDirectory(queue, visitDirectory);
        }
        if (blocked != null) {
            log.warn("Queue of dewar {} blocked: {}", dewarName, blocked.reason());
            return blocked;
        }
        return PopResult.runnable(waiting.get(0));
    }

    private static PopResult checkProposals(List<QueueEntry> queue) {
        Map<Integer, List<QueueEntry>> byProposal = new LinkedHashMap<>();
        queue.forEach(e -> byProposal.computeIfAbsent(e.request().proposalID(), k -> new ArrayList<>()).add(e));
        if (byProposal.size() < 2) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        List<String> offending = new ArrayList<>();
        boolean first = true;
        for (Map.Entry<Integer, List<QueueEntry>> g : byProposal.entrySet()) {
            QueueEntry example = g.getValue().get(0);
            parts.add("proposal " + (g.getKey() == null ? "(none)" : g.getKey()) + ": " + g.getValue().size()
                    + " request(s), e.g. request " + example.requestUid() + " on sample " + example.sample().name());
            if (!first) {
                g.getValue().forEach(e -> offending.add(e.requestUid()));
            }
            first = false;
        }
        return PopResult.blocked(PopResult.Outcome.BLOCKED_PROPOSALS, "The queue holds requests of more than one"
                + " proposal (" + String.join("; ", parts) + "); remove or unqueue the requests of all but one"
                + " proposal", offending);
    }

    private static PopResult checkVisitDirectory(List<QueueEntry> queue, String visitDirectory) {
        Path visit = Path.of(visitDirectory).normalize();
        List<String> offending = new ArrayList<>();
        QueueEntry firstBad = null;
        for (QueueEntry e : queue) {
            String base = e.request().requestObj().optString(RequestKeys.BASE_PATH).orElse("");
            if (!allowedBasePath(base, visit)) {
                offending.add(e.requestUid());
                firstBad = firstBad == null ? e : firstBad;
            }
        }
        if (firstBad == null) {
            return null;
        }
        String base = firstBad.request().requestObj().optString(RequestKeys.BASE_PATH).orElse("(no basePath)");
        return PopResult.blocked(PopResult.Outcome.BLOCKED_VISIT_DIRECTORY, "Request " + firstBad.requestUid()
                + " on sample " + firstBad.sample().name() + " writes to " + base + ", which is not this visit's"
                + " directory " + visit + (offending.size() > 1 ? " (" + (offending.size() - 1) + " more request(s)"
                + " likewise)" : "") + "; fix or remove it", offending);
    }

    static boolean allowedBasePath(String basePath, Path visit) {
        if (basePath == null || basePath.isBlank()) {
            return false;
        }
        Path base;
        try {
            base = Path.of(basePath).normalize();
        } catch (InvalidPathException e) {
            return false;
        }
        if (base.equals(visit)) {
            return true;
        }
        for (Path part : base) {
            if (part.toString().equals(COMMISSIONING)) {
                return true;
            }
        }
        return false;
    }

    /** Moves a waiting request one place up; returns the new queue. */
    public List<QueueEntry> moveUp(String dewarName, String requestUid, String who) {
        return move(dewarName, requestUid, QueueMoves.Move.UP, who);
    }

    public List<QueueEntry> moveDown(String dewarName, String requestUid, String who) {
        return move(dewarName, requestUid, QueueMoves.Move.DOWN, who);
    }

    public List<QueueEntry> moveToTop(String dewarName, String requestUid, String who) {
        return move(dewarName, requestUid, QueueMoves.Move.TOP, who);
    }

    public List<QueueEntry> moveToBottom(String dewarName, String requestUid, String who) {
        return move(dewarName, requestUid, QueueMoves.Move.BOTTOM, who);
    }

    /**
     * @throws IllegalArgumentException when the request is not waiting in this dewar's queue
     * @throws ConflictException        when another client changed one of the requests meanwhile
     */
    private List<QueueEntry> move(String dewarName, String requestUid, QueueMoves.Move move, String who) {
        List<QueueEntry> waiting = waiting(dewarName);
        int index = -1;
        List<QueueMoves.Key> keys = new ArrayList<>(waiting.size());
        Map<String, Long> versions = new HashMap<>();
        for (int i = 0; i < waiting.size(); i++) {
            Request r = waiting.get(i).request();
            keys.add(new QueueMoves.Key(r.uid(), r.priority(), waiting.get(i).location().dewarOrder(), r.time()));
            versions.put(r.uid(), r.version());
            if (r.uid().equals(requestUid)) {
                index = i;
            }
        }
        if (index < 0) {
            throw new IllegalArgumentException("Request " + requestUid + " is not waiting in the queue of dewar "
                    + dewarName);
        }
        Map<String, Integer> plan = QueueMoves.plan(keys, index, move);
        requests.setPriorities(plan, versions, who);
        log.info("{} moved request {} {} in dewar {} ({} priority change(s))", who, requestUid,
                move.name().toLowerCase(Locale.ROOT), dewarName, plan.size());
        return queue(dewarName);
    }

    /** Soft-deletes every waiting request of the dewar's queue (LSDC's "Empty Queue"); returns how many. */
    public int emptyQueue(String dewarName, String who) {
        List<QueueEntry> waiting = waiting(dewarName);
        waiting.forEach(e -> requests.delete(e.requestUid(), who));
        log.info("{} emptied the queue of dewar {} ({} request(s))", who, dewarName, waiting.size());
        return waiting.size();
    }
}
