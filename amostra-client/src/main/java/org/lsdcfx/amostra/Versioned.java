package org.lsdcfx.amostra;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;

import com.mongodb.client.model.Updates;
import java.util.function.Function;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.lsdcfx.store.ConflictException;
import org.lsdcfx.store.StoreException;
import org.lsdcfx.store.VersionedCollection;

/**
 * Compare-and-set helpers over store-core's {@link VersionedCollection}: read a document, decide, and write only
 * if nobody changed it meanwhile; retry the decision on a concurrent change. Also adopts documents written by
 * LSDC or scripts, which have no {@code version} field, by giving them version 0 first.
 */
final class Versioned {
    private static final int ATTEMPTS = 20;

    private final String what;
    private final VersionedCollection docs;

    Versioned(String what, VersionedCollection docs) {
        this.what = what;
        this.docs = docs;
    }

    VersionedCollection collection() {
        return docs;
    }

    /** Reads a document for an update, giving a legacy (version-less) document version 0 first. */
    Document read(String uid) {
        Document d = docs.get(uid);
        if (!d.containsKey(VersionedCollection.VERSION)) {
            docs.raw().updateOne(and(eq(Docs.UID, uid), exists(VersionedCollection.VERSION, false)),
                    Updates.set(VersionedCollection.VERSION, 0L));
            d = docs.get(uid);
        }
        return d;
    }

    /** Applies an update if the stored version is {@code expectedVersion}, else {@link ConflictException}. */
    Document update(String uid, long expectedVersion, Bson update, String who, String action) {
        read(uid);
        return docs.update(uid, expectedVersion, update, who, action);
    }

    /**
     * Reads the current document, lets {@code decide} compute the update (or throw to refuse), and writes it
     * only if the document is still at the version read; on a concurrent change it decides again.
     */
    Document apply(String uid, Function<Document, Bson> decide, String who, String action) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Document current = read(uid);
            Bson update = decide.apply(current);
            try {
                return docs.update(uid, VersionedCollection.versionOf(current), update, who, action);
            } catch (ConflictException e) {
                // someone else wrote between our read and write: decide again on the new state
            }
        }
        throw new StoreException(what + " " + uid + " kept changing under us (" + ATTEMPTS
                + " attempts); try again");
    }
}
