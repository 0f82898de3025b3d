package org.lsdcfx.amostra;

import static com.mongodb.client.model.Filters.eq;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lsdcfx.store.ConflictException;
import org.lsdcfx.store.NotFoundException;
import org.lsdcfx.store.Revision;
import org.lsdcfx.store.test.EmbeddedMongo;

class SampleStoreTest {
    @RegisterExtension
    static EmbeddedMongo mongo = new EmbeddedMongo();

    private Amostra amostra;
    private SampleStore samples;
    private MongoCollection<Document> raw;

    @BeforeEach
    void setUp() {
        amostra = new Amostra(mongo.connection(), new TickingClock());
        amostra.createIndexes();
        samples = amostra.samples();
        raw = mongo.connection().amostra().getCollection(Amostra.SAMPLE);
    }

    @Test
    void createdSampleHasLsdcFieldsAndIsFoundByUidNameAndOwner() {
        Sample s = samples.create(new NewSample("lyso-1", "jdoe", 311234, "model.pdb", "MKV"), "jdoe");

        Document stored = raw.find(eq("uid", s.uid())).first();
        assertEquals("lyso-1", stored.getString("name"));
        assertEquals("jdoe", stored.getString("owner"));
        assertEquals("pin", stored.getString("kind"));
        assertEquals(311234, stored.getInteger("proposalID"));
        assertEquals(0L, stored.getLong("request_count"));
        assertEquals("active", stored.getString("state"));
        assertEquals("model.pdb", stored.getString("model"));
        assertTrue(stored.getDouble("time") > 1.7e9, "time is epoch seconds");
        assertEquals(36, s.uid().length());

        assertEquals(s, samples.get(s.uid()));
        assertEquals(s.uid(), samples.byName("lyso-1", "jdoe").orElseThrow().uid());
        assertTrue(samples.byName("lyso-1", "someoneElse").isEmpty());
        samples.create(new NewSample("abc", "jdoe", 311234), "jdoe");
        assertEquals(List.of("abc", "lyso-1"), samples.byOwner("jdoe").stream().map(Sample::name).toList());
    }

    @Test
    void badOrDuplicateNamesAreRefusedAndABadBatchWritesNothing() {
        samples.create(new NewSample("taken", "jdoe", 1), "jdoe");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> samples.createAll(List.of(
                new NewSample("fine", "jdoe", 1),
                new NewSample("has space", "jdoe", 1),
                new NewSample("a".repeat(26), "jdoe", 1),
                new NewSample("taken", "jdoe", 1),
                new NewSample("twice", "jdoe", 1),
                new NewSample("twice", "jdoe", 1)), "jdoe"));
        assertTrue(e.getMessage().contains("'has space' may contain only"), e.getMessage());
        assertTrue(e.getMessage().contains("26 characters"), e.getMessage());
        assertTrue(e.getMessage().contains("already has a sample named 'taken'"), e.getMessage());
        assertTrue(e.getMessage().contains("'twice' appears twice"), e.getMessage());
        assertEquals(1, raw.countDocuments(), "nothing of the bad batch was written");
        // another owner may reuse the name
        samples.create(new NewSample("taken", "other", 1), "other");
    }

    @Test
    void staleVersionConflictsAndLeavesTheStoreUnchanged() {
        Sample s = samples.create(new NewSample("lyso-1", "jdoe", 1), "jdoe");
        Sample first = samples.update(s.withName("lyso-A"), "alice");
        assertEquals(2, first.version());

        ConflictException e = assertThrows(ConflictException.class, () -> samples.update(s.withName("lyso-B"), "bob"));
        assertEquals(1, e.expectedVersion());
        assertEquals("lyso-A", samples.get(s.uid()).name());
        assertEquals(2, samples.get(s.uid()).version());
    }

    @Test
    void fieldsAddedByStaffScriptsSurviveOurUpdates() {
        Sample s = samples.create(new NewSample("lyso-1", "jdoe", 1), "jdoe");
        raw.updateOne(eq("uid", s.uid()), Updates.set("staff_note", "cracked"));
        Sample read = samples.get(s.uid());
        assertEquals("cracked", read.extra().get("staff_note"));

        samples.update(read.withModelAndSequence("m2", "SEQ"), "jdoe");
        samples.delete(s.uid(), "jdoe");

        Document stored = raw.find(eq("uid", s.uid())).first();
        assertEquals("cracked", stored.getString("staff_note"));
        assertEquals("m2", stored.getString("model"));
    }

    @Test
    void deleteIsSoftAndHidesTheSampleFromNameLookups() {
        Sample s = samples.create(new NewSample("lyso-1", "jdoe", 1), "jdoe");
        Sample deleted = samples.delete(s.uid(), "jdoe");

        assertEquals("inactive", deleted.state());
        assertFalse(deleted.isActive());
        assertEquals("inactive", raw.find(eq("uid", s.uid())).first().getString("state"));
        assertTrue(samples.byName("lyso-1", "jdoe").isEmpty());
        assertTrue(samples.byOwner("jdoe").isEmpty());
        assertEquals(s.uid(), samples.get(s.uid()).uid(), "still in the store");
        samples.create(new NewSample("lyso-1", "jdoe", 1), "jdoe"); // the name is free again
    }

    @Test
    void runNumbersFromConcurrentThreadsAreAllDistinct() throws Exception {
        Sample s = samples.create(new NewSample("lyso-1", "jdoe", 1), "jdoe");
        int threads = 6;
        int perThread = 40;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<List<Long>>> jobs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                jobs.add(() -> {
                    List<Long> mine = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        mine.add(samples.nextRunNumber(s.uid()));
                    }
                    return mine;
                });
            }
            Set<Long> all = new HashSet<>();
            for (Future<List<Long>> f : pool.invokeAll(jobs)) {
                all.addAll(f.get());
            }
            assertEquals(threads * perThread, all.size(), "no run number handed out twice");
            assertEquals(1L, all.stream().mapToLong(Long::longValue).min().orElseThrow());
            assertEquals(threads * perThread, samples.get(s.uid()).requestCount());
        } finally {
            pool.shutdownNow();
        }
        assertThrows(NotFoundException.class, () -> samples.nextRunNumber("no-such-sample"));
    }

    @Test
    void historyRecordsEveryChangeAndRevertRestoresAllButTheRunCounter() {
        Sample s = samples.create(new NewSample("lyso-1", "jdoe", 1, "m1", null), "jdoe");
        Sample renamed = samples.update(s.withName("lyso-2").withModelAndSequence("m2", null), "alice");
        samples.nextRunNumber(s.uid());
        samples.nextRunNumber(s.uid());
        samples.delete(s.uid(), "bob");

        List<Revision> history = samples.history(s.uid());
        assertEquals(List.of("create", "update", "delete"), history.stream().map(Revision::action).toList());
        assertEquals(List.of("jdoe", "alice", "bob"), history.stream().map(Revision::who).toList());
        assertNull(history.get(0).before());

        Sample undeleted = samples.revert(history.get(2).uid(), "carol");
        assertTrue(undeleted.isActive());
        assertEquals("lyso-2", undeleted.name());

        Sample back = samples.revert(history.get(1).uid(), "carol");
        assertEquals("lyso-1", back.name());
        assertEquals("m1", back.model());
        assertEquals(2, back.requestCount(), "the run counter never goes back");
        assertEquals(renamed.version() + 3, back.version());
        assertEquals("revert", samples.history(s.uid()).get(4).action());
        assertThrows(Exception.class, () -> samples.revert(history.get(0).uid(), "carol"), "cannot revert a creation");
    }

    @Test
    void documentsWrittenByLsdcWithoutVersionCanBeUpdated() {
        raw.insertOne(new Document("uid", "lsdc-1").append("time", 1.7e9).append("name", "old").append("owner", "jdoe")
                .append("kind", "pin").append("proposalID", 5).append("request_count", 3));
        Sample s = samples.get("lsdc-1");
        assertEquals(0, s.version());
        assertEquals("active", s.state(), "no state field means active");

        Sample updated = samples.update(s.withName("renamed"), "jdoe");
        assertEquals("renamed", updated.name());
        assertEquals(1, updated.version());
        assertEquals(4, samples.nextRunNumber("lsdc-1"));
        assertEquals("inactive", samples.delete("lsdc-1", "jdoe").state());
    }
}
