package org.lsdcfx.conftrak;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.bson.Document;
import org.lsdcfx.store.ConflictException;
import org.lsdcfx.store.RevisionLog;
import org.lsdcfx.store.Uids;
import org.lsdcfx.store.VersionedCollection;

/**
 * The {@code beamline_info} documents of one beamline in conftrak's {@code configuration} collection, in LSDC's
 * shape {@code {uid, time, key: "beamline_info", beamline_id, info_name, info, active}} plus a {@code version}
 * counter. Every write is one atomic single-document operation filtered on the version it read, and is recorded
 * in the revision log. Thread-safe.
 */
final class BeamlineInfoDocs {
    static final String KEY = "beamline_info";
    static final String WHAT = "config parameter";

    private final MongoCollection<Document> configuration;
    private final VersionedCollection versioned;
    private final Clock clock;
    private final String beamlineId;

    BeamlineInfoDocs(MongoCollection<Document> configuration, RevisionLog log, Clock clock, String beamlineId) {
        this.configuration = configuration;
        this.versioned = new VersionedCollection(WHAT, configuration, log);
        this.clock = clock;
        this.beamlineId = beamlineId;
    }

    void createIndexes() {
        versioned.createIndexes();
        // One document per (beamline, parameter); beamline documents carry beamline_id = number and no info_name.
        configuration.createIndex(Indexes.ascending("key", "beamline_id", "info_name"), new IndexOptions().unique(true));
        configuration.createIndex(Indexes.descending("time"));
    }

    /** The parameter's document, or null. Newest first if an old database holds duplicates, as LSDC reads it. */
    Document find(String infoName) {
        return configuration.find(filter(infoName)).sort(Sorts.descending("time")).first();
    }

    List<Document> findAll(Collection<String> infoNames) {
        List<Document> out = new ArrayList<>();
        configuration.find(and(eq("key", KEY), eq("beamline_id", beamlineId), in("info_name", infoNames)))
                .sort(Sorts.ascending("time")).into(out);
        return out;
    }

    List<Document> all() {
        List<Document> out = new ArrayList<>();
        configuration.find(and(eq("key", KEY), eq("beamline_id", beamlineId))).sort(Sorts.ascending("info_name"))
                .into(out);
        return out;
    }

    /**
     * Stores {@code info} for the parameter. An unchanged value writes nothing and records no revision.
     *
     * @param expectedVersion the version the caller read (0 = "not stored yet"), or -1 for a plain set
     * @param action          revision action recorded for an update ({@code update}, {@code rollback})
     * @return the version after the call
     * @throws ConflictException when {@code expectedVersion} is stale; nothing written
     */
    long write(String infoName, Document info, String who, long expectedVersion, String action) {
        while (true) {
            Document doc = find(infoName);
            long current = versionOf(doc);
            if (expectedVersion >= 0 && expectedVersion != current) {
                throw new ConflictException(WHAT, infoName, expectedVersion, current);
            }
            if (doc == null) {
                if (tryCreate(infoName, info, who)) {
                    return 1;
                }
                continue; // someone created it meanwhile: the version check above decides
            }
            if (info.equals(doc.get("info", Document.class))) {
                return current;
            }
            adoptLegacy(doc);
            try {
                Document after = versioned.update(doc.getString("uid"), current,
                        new Document("$set", new Document("info", info)), who, action);
                return VersionedCollection.versionOf(after);
            } catch (ConflictException e) {
                if (expectedVersion >= 0) {
                    throw new ConflictException(WHAT, infoName, expectedVersion, e.actualVersion());
                }
                // plain set: another writer got in between; read again and apply on top
            }
        }
    }

    String uidOf(String infoName) {
        Document d = find(infoName);
        return d == null ? null : d.getString("uid");
    }

    /** 0 = not stored; a document written by LSDC's Python (no version field) counts as version 1. */
    static long versionOf(Document doc) {
        if (doc == null) {
            return 0;
        }
        return doc.containsKey(VersionedCollection.VERSION) ? VersionedCollection.versionOf(doc) : 1;
    }

    private boolean tryCreate(String infoName, Document info, String who) {
        Document d = new Document("uid", Uids.newUid()).append("time", Uids.epochSeconds(clock)).append("key", KEY)
                .append("beamline_id", beamlineId).append("info_name", infoName).append("info", info)
                .append("active", true);
        try {
            versioned.insert(d, who);
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    /** Gives a document written without a version counter (by LSDC) version 1, so version-filtered updates match it. */
    private void adoptLegacy(Document doc) {
        if (!doc.containsKey(VersionedCollection.VERSION)) {
            configuration.updateOne(and(eq("uid", doc.getString("uid")), exists(VersionedCollection.VERSION, false)),
                    Updates.set(VersionedCollection.VERSION, 1L));
        }
    }

    private org.bson.conversions.Bson filter(String infoName) {
        return and(eq("key", KEY), eq("beamline_id", beamlineId), eq("info_name", infoName));
    }
}
