package org.lsdcfx.store;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;

import com.mongodb.client.MongoCollection;
import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * A collection of uid-keyed documents carrying a {@code version} counter, with optimistic locking and a
 * revision history. Each change is one atomic single-document update filtered on the version it read, so two
 * writers can never silently overwrite each other, and no multi-document transaction is needed. Thread-safe.
 *
 * <p>The "after" document recorded in the history is the one the server returns. Under concurrent writers to
 * the same document the embedded server may return a slightly later state (mongo-java-server 1.47), so writers
 * through this instance take a per-document lock around the update: the history is then exact for them. Writers in
 * other processes are still kept apart by the version filter; only their recorded "after" may be informative.
 */
public final class VersionedCollection {
    public static final String VERSION = "version";
    private static final int MAX_ATTEMPTS = 50;
    private static final int LOCK_STRIPES = 64;

    private final String what;
    private final MongoCollection<Document> docs;
    private final RevisionLog log;
    private final Object[] stripes = new Object[LOCK_STRIPES];

    /**
     * @param what human name used in messages ("request", "sample")
     */
    public VersionedCollection(String what, MongoCollection<Document> docs, RevisionLog log) {
        this.what = what;
        this.docs = docs;
        this.log = log;
        for (int i = 0; i < LOCK_STRIPES; i++) {
            stripes[i] = new Object();
        }
    }

    public MongoCollection<Document> raw() {
        return docs;
    }

    public void createIndexes() {
        docs.createIndex(Indexes.ascending("uid"), new IndexOptions().unique(true));
        // Version-checked writes filter on exactly {uid, version}; the embedded server only uses an index whose keys
        // are exactly the query's, so without this one every write scans the collection.
        docs.createIndex(Indexes.ascending("uid", VERSION));
    }

    /** Inserts a new document at version 1 and records its creation. The document must carry a uid. */
    public Document insert(Document doc, String who) {
        Document d = new Document(doc).append(VERSION, 1L);
        docs.insertOne(d);
        log.record(docs.getNamespace().getCollectionName(), d.getString("uid"), "create", who, null, d);
        return d;
    }

    /** Inserts many new documents at version 1 in one batch, recording each creation. */
    public void insertAll(List<Document> batch, String who) {
        if (batch.isEmpty()) {
            return;
        }
        List<Document> versioned = new ArrayList<>(batch.size());
        for (Document d : batch) {
            versioned.add(new Document(d).append(VERSION, 1L));
        }
        docs.insertMany(versioned);
        for (Document d : versioned) {
            log.record(docs.getNamespace().getCollectionName(), d.getString("uid"), "create", who, null, d);
        }
    }

    public Document get(String uid) {
        Document d = docs.find(eq("uid", uid)).first();
        if (d == null) {
            throw new NotFoundException(what, uid);
        }
        return d;
    }

    /**
     * Applies {@code update} if the stored version is {@code expectedVersion}; a negative expected version means
     * "whatever is there now" (for server-side bookkeeping that owns the field it writes).
     *
     * @return the document after the change
     * @throws ConflictException when the version differs, nothing written
     * @throws NotFoundException when there is no such document
     */
    public Document update(String uid, long expectedVersion, Bson update, String who) {
        return update(uid, expectedVersion, update, who, "update");
    }

    public Document update(String uid, long expectedVersion, Bson update, String who, String action) {
        synchronized (stripes[Math.floorMod(uid.hashCode(), LOCK_STRIPES)]) {
            return updateLocked(uid, expectedVersion, update, who, action);
        }
    }

    private Document updateLocked(String uid, long expectedVersion, Bson update, String who, String action) {
        // Bounded retries for "whatever is there now" writers racing each other; a caller with an expected
        // version never retries: a race is a conflict for it.
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Document before = get(uid);
            long current = versionOf(before);
            if (expectedVersion >= 0 && expectedVersion != current) {
                throw new ConflictException(what, uid, expectedVersion, current);
            }
            Document after = docs.findOneAndUpdate(byUidAndVersion(uid, before),
                    Updates.combine(update, Updates.inc(VERSION, 1L)),
                    new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
            if (after != null) {
                log.record(docs.getNamespace().getCollectionName(), uid, action, who, before, after);
                return after;
            }
            if (expectedVersion >= 0) {
                throw new ConflictException(what, uid, expectedVersion, versionOf(get(uid)));
            }
        }
        throw new StoreException("Could not update " + what + " " + uid + ": it kept changing under "
                + MAX_ATTEMPTS + " attempts");
    }

    /** Fields to set on one document, only if it is still as read ({@code before} carries uid and version). */
    public record FieldUpdate(Document before, Map<String, Object> set) {
    }

    /**
     * Sets fields on many documents in one round trip (a queue renumbering), each only if its version is still the one
     * in {@code before}; the ones that changed meanwhile are left alone and returned. The history gets one entry per
     * document written, its "after" computed from "before" and the fields set.
     *
     * @return uids of the documents not written because someone changed them since they were read
     */
    public List<String> setAll(List<FieldUpdate> updates, String who, String action) {
        if (updates.isEmpty()) {
            return List.of();
        }
        List<UpdateOneModel<Document>> writes = new ArrayList<>(updates.size());
        for (FieldUpdate u : updates) {
            List<Bson> sets = new ArrayList<>();
            u.set().forEach((field, value) -> sets.add(Updates.set(field, value)));
            sets.add(Updates.inc(VERSION, 1L));
            writes.add(new UpdateOneModel<>(byUidAndVersion(u.before().getString("uid"), u.before()),
                    Updates.combine(sets)));
        }
        BulkWriteResult result = docs.bulkWrite(writes, new BulkWriteOptions().ordered(false));
        List<String> conflicted = new ArrayList<>();
        List<RevisionLog.Change> changes = new ArrayList<>();
        if (result.getMatchedCount() < updates.size()) {
            // Which ones: those not now at our version with our values (a later writer on top of ours makes ours
            // count as conflicted too: the caller is told to try again, nothing is lost).
            for (FieldUpdate u : updates) {
                String uid = u.before().getString("uid");
                Document now = docs.find(eq("uid", uid)).first();
                boolean ours = now != null && versionOf(now) == versionOf(u.before()) + 1
                        && u.set().entrySet().stream().allMatch(e -> java.util.Objects.equals(now.get(e.getKey()), e.getValue()));
                if (!ours) {
                    conflicted.add(uid);
                }
            }
        }
        for (FieldUpdate u : updates) {
            String uid = u.before().getString("uid");
            if (!conflicted.contains(uid)) {
                Document after = new Document(u.before());
                after.putAll(u.set());
                after.put(VERSION, versionOf(u.before()) + 1);
                changes.add(new RevisionLog.Change(uid, u.before(), after));
            }
        }
        log.recordAll(docs.getNamespace().getCollectionName(), action, who, changes);
        return conflicted;
    }

    /**
     * {@code {uid: ..., version: ...}} as one plain document, matching the (uid, version) index: mongo-java-server uses
     * an index only for plain equalities on exactly its keys, never inside {@code $and} (how the driver renders
     * {@code Filters.and}), so an {@code $and} filter scans the whole collection for every write. Documents written by LSDC itself have no
     * version field: match its absence, not version 0.
     */
    private static Bson byUidAndVersion(String uid, Document before) {
        return new Document("uid", uid).append(VERSION, before.containsKey(VERSION) ? before.get(VERSION)
                : new Document("$exists", false));
    }

    /**
     * Puts every field back as it was before {@code revision}, as a new version (the revert is itself recorded).
     * Stores whose documents hold counters or state they own revert selectively instead.
     */
    public Document revert(Revision revision, String who) {
        if (revision.before() == null) {
            throw new StoreException("Cannot revert the creation of " + what + " " + revision.target()
                    + "; delete it instead");
        }
        Document restore = new Document(revision.before());
        restore.remove("_id");
        restore.remove("uid");
        restore.remove(VERSION);
        return update(revision.target(), -1, new Document("$set", restore), who, "revert");
    }

    public static long versionOf(Document d) {
        Number n = d.get(VERSION, Number.class);
        return n == null ? 0L : n.longValue();
    }
}
