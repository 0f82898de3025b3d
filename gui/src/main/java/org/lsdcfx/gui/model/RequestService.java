package org.lsdcfx.gui.model;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.lsdcfx.amostra.Amostra;
import org.lsdcfx.amostra.NewRequest;
import org.lsdcfx.amostra.Priority;
import org.lsdcfx.amostra.Request;
import org.lsdcfx.amostra.RequestKeys;
import org.lsdcfx.amostra.RequestObj;
import org.lsdcfx.amostra.RequestObjBuilder;
import org.lsdcfx.store.ConflictException;
import org.lsdcfx.store.Revision;

/**
 * The GUI's writes to the Amostra store (LSDC's GUI writes requests and priorities directly, and so does this
 * one): add, edit, clone, queue, dequeue, delete, reorder, empty the queue. Each call runs as a named job on the
 * {@link JobRunner}, reports its outcome in the {@link MessageLog}, and triggers a dewar refresh. Edits carry the
 * version they are based on, so a concurrent change is reported as a conflict instead of being overwritten.
 *
 * <p>Thread-safe; never blocks the caller.
 */
public final class RequestService {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    /** Most counter steps taken to catch up with run numbers used by other tools. */
    private static final int MAX_RUN_SKIPS = 1000;

    /** Reordering moves (LSDC's {@code <<}, {@code <}, {@code >}, {@code >>}). */
    public enum Move { TOP, UP, DOWN, BOTTOM }

    private final Amostra amostra;
    private final SessionInfo session;
    private final JobRunner jobs;
    private final DewarModel dewar;
    private final MessageLog log;

    public RequestService(Amostra amostra, SessionInfo session, JobRunner jobs, DewarModel dewar, MessageLog log) {
        this.amostra = amostra;
        this.session = session;
        this.jobs = jobs;
        this.dewar = dewar;
        this.log = log;
    }

    /** Creates one request per sample from the draft, queued (priority 5000) or not (0). */
    public CompletableFuture<List<Request>> add(List<SampleSlot> samples, RequestDraft draft, boolean queued) {
        return written(jobs.submit("add " + samples.size() + " request(s)", () -> {
            List<NewRequest> batch = new ArrayList<>();
            for (SampleSlot s : samples) {
                long run = freshRunNumber(s.uid());
                batch.add(new NewRequest(s.uid(), session.user(), s.sample().proposalID(),
                        queued ? Priority.DEFAULT_QUEUED : Priority.UNQUEUED, newObject(s, draft, run)));
            }
            List<Request> created = amostra.requests().createAll(batch, session.user());
            log.gui("Added " + created.size() + " " + draft.protocol() + " request(s)" + (queued ? " to the queue" : "")
                    + " for " + names(samples), false);
            return created;
        }), "Adding requests");
    }

    /**
     * The sample's next run number (its {@code request_count}, LSDC's counter), also above every run number its
     * active requests already use: requests written by tools that do not keep the counter must not share a
     * directory with a new one.
     */
    private long freshRunNumber(String sampleUid) {
        long used = amostra.requests().forSample(sampleUid).stream()
                .mapToLong(r -> r.requestObj().getInt(RequestKeys.RUN_NUM, 0)).max().orElse(0);
        long run = amostra.samples().nextRunNumber(sampleUid);
        for (int i = 0; run <= used && i < MAX_RUN_SKIPS; i++) {
            run = amostra.samples().nextRunNumber(sampleUid);
        }
        return Math.max(run, used + 1);
    }

    /** The request_obj of a new request on {@code s} with run number {@code run}. */
    RequestObj newObject(SampleSlot s, RequestDraft draft, long run) {
        RequestObjBuilder b = RequestObj.builder();
        draft.values().forEach(b::set);
        String prefix = draft.filePrefix().isBlank() ? s.name() : draft.filePrefix();
        return b.files(session.visitDirectory(), session.visitName(), prefix, run, s.puckName(), s.pin())
                .sample(s.uid()).set(RequestKeys.BEAMLINE, session.beamlineId())
                .set(RequestKeys.DETECTOR, session.detectorName())
                .set(RequestKeys.FILE_NUMBER_START, draft.fileNumberStart()).build();
    }

    /** Applies edits; a request changed by someone else since its expected version is reported, not written. */
    public CompletableFuture<StoreOutcome> apply(List<RequestEdit> edits) {
        return outcome(jobs.submit("apply changes to " + edits.size() + " request(s)", () -> {
            List<String> done = new ArrayList<>();
            List<String> conflicts = new ArrayList<>();
            List<String> problems = new ArrayList<>();
            for (RequestEdit e : edits) {
                Request seen = e.seen();
                try {
                    amostra.requests().update(seen.uid(), e.expectedVersion(), seen.requestObj().withAll(e.changes()),
                            session.user());
                    done.add(seen.uid());
                } catch (ConflictException c) {
                    conflicts.add(describeConflict(seen, c));
                } catch (RuntimeException ex) {
                    problems.add(label(seen) + ": " + ex.getMessage());
                }
            }
            return new StoreOutcome(done, conflicts, problems);
        }), "Apply Changes", "changed");
    }

    private String describeConflict(Request seen, ConflictException c) {
        String by = "";
        try {
            List<Revision> history = amostra.requests().history(seen.uid());
            if (!history.isEmpty()) {
                Revision last = history.get(history.size() - 1);
                by = " by " + last.who() + " at " + TIME.format(Instant.ofEpochMilli(Math.round(last.time() * 1000)));
            }
        } catch (RuntimeException e) {
            // the conflict itself is what matters
        }
        return label(seen) + " was changed" + by + " after you loaded it (version " + c.expectedVersion() + " → "
                + c.actualVersion() + "); your changes to it were NOT written. Load it again (Use Request Parameters)"
                + " and re-apply.";
    }

    /** Copies each request onto its sample with a new run number, queued if the original was. */
    public CompletableFuture<List<Request>> cloneRequests(List<Request> originals, Map<String, SampleSlot> samples) {
        return written(jobs.submit("clone " + originals.size() + " request(s)", () -> {
            List<NewRequest> batch = new ArrayList<>();
            for (Request r : originals) {
                SampleSlot s = samples.get(r.sample());
                long run = freshRunNumber(r.sample());
                RequestObj o = r.requestObj();
                String prefix = o.optString(RequestKeys.FILE_PREFIX).orElse(s.name());
                RequestObj copy = RequestObj.of(o.asMap()).withAll(Map.of(RequestKeys.RUN_NUM, run,
                        RequestKeys.DIRECTORY, RequestObjBuilder.directory(o.optString(RequestKeys.BASE_PATH)
                                .orElse(session.visitDirectory()), o.optString(RequestKeys.VISIT_NAME)
                                .orElse(session.visitName()), prefix, run, s.puckName(), s.pin())))
                        .with(RequestKeys.PARENT_REQ_ID, -1);
                batch.add(new NewRequest(r.sample(), session.user(), r.proposalID(),
                        r.priority() > 0 ? Priority.DEFAULT_QUEUED : Priority.UNQUEUED, copy));
            }
            List<Request> created = amostra.requests().createAll(batch, session.user());
            log.gui("Cloned " + created.size() + " request(s)", false);
            return created;
        }), "Cloning requests");
    }

    /** Queues the requests at the default priority (requests already queued keep their place). */
    public CompletableFuture<StoreOutcome> queue(List<Request> requests) {
        return priorities(requests, Priority.DEFAULT_QUEUED, "queue", "queued");
    }

    /** Takes the requests out of the queue (priority 0). */
    public CompletableFuture<StoreOutcome> dequeue(List<Request> requests) {
        return priorities(requests, Priority.UNQUEUED, "dequeue", "dequeued");
    }

    private CompletableFuture<StoreOutcome> priorities(List<Request> requests, int priority, String verb, String done) {
        return outcome(jobs.submit(verb + " " + requests.size() + " request(s)", () -> {
            List<String> ok = new ArrayList<>();
            List<String> problems = new ArrayList<>();
            for (Request r : requests) {
                if (priority > 0 ? r.isQueued() || r.isRunning() : r.priority() == Priority.UNQUEUED) {
                    continue; // already where the user wants it
                }
                try {
                    amostra.requests().setPriority(r.uid(), priority, session.user());
                    ok.add(r.uid());
                } catch (RuntimeException e) {
                    problems.add(label(r) + ": " + e.getMessage());
                }
            }
            return new StoreOutcome(ok, List.of(), problems);
        }), Character.toUpperCase(verb.charAt(0)) + verb.substring(1), done);
    }

    /** Soft-deletes the requests (state "inactive", as LSDC; a running request is refused). */
    public CompletableFuture<StoreOutcome> delete(List<Request> requests) {
        return outcome(jobs.submit("delete " + requests.size() + " request(s)", () -> {
            List<String> ok = new ArrayList<>();
            List<String> problems = new ArrayList<>();
            for (Request r : requests) {
                try {
                    amostra.requests().delete(r.uid(), session.user());
                    ok.add(r.uid());
                } catch (RuntimeException e) {
                    problems.add(label(r) + ": " + e.getMessage());
                }
            }
            return new StoreOutcome(ok, List.of(), problems);
        }), "Delete", "deleted");
    }

    /** Moves a waiting request in the queue. */
    public CompletableFuture<StoreOutcome> move(Request r, Move move) {
        return outcome(jobs.submit("move request " + r.uid() + " " + move, () -> {
            String dewarName = dewar.dewarName();
            try {
                switch (move) {
                    case TOP -> amostra.queue().moveToTop(dewarName, r.uid(), session.user());
                    case UP -> amostra.queue().moveUp(dewarName, r.uid(), session.user());
                    case DOWN -> amostra.queue().moveDown(dewarName, r.uid(), session.user());
                    case BOTTOM -> amostra.queue().moveToBottom(dewarName, r.uid(), session.user());
                }
                return new StoreOutcome(List.of(r.uid()), List.of(), List.of());
            } catch (ConflictException c) {
                return new StoreOutcome(List.of(), List.of(label(r) + ": the queue changed meanwhile; try again"), List.of());
            } catch (IllegalArgumentException e) {
                return new StoreOutcome(List.of(), List.of(), List.of(label(r) + ": " + e.getMessage()));
            }
        }), "Move", null);
    }

    /** Soft-deletes every waiting request of the dewar's queue (LSDC's "Empty Queue"). */
    public CompletableFuture<Integer> emptyQueue() {
        return written(jobs.submit("empty the queue", () -> {
            int n = amostra.queue().emptyQueue(dewar.dewarName(), session.user());
            log.gui("Emptied the queue: " + n + " request(s) deleted", false);
            return n;
        }), "Empty Queue");
    }

    private <T> CompletableFuture<T> written(CompletableFuture<T> job, String what) {
        return job.whenComplete((v, e) -> {
            if (e != null) {
                log.guiPopup(what + " failed: " + reason(e));
            }
            dewar.refresh();
        });
    }

    private CompletableFuture<StoreOutcome> outcome(CompletableFuture<StoreOutcome> job, String what, String pastTense) {
        return written(job, what).whenComplete((o, e) -> {
            if (o == null) {
                return;
            }
            if (pastTense != null && !o.done().isEmpty()) {
                log.gui(what + ": " + o.done().size() + " request(s) " + pastTense, false);
            }
            o.conflicts().forEach(c -> log.guiPopup("Conflict: " + c));
            o.problems().forEach(p -> log.guiPopup(what + " refused: " + p));
        });
    }

    private static String reason(Throwable e) {
        Throwable c = e.getCause() != null && e instanceof java.util.concurrent.CompletionException ? e.getCause() : e;
        return c.getMessage() == null ? c.toString() : c.getMessage();
    }

    private static String label(Request r) {
        String prefix = r.requestObj().optString(RequestKeys.FILE_PREFIX).orElse("?");
        return "request " + prefix + "_" + r.requestType() + " (" + r.uid() + ")";
    }

    private static String names(List<SampleSlot> samples) {
        List<String> n = samples.stream().map(SampleSlot::name).limit(5).toList();
        return String.join(", ", n) + (samples.size() > 5 ? " and " + (samples.size() - 5) + " more" : "");
    }
}
