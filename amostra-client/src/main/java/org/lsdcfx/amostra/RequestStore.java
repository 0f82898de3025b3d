package org.lsdcfx.amostra;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.ne;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.lsdcfx.store.ConflictException;
import org.lsdcfx.store.NotFoundException;
import org.lsdcfx.store.Revision;
import org.lsdcfx.store.RevisionLog;
import org.lsdcfx.store.StoreException;
import org.lsdcfx.store.Uids;
import org.lsdcfx.store.VersionedCollection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Requests in the Amostra {@code request} collection. Edits are versioned: a stale version gets a
 * {@link ConflictException} and writes nothing, so two clients editing one request cannot silently overwrite
 * each other. Status changes ({@code mark*}, {@link #setPriority}) are decided on the state just read and
 * written only if it is still current. Every change is recorded in the revision log. Thread-safe.
 */
public final class RequestStore {
    private static final Logger log = LoggerFactory.getLogger(RequestStore.class);
    /** What a revert leaves alone: identity, and what happened on the beamline (a revert cannot undo that). */
    private static final Set<String> NOT_REVERTED = Set.of("_id", Docs.UID, Docs.TIME, VersionedCollection.VERSION,
            Request.PRIORITY, Request.STATUS, Request.STATUS_REASON, Request.STATUS_TIME, Request.START_TIME,
            Request.END_TIME);
    private static final Set<RequestStatus> REQUEUEABLE = EnumSet.of(RequestStatus.QUEUED, RequestStatus.UNQUEUED,
            RequestStatus.FAILED, RequestStatus.SKIPPED, RequestStatus.INTERRUPTED);
    private static final Set<RequestStatus> NOT_STARTED_OR_RUNNING = EnumSet.of(RequestStatus.QUEUED,
            RequestStatus.UNQUEUED, RequestStatus.INTERRUPTED, RequestStatus.RUNNING);

    private final Versioned docs;
    private final MongoCollection<Document> samples;
    private final RevisionLog revisions;
    private final Clock clock;

    RequestStore(VersionedCollection docs, MongoCollection<Document> samples, RevisionLog revisions, Clock clock) {
        this.docs = new Versioned("request", docs);
        this.samples = samples;
        this.revisions = revisions;
        this.clock = clock;
    }

    void createIndexes() {
        docs.collection().createIndexes();
        docs.collection().raw().createIndex(Indexes.ascending(RequestKeys.SAMPLE));
        docs.collection().raw().createIndex(Indexes.ascending(Request.PRIORITY));
    }

    /**
     * Creates one request.
     *
     * @throws IllegalArgumentException for an unknown or deleted sample, a priority other than 0..99998, or a
     *                                  request_obj without protocol (nothing written)
     */
    public Request create(NewRequest request, String who) {
        return createAll(List.of(request), who).get(0);
    }

    /** Creates requests in one batch: all valid and written, or none (the message lists every problem). */
    public List<Request> createAll(List<NewRequest> batch, String who) {
        Set<String> activeSamples = new HashSet<>();
        List<String> sampleUids = batch.stream().map(NewRequest::sample).distinct().toList();
        samples.find(and(in(Docs.UID, sampleUids), ne(Docs.STATE, Docs.INACTIVE)))
                .forEach(d -> activeSamples.add(d.getString(Docs.UID)));
        List<String> problems = new ArrayList<>();
        for (NewRequest r : batch) {
            if (!activeSamples.contains(r.sample())) {
                problems.add("sample " + r.sample() + " does not exist or was deleted");
            }
            if (!Priority.isAssignable(r.priority())) {
                problems.add("priority " + r.priority() + " is not 0 (unqueued) or 1..99998 (queued)");
            }
            if (r.requestObj() == null || !r.requestObj().has(RequestKeys.PROTOCOL)) {
                problems.add("the request_obj for sample " + r.sample() + " has no protocol");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Cannot create requests: " + String.join("; ", problems));
        }
        double now = Uids.epochSeconds(clock);
        List<Document> created = new ArrayList<>();
        for (NewRequest r : batch) {
            RequestObj obj = r.requestObj().with(RequestKeys.SAMPLE, r.sample());
            RequestStatus status = RequestStatus.impliedBy(r.priority());
            created.add(new Document(Docs.UID, Uids.newUid()).append(Docs.TIME, now)
                    .append(RequestKeys.SAMPLE, r.sample()).append(Request.REQUEST_TYPE, obj.protocol())
                    .append(Docs.OWNER, r.owner()).append(Docs.PROPOSAL_ID, r.proposalID())
                    .append(Request.PRIORITY, r.priority()).append(Docs.STATE, Docs.ACTIVE)
                    .append(Request.STATUS, status.wire()).append(Request.STATUS_TIME, now)
                    .append(Request.REQUEST_OBJ, Docs.toBson(obj.asMap())));
        }
        docs.collection().insertAll(created, who);
        log.info("{} created {} request(s)", who, created.size());
        return created.stream().map(d -> Request.fromDocument(new Document(d).append(VersionedCollection.VERSION, 1L)))
                .toList();
    }

    /** @throws NotFoundException when there is no such request */
    public Request get(String uid) {
        return Request.fromDocument(docs.collection().get(uid));
    }

    /** The sample's active requests (LSDC's {@code getRequestsBySampleID}), highest priority first. */
    public List<Request> forSample(String sampleUid) {
        return find(and(eq(RequestKeys.SAMPLE, sampleUid), ne(Docs.STATE, Docs.INACTIVE)));
    }

    /** The active requests of many samples in one query. */
    public List<Request> forSamples(Collection<String> sampleUids) {
        return sampleUids.isEmpty() ? List.of()
                : find(and(in(RequestKeys.SAMPLE, sampleUids), ne(Docs.STATE, Docs.INACTIVE)));
    }

    /** Active requests with priority above 0 (queued or running) of many samples, in one query. */
    public List<Request> queuedForSamples(Collection<String> sampleUids) {
        return sampleUids.isEmpty() ? List.of()
                : find(and(in(RequestKeys.SAMPLE, sampleUids), ne(Docs.STATE, Docs.INACTIVE), gt(Request.PRIORITY, 0)));
    }

    /**
     * Active requests left at the running priority, for crash recovery: after a restart these did not finish
     * and should be marked {@link #markInterrupted interrupted}.
     */
    public List<Request> running() {
        return find(and(eq(Request.PRIORITY, Priority.RUNNING), ne(Docs.STATE, Docs.INACTIVE)));
    }

    private List<Request> find(Bson filter) {
        List<Request> out = new ArrayList<>();
        docs.collection().raw().find(filter).sort(Sorts.orderBy(Sorts.descending(Request.PRIORITY),
                Sorts.ascending(Docs.TIME))).forEach(d -> out.add(Request.fromDocument(d)));
        return out;
    }

    /**
     * Writes an edited request_obj if the stored request is still at {@code expectedVersion}. For an object
     * obtained from a stored request (and changed with {@code with}), only the changed keys are written, so
     * keys added by others are kept; a new object replaces the whole request_obj. A changed protocol also
     * changes {@code request_type}.
     *
     * @throws ConflictException when the request changed since {@code expectedVersion} (nothing written)
     */
    public Request update(String uid, long expectedVersion, RequestObj edited, String who) {
        List<Bson> changes = new ArrayList<>();
        if (edited.wasRead()) {
            edited.changedValues().forEach((k, v) -> changes.add(Updates.set(Request.REQUEST_OBJ + "." + k, Docs.toBson(v))));
            edited.removedKeys().forEach(k -> changes.add(Updates.unset(Request.REQUEST_OBJ + "." + k)));
        } else {
            changes.add(Updates.set(Request.REQUEST_OBJ, Docs.toBson(edited.asMap())));
        }
        if (edited.has(RequestKeys.PROTOCOL)) {
            changes.add(Updates.set(Request.REQUEST_TYPE, edited.protocol()));
        }
        Request r = Request.fromDocument(docs.update(uid, expectedVersion, Updates.combine(changes), who, "update"));
        log.info("{} updated request {} (sample {})", who, uid, r.sample());
        return r;
    }

    /**
     * Queues a request at {@code priority} (> 0) or unqueues it (0), whatever its version; also re-queues a
     * failed, skipped or interrupted request.
     *
     * @throws IllegalArgumentException for a priority outside 0..99998
     * @throws IllegalStateException    for a running, done or deleted request
     */
    public Request setPriority(String uid, int priority, String who) {
        return setPriority(uid, -1, priority, who);
    }

    /** As {@link #setPriority(String, int, String)}, but only if the request is at {@code expectedVersion}. */
    public Request setPriority(String uid, long expectedVersion, int priority, String who) {
        if (!Priority.isAssignable(priority)) {
            throw new IllegalArgumentException("Priority " + priority + " is not 0 (unqueued) or 1..99998 (queued);"
                    + " running and finished requests are marked by the daq server");
        }
        RequestStatus to = priority > 0 ? RequestStatus.QUEUED : RequestStatus.UNQUEUED;
        Document d = docs.apply(uid, current -> {
            Request r = Request.fromDocument(current);
            if (expectedVersion >= 0 && r.version() != expectedVersion) {
                throw new ConflictException("request", uid, expectedVersion, r.version());
            }
            requireTransition(r, to, REQUEUEABLE);
            return statusUpdate(to, priority, null);
        }, who, "priority");
        return Request.fromDocument(d);
    }

    /**
     * Sets the priorities of many waiting requests at once (a queue reordering), each only if it is still at the
     * version given. Everything is checked before anything is written; then one batch write.
     *
     * @throws ConflictException        when a request changed since it was read (checked first: nothing written;
     *                                  or, if it changed during the batch, the others were written: try again)
     * @throws IllegalStateException    when a request is running, finished or deleted (nothing written)
     */
    void setPriorities(Map<String, Integer> priorities, Map<String, Long> versions, String who) {
        List<VersionedCollection.FieldUpdate> updates = new ArrayList<>(priorities.size());
        double now = Uids.epochSeconds(clock);
        for (Document current : docs.collection().raw().find(in(Docs.UID, priorities.keySet()))) {
            Request r = Request.fromDocument(current);
            int priority = priorities.get(r.uid());
            if (!Priority.isAssignable(priority)) {
                throw new IllegalArgumentException("Priority " + priority + " is not 0 (unqueued) or 1..99998");
            }
            if (r.version() != versions.get(r.uid())) {
                throw new ConflictException("request", r.uid(), versions.get(r.uid()), r.version());
            }
            RequestStatus to = priority > 0 ? RequestStatus.QUEUED : RequestStatus.UNQUEUED;
            requireTransition(r, to, REQUEUEABLE);
            Map<String, Object> set = new HashMap<>();
            set.put(Request.PRIORITY, priority);
            set.put(Request.STATUS, to.wire());
            set.put(Request.STATUS_REASON, null);
            set.put(Request.STATUS_TIME, now);
            updates.add(new VersionedCollection.FieldUpdate(current, set));
        }
        if (updates.size() != priorities.size()) {
            throw new NotFoundException("request", priorities.keySet().stream()
                    .filter(uid -> updates.stream().noneMatch(u -> uid.equals(u.before().getString(Docs.UID))))
                    .findFirst().orElse("?"));
        }
        List<String> conflicted = docs.collection().setAll(updates, who, "priority");
        if (!conflicted.isEmpty()) {
            String uid = conflicted.get(0);
            throw new ConflictException("request", uid, versions.get(uid), versions.get(uid) + 1);
        }
    }

    /** The daq server starts collecting it: priority 99999, status running, {@code start_time} set. */
    public Request markRunning(String uid, String who) {
        return transition(uid, RequestStatus.RUNNING, null, who, EnumSet.of(RequestStatus.QUEUED,
                RequestStatus.UNQUEUED, RequestStatus.INTERRUPTED, RequestStatus.FAILED, RequestStatus.SKIPPED));
    }

    /** Collected: priority −1, status done. Only a running request can be done. */
    public Request markDone(String uid, String who) {
        return transition(uid, RequestStatus.DONE, null, who, EnumSet.of(RequestStatus.RUNNING));
    }

    /** Failed (while running, or before it could start): priority −1, status failed, with the reason. */
    public Request markFailed(String uid, String reason, String who) {
        return transition(uid, RequestStatus.FAILED, reason, who, NOT_STARTED_OR_RUNNING);
    }

    /** Skipped (for example after a failed mount or centring): priority −1, status skipped, with the reason. */
    public Request markSkipped(String uid, String reason, String who) {
        return transition(uid, RequestStatus.SKIPPED, reason, who, NOT_STARTED_OR_RUNNING);
    }

    /**
     * Stopped part-way (abort, or found running after a restart): priority 0, status interrupted, with the
     * reason. It is not run again until someone re-queues it, because a partial dataset exists.
     */
    public Request markInterrupted(String uid, String reason, String who) {
        return transition(uid, RequestStatus.INTERRUPTED, reason, who, EnumSet.of(RequestStatus.RUNNING));
    }

    private Request transition(String uid, RequestStatus to, String reason, String who, Set<RequestStatus> from) {
        Document d = docs.apply(uid, current -> {
            Request r = Request.fromDocument(current);
            requireTransition(r, to, from);
            return statusUpdate(to, to.priorityFor(r.priority()), reason);
        }, who, to.wire());
        Request r = Request.fromDocument(d);
        log.info("Request {} (sample {}) is {}{}", uid, r.sample(), to.wire(), reason == null ? "" : ": " + reason);
        return r;
    }

    private static void requireTransition(Request r, RequestStatus to, Set<RequestStatus> from) {
        if (!r.isActive()) {
            throw new IllegalStateException("Request " + r.uid() + " was deleted; it cannot become " + to.wire());
        }
        if (!from.contains(r.status())) {
            throw new IllegalStateException("Request " + r.uid() + " is " + r.status().wire() + "; it cannot become "
                    + to.wire());
        }
    }

    private Bson statusUpdate(RequestStatus to, int priority, String reason) {
        double now = Uids.epochSeconds(clock);
        List<Bson> set = new ArrayList<>(List.of(Updates.set(Request.PRIORITY, priority),
                Updates.set(Request.STATUS, to.wire()), Updates.set(Request.STATUS_REASON, reason),
                Updates.set(Request.STATUS_TIME, now)));
        if (to == RequestStatus.RUNNING) {
            set.add(Updates.set(Request.START_TIME, now));
            set.add(Updates.set(Request.END_TIME, null));
        } else if (to.isFinished() || to == RequestStatus.INTERRUPTED) {
            set.add(Updates.set(Request.END_TIME, now));
        }
        return Updates.combine(set);
    }

    /**
     * Soft delete (LSDC's {@code deleteRequest}): the request becomes {@code inactive}, stays in the store and
     * can be restored with {@link #revert}.
     *
     * @throws IllegalStateException for a running request
     */
    public Request delete(String uid, String who) {
        Document d = docs.apply(uid, current -> {
            Request r = Request.fromDocument(current);
            if (r.isRunning()) {
                throw new IllegalStateException("Request " + uid + " is running; stop it before deleting it");
            }
            return Updates.set(Docs.STATE, Docs.INACTIVE);
        }, who, "delete");
        log.info("{} deleted request {}", who, uid);
        return Request.fromDocument(d);
    }

    /** Every recorded change of the request, oldest first. */
    public List<Revision> history(String uid) {
        return revisions.history(uid);
    }

    /**
     * Puts the request's content back as it was before {@code revisionUid} (request_obj, state, owner, ...),
     * recorded as a new revision. Priority and status stay: they record what happened on the beamline.
     */
    public Request revert(String revisionUid, String who) {
        Revision r = revisions.get(revisionUid).orElseThrow(() -> new NotFoundException("revision", revisionUid));
        if (!Amostra.REQUEST.equals(r.collection())) {
            throw new IllegalArgumentException("Revision " + revisionUid + " belongs to a " + r.collection()
                    + ", not to a request");
        }
        if (r.before() == null) {
            throw new StoreException("Revision " + revisionUid + " created request " + r.target()
                    + "; there is nothing before it to go back to (delete the request instead)");
        }
        Map<String, Object> restore = new HashMap<>();
        r.before().forEach((k, v) -> {
            if (!NOT_REVERTED.contains(k)) {
                restore.put(k, v);
            }
        });
        Document d = docs.apply(r.target(), current -> new Document("$set", new Document(restore)), who, "revert");
        log.info("{} reverted request {} to before revision {}", who, r.target(), revisionUid);
        return Request.fromDocument(d);
    }
}
