package org.lsdcfx.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lsdcfx.store.test.EmbeddedMongo;

class VersionedCollectionTest {
    @RegisterExtension
    static EmbeddedMongo mongo = new EmbeddedMongo();

    private VersionedCollection docs;
    private RevisionLog log;

    @BeforeEach
    void setUp() {
        log = new RevisionLog(mongo.connection().amostra().getCollection("revision"), Clock.systemUTC());
        log.createIndexes();
        docs = new VersionedCollection("thing", mongo.connection().amostra().getCollection("thing"), log);
        docs.createIndexes();
    }

    @Test
    void secondWriterWithStaleVersionGetsConflictAndNothingChanges() {
        docs.insert(new Document("uid", "a").append("name", "first"), "alice");
        Document afterAlice = docs.update("a", 1, new Document("$set", new Document("name", "alice's")), "alice");
        assertEquals(2L, VersionedCollection.versionOf(afterAlice));

        ConflictException e = assertThrows(ConflictException.class,
                () -> docs.update("a", 1, new Document("$set", new Document("name", "bob's")), "bob"));
        assertEquals(1L, e.expectedVersion());
        assertEquals(2L, e.actualVersion());
        assertEquals("alice's", docs.get("a").getString("name"));
    }

    @Test
    void everyChangeIsRecordedAndCanBeReverted() {
        docs.insert(new Document("uid", "a").append("name", "v1"), "alice");
        docs.update("a", 1, new Document("$set", new Document("name", "v2")), "bob");
        List<Revision> history = log.history("a");
        assertEquals(List.of("create", "update"), history.stream().map(Revision::action).toList());
        assertEquals("bob", history.get(1).who());
        assertEquals("v1", history.get(1).before().getString("name"));
        assertNull(history.get(0).before());

        Document reverted = docs.revert(history.get(1), "carol");
        assertEquals("v1", reverted.getString("name"));
        assertEquals(3L, VersionedCollection.versionOf(reverted));
        assertEquals("revert", log.history("a").get(2).action());
    }

    @Test
    void documentsWrittenWithoutAVersionCanBeUpdated() {
        // LSDC's own scripts write documents with no version field.
        docs.raw().insertOne(new Document("uid", "lsdc").append("name", "old"));
        Document after = docs.update("lsdc", -1, new Document("$set", new Document("name", "new")), "server");
        assertEquals("new", after.getString("name"));
        assertEquals(1L, VersionedCollection.versionOf(after));
        assertThrows(ConflictException.class,
                () -> docs.update("lsdc", 0, new Document("$set", new Document("name", "stale")), "gui"));
    }

    @Test
    void missingDocumentIsReportedByUid() {
        NotFoundException e = assertThrows(NotFoundException.class,
                () -> docs.update("nope", 1, new Document("$set", new Document("x", 1)), "alice"));
        assertEquals("thing not found: nope", e.getMessage());
    }
}
