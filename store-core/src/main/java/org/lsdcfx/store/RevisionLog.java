package org.lsdcfx.store;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Sorts.ascending;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;

/**
 * Append-only history of document changes, kept in a {@code revision} collection beside the documents.
 * Written after the change itself succeeded (there are no transactions on the embedded server), so a crash
 * between the two can lose a history entry but never a change. Thread-safe.
 */
public final class RevisionLog {
    private final MongoCollection<Document> revisions;
    private final Clock clock;

    public RevisionLog(MongoCollection<Document> revisions, Clock clock) {
        this.revisions = revisions;
        this.clock = clock;
    }

    public void createIndexes() {
        revisions.createIndex(Indexes.ascending("uid"), new IndexOptions().unique(true));
        revisions.createIndex(Indexes.ascending("target", "time"));
    }

    public Revision record(String collection, String target, String action, String who, Document before, Document after) {
        Revision r = new Revision(Uids.newUid(), collection, target, action, who, Uids.epochSeconds(clock),
                strip(before), strip(after));
        revisions.insertOne(new Document("uid", r.uid()).append("collection", collection).append("target", target)
                .append("action", action).append("who", who).append("time", r.time())
                .append("before", r.before()).append("after", r.after()));
        return r;
    }

    /** One history entry of a batch ({@link #recordAll}). */
    public record Change(String target, Document before, Document after) {
    }

    /** Records many changes of one collection in one round trip (a batch update). */
    public void recordAll(String collection, String action, String who, List<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        double now = Uids.epochSeconds(clock);
        List<Document> docs = new ArrayList<>(changes.size());
        for (Change c : changes) {
            docs.add(new Document("uid", Uids.newUid()).append("collection", collection).append("target", c.target())
                    .append("action", action).append("who", who).append("time", now)
                    .append("before", strip(c.before())).append("after", strip(c.after())));
        }
        revisions.insertMany(docs);
    }

    /** Every revision of one document, oldest first. */
    public List<Revision> history(String target) {
        List<Revision> out = new ArrayList<>();
        for (Document d : revisions.find(eq("target", target)).sort(ascending("time", "_id"))) {
            out.add(toRevision(d));
        }
        return out;
    }

    public Optional<Revision> get(String revisionUid) {
        return Optional.ofNullable(revisions.find(eq("uid", revisionUid)).first()).map(RevisionLog::toRevision);
    }

    private static Revision toRevision(Document d) {
        return new Revision(d.getString("uid"), d.getString("collection"), d.getString("target"), d.getString("action"),
                d.getString("who"), d.get("time", Number.class).doubleValue(), d.get("before", Document.class),
                d.get("after", Document.class));
    }

    /** The server-assigned _id belongs to the live document, not to its history. */
    private static Document strip(Document d) {
        if (d == null) {
            return null;
        }
        Document copy = new Document(d);
        copy.remove("_id");
        return copy;
    }
}
