package org.lsdcfx.store;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * A collection of uid-keyed documents carrying a {@code version} counter, with optimistic locking and a
 * revision history. Each change is one atomic single-document update filtered on the version it read, so two
 * writers can never silently overwrite each other, and no multi-document transaction is needed. Thread-safe.
 */
public final class VersionedCollection {
    public static final String VERSION = "version";

    private final String what;
    private final MongoCollection<Document> docs;
    private final RevisionLog log;

    /**
     * @param what human name used in messages ("request", "sample")
     */
    public VersionedCollection(String what, MongoCollection<Document> docs, RevisionLog log) {
        this.what = what;
        this.docs = docs;
        this.log = log;
    }

    public MongoCollection<Document> raw() {
        return docs;
    }

    public void createIndexes() {
        docs.createIndex(Indexes.ascending("uid"), new IndexOptions().unique(true));
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
        Document before = get(uid);
        long current = versionOf(before);
        if (expectedVersion >= 0 && expectedVersion != current) {
            throw new ConflictException(what, uid, expectedVersion, current);
        }
        Document after = docs.findOneAndUpdate(and(eq("uid", uid), eq(VERSION, current)),
                Updates.combine(update, Updates.inc(VERSION, 1L)),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        if (after == null) {
            // Someone wrote between our read and our update.
            long now = versionOf(get(uid));
            if (expectedVersion >= 0) {
                throw new ConflictException(what, uid, expectedVersion, now);
            }
            return update(uid, expectedVersion, update, who, action);
        }
        log.record(docs.getNamespace().getCollectionName(), uid, action, who, before, after);
        return after;
    }

    /** Puts the document back as it was before {@code revision}, as a new version (the revert is itself recorded). */
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
