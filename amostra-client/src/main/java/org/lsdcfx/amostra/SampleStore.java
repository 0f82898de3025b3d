package org.lsdcfx.amostra;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.ne;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;
import com.mongodb.client.result.UpdateResult;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
 * Samples in the Amostra {@code sample} collection. Every change is versioned and recorded in the revision log;
 * the run-number counter is a single atomic increment. Thread-safe (all state is in the store).
 */
public final class SampleStore {
    private static final Logger log = LoggerFactory.getLogger(SampleStore.class);
    /** Fields a revert leaves alone: identity, and the run counter (going back would reuse run numbers). */
    private static final Set<String> NOT_REVERTED = Set.of("_id", Docs.UID, Docs.TIME, VersionedCollection.VERSION,
            Sample.REQUEST_COUNT);
    private static final int RUN_NUMBER_ATTEMPTS = 10_000;

    private final Versioned docs;
    private final RevisionLog revisions;
    private final Clock clock;

    SampleStore(VersionedCollection docs, RevisionLog revisions, Clock clock) {
        this.docs = new Versioned("sample", docs);
        this.revisions = revisions;
        this.clock = clock;
    }

    void createIndexes() {
        docs.collection().createIndexes();
        docs.collection().raw().createIndex(Indexes.ascending(Docs.NAME, Docs.OWNER));
        docs.collection().raw().createIndex(Indexes.ascending(Docs.OWNER));
    }

    /**
     * Creates one sample.
     *
     * @throws IllegalArgumentException for an invalid name or a name the owner already uses (nothing written)
     */
    public Sample create(NewSample sample, String who) {
        return createAll(List.of(sample), who).get(0);
    }

    /**
     * Creates samples in one batch: either all are valid and written, or none is (the message lists every
     * problem).
     */
    public List<Sample> createAll(List<NewSample> batch, String who) {
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (NewSample s : batch) {
            SampleNames.problem(s.name()).ifPresent(p -> problems.add(p));
            if (s.owner() == null || s.owner().isBlank()) {
                problems.add("sample '" + s.name() + "' has no owner");
            }
            if (!seen.add(s.owner() + "\u0000" + s.name())) {
                problems.add("'" + s.name() + "' appears twice for owner " + s.owner());
            }
        }
        for (Sample existing : clashes(batch)) {
            problems.add("owner " + existing.owner() + " already has a sample named '" + existing.name() + "'");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Cannot create samples: " + String.join("; ", problems));
        }
        double now = Uids.epochSeconds(clock);
        List<Document> created = new ArrayList<>(batch.size());
        for (NewSample s : batch) {
            created.add(new Document(Docs.UID, Uids.newUid()).append(Docs.TIME, now).append(Docs.NAME, s.name())
                    .append(Docs.OWNER, s.owner()).append(Docs.KIND, "pin").append(Docs.PROPOSAL_ID, s.proposalID())
                    .append(Sample.MODEL, s.model()).append(Sample.SEQUENCE, s.sequence())
                    .append(Sample.REQUEST_COUNT, 0L).append(Docs.STATE, Docs.ACTIVE));
        }
        docs.collection().insertAll(created, who);
        log.info("{} created {} sample(s)", who, created.size());
        return created.stream().map(d -> Sample.fromDocument(new Document(d).append(VersionedCollection.VERSION, 1L)))
                .toList();
    }

    private List<Sample> clashes(List<NewSample> batch) {
        Set<String> names = new LinkedHashSet<>();
        Set<String> owners = new LinkedHashSet<>();
        batch.forEach(s -> {
            names.add(s.name());
            owners.add(s.owner());
        });
        Set<String> wanted = new HashSet<>();
        batch.forEach(s -> wanted.add(s.owner() + "\u0000" + s.name()));
        List<Sample> out = new ArrayList<>();
        for (Document d : docs.collection().raw().find(and(in(Docs.NAME, names), in(Docs.OWNER, owners),
                ne(Docs.STATE, Docs.INACTIVE)))) {
            Sample s = Sample.fromDocument(d);
            if (wanted.contains(s.owner() + "\u0000" + s.name())) {
                out.add(s);
            }
        }
        return out;
    }

    /** Which of {@code names} the owner already gives to active samples (one query). */
    public Set<String> existingNames(String owner, Collection<String> names) {
        Set<String> out = new HashSet<>();
        if (!names.isEmpty()) {
            docs.collection().raw().find(and(in(Docs.NAME, names), eq(Docs.OWNER, owner), ne(Docs.STATE, Docs.INACTIVE)))
                    .forEach(d -> out.add(d.getString(Docs.NAME)));
        }
        return out;
    }

    /** @throws NotFoundException when there is no such sample */
    public Sample get(String uid) {
        return Sample.fromDocument(docs.collection().get(uid));
    }

    public Optional<Sample> find(String uid) {
        return Optional.ofNullable(docs.collection().raw().find(eq(Docs.UID, uid)).first()).map(Sample::fromDocument);
    }

    /** Many samples in one query, in no particular order; unknown uids are left out. */
    public List<Sample> getAll(Collection<String> uids) {
        List<Sample> out = new ArrayList<>();
        if (!uids.isEmpty()) {
            docs.collection().raw().find(in(Docs.UID, uids)).forEach(d -> out.add(Sample.fromDocument(d)));
        }
        return out;
    }

    /** The owner's active sample with this name (LSDC's {@code getSampleIDbyName}). */
    public Optional<Sample> byName(String name, String owner) {
        return Optional.ofNullable(docs.collection().raw()
                        .find(and(eq(Docs.NAME, name), eq(Docs.OWNER, owner), ne(Docs.STATE, Docs.INACTIVE)))
                        .sort(Sorts.descending(Docs.TIME)).first())
                .map(Sample::fromDocument);
    }

    /** The owner's active samples, by name. */
    public List<Sample> byOwner(String owner) {
        List<Sample> out = new ArrayList<>();
        docs.collection().raw().find(and(eq(Docs.OWNER, owner), ne(Docs.STATE, Docs.INACTIVE)))
                .sort(Sorts.ascending(Docs.NAME)).forEach(d -> out.add(Sample.fromDocument(d)));
        return out;
    }

    /**
     * Writes the edited name, kind, proposal, model and sequence of {@code edited}, if the stored sample is still
     * at {@code edited.version()}. Fields this code does not model are left as stored.
     *
     * @throws ConflictException        when someone changed the sample since it was read (nothing written)
     * @throws IllegalArgumentException for an invalid name or one the owner already uses
     */
    public Sample update(Sample edited, String who) {
        SampleNames.require("sample", edited.name());
        Sample stored = get(edited.uid());
        if (!Objects.equals(stored.name(), edited.name())) {
            byName(edited.name(), stored.owner()).filter(s -> !s.uid().equals(edited.uid())).ifPresent(s -> {
                throw new IllegalArgumentException("owner " + stored.owner() + " already has a sample named '"
                        + edited.name() + "'");
            });
        }
        Bson set = Updates.combine(Updates.set(Docs.NAME, edited.name()), Updates.set(Docs.KIND, edited.kind()),
                Updates.set(Docs.PROPOSAL_ID, edited.proposalID()), Updates.set(Sample.MODEL, edited.model()),
                Updates.set(Sample.SEQUENCE, edited.sequence()));
        return Sample.fromDocument(docs.update(edited.uid(), edited.version(), set, who, "update"));
    }

    /** Soft delete: the sample becomes {@code inactive} and stays in the store and its history. */
    public Sample delete(String uid, String who) {
        Document d = docs.apply(uid, current -> Updates.set(Docs.STATE, Docs.INACTIVE), who, "delete");
        log.info("{} deleted sample {} ({})", who, d.getString(Docs.NAME), uid);
        return Sample.fromDocument(d);
    }

    /**
     * Hands out the sample's next run number: a compare-and-set of {@code request_count} (one single-document
     * update conditioned on the value just read, retried when another caller got there first), so concurrent
     * callers never get the same number. Not a versioned edit (it does not conflict with users' edits).
     *
     * <p>Why not {@code findOneAndUpdate($inc)} with the returned document: on the embedded mongo-java-server
     * 1.47 the increments are atomic but the returned document is not (under concurrency two callers were
     * handed the same value; see SampleStoreTest). The conditional update's match count is reliable on both.
     *
     * @throws NotFoundException when there is no such sample
     */
    public long nextRunNumber(String sampleUid) {
        MongoCollection<Document> raw = docs.collection().raw();
        for (int attempt = 0; attempt < RUN_NUMBER_ATTEMPTS; attempt++) {
            Document d = raw.find(eq(Docs.UID, sampleUid)).projection(Projections.include(Sample.REQUEST_COUNT)).first();
            if (d == null) {
                throw new NotFoundException("sample", sampleUid);
            }
            Bson unchanged = d.containsKey(Sample.REQUEST_COUNT) ? eq(Sample.REQUEST_COUNT, d.get(Sample.REQUEST_COUNT))
                    : exists(Sample.REQUEST_COUNT, false);
            long next = Docs.longValue(d, Sample.REQUEST_COUNT, 0) + 1;
            UpdateResult r = raw.updateOne(and(eq(Docs.UID, sampleUid), unchanged), Updates.set(Sample.REQUEST_COUNT, next));
            if (r.getModifiedCount() == 1) {
                return next;
            }
        }
        throw new StoreException("Could not take a run number for sample " + sampleUid + " after "
                + RUN_NUMBER_ATTEMPTS + " attempts (too many concurrent callers)");
    }

    /** Every recorded change of the sample, oldest first. */
    public List<Revision> history(String uid) {
        return revisions.history(uid);
    }

    /**
     * Puts the sample back as it was before {@code revisionUid} (recorded as a new revision). The run counter is
     * not rolled back, so run numbers are never reused.
     */
    public Sample revert(String revisionUid, String who) {
        Revision r = revisions.get(revisionUid).orElseThrow(() -> new NotFoundException("revision", revisionUid));
        if (!Amostra.SAMPLE.equals(r.collection())) {
            throw new IllegalArgumentException("Revision " + revisionUid + " belongs to a " + r.collection()
                    + ", not to a sample");
        }
        if (r.before() == null) {
            throw new StoreException("Revision " + revisionUid + " created sample " + r.target()
                    + "; there is nothing before it to go back to (delete the sample instead)");
        }
        Document restore = new Document();
        r.before().forEach((k, v) -> {
            if (!NOT_REVERTED.contains(k)) {
                restore.append(k, v);
            }
        });
        return Sample.fromDocument(docs.apply(r.target(), current -> new Document("$set", restore), who, "revert"));
    }
}
