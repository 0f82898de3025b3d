package org.lsdcfx.conftrak;

import org.lsdcfx.store.test.MutableClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lsdcfx.conftrak.key.BeamlineStateKeys;
import org.lsdcfx.conftrak.key.InvalidConfigValueException;
import org.lsdcfx.conftrak.key.RequestDefaultKeys;
import org.lsdcfx.conftrak.key.SampleHandlingKeys;
import org.lsdcfx.conftrak.model.MountedSample;
import org.lsdcfx.conftrak.revision.ParamRevision;
import org.lsdcfx.store.ConflictException;
import org.lsdcfx.store.NotFoundException;
import org.lsdcfx.store.test.EmbeddedMongo;

/** Per-parameter history, rollback and optimistic concurrency. */
class ConftrakHistoryTest {
    @RegisterExtension
    static EmbeddedMongo mongo = new EmbeddedMongo();

    private static final Instant T0 = Instant.parse("2025-03-01T08:00:00Z");
    private MutableClock clock;
    private Conftrak conftrak;

    @BeforeEach
    void setUp() {
        clock = new MutableClock(T0);
        conftrak = new Conftrak(mongo.connection(), clock, "amx");
        conftrak.createIndexes();
    }

    @Test
    void everySetRecordsWhoWhenOldAndNew() {
        conftrak.set(RequestDefaultKeys.STD_TRANS, 0.2, "alice");
        clock.advance(Duration.ofMinutes(5));
        conftrak.set(RequestDefaultKeys.STD_TRANS, 0.4, "bob");
        conftrak.set(SampleHandlingKeys.QUEUE_COLLECT, true, "carol"); // another key: not in stdTrans's history

        List<ParamRevision> h = conftrak.history("stdTrans");
        assertEquals(2, h.size());
        ParamRevision first = h.get(0);
        assertEquals("create", first.action());
        assertEquals("alice", first.who());
        assertEquals(T0.toEpochMilli() / 1000.0, first.time());
        assertNull(first.oldValue());
        assertEquals(0.2, first.newValue());
        assertEquals(1, first.version());
        ParamRevision second = h.get(1);
        assertEquals("update", second.action());
        assertEquals("bob", second.who());
        assertEquals(T0.plus(Duration.ofMinutes(5)).toEpochMilli() / 1000.0, second.time());
        assertEquals(0.2, second.oldValue());
        assertEquals(0.4, second.newValue());
        assertEquals(2, second.version());
        assertEquals(List.of(), conftrak.history("neverSet"));
    }

    @Test
    void rollbackRestoresTheValueBeforeTheRevisionAndIsItselfRecorded() {
        conftrak.set(RequestDefaultKeys.SCREEN_DEFAULT_DIST, 250.0, "alice");
        conftrak.set(RequestDefaultKeys.SCREEN_DEFAULT_DIST, 400.0, "bob");
        conftrak.set(RequestDefaultKeys.SCREEN_DEFAULT_DIST, 500.0, "bob");
        String bobsFirst = conftrak.history("screen_default_dist").get(1).uid();

        long v = conftrak.rollback("screen_default_dist", bobsFirst, "staff");
        assertEquals(4, v);
        assertEquals(250.0, conftrak.get(RequestDefaultKeys.SCREEN_DEFAULT_DIST));
        List<ParamRevision> h = conftrak.history("screen_default_dist");
        assertEquals(4, h.size());
        ParamRevision last = h.get(3);
        assertEquals("rollback", last.action());
        assertEquals("staff", last.who());
        assertEquals(500.0, last.oldValue());
        assertEquals(250.0, last.newValue());
    }

    @Test
    void rollingBackTheFirstSettingRestoresTheDefault() {
        conftrak.setMountedSample(new MountedSample(1, 2, "s1"), "daq");
        String created = conftrak.history(BeamlineStateKeys.MOUNTED_SAMPLE).get(0).uid();
        conftrak.rollback("mountedSample", created, "staff");
        assertEquals(MountedSample.NONE, conftrak.mountedSample());
    }

    @Test
    void rollbackIsRefusedForAForeignRevisionOrUnknownNames() {
        conftrak.set(RequestDefaultKeys.STD_TRANS, 0.2, "alice");
        conftrak.set(RequestDefaultKeys.SCREEN_DEFAULT_TIME, 0.05, "alice");
        String transRevision = conftrak.history("stdTrans").get(0).uid();
        InvalidConfigValueException e = assertThrows(InvalidConfigValueException.class,
                () -> conftrak.rollback("screen_default_time", transRevision, "staff"));
        assertTrue(e.getMessage().contains("is not a change of screen_default_time"), e.getMessage());
        assertEquals(0.05, conftrak.get(RequestDefaultKeys.SCREEN_DEFAULT_TIME));
        assertThrows(NotFoundException.class, () -> conftrak.rollback("stdTrans", "no-such-revision", "staff"));
        assertThrows(NotFoundException.class, () -> conftrak.rollback("neverSet", transRevision, "staff"));

        conftrak.setRaw("siteNote", "x", "staff");
        String noteCreated = conftrak.history("siteNote").get(0).uid();
        assertThrows(InvalidConfigValueException.class, () -> conftrak.rollback("siteNote", noteCreated, "staff"),
                "an uncatalogued key has no default to return to");
        assertEquals(1, conftrak.history("siteNote").size());
    }

    @Test
    void staleVersionIsAConflictAndChangesNothing() {
        Setting<Double> seen = conftrak.setting(RequestDefaultKeys.STD_TRANS);
        assertEquals(0, seen.version());
        assertEquals(1, conftrak.set(RequestDefaultKeys.STD_TRANS, 0.3, "alice", seen.version()));

        // bob read before alice wrote
        ConflictException e = assertThrows(ConflictException.class,
                () -> conftrak.set(RequestDefaultKeys.STD_TRANS, 0.9, "bob", 0));
        assertEquals(0, e.expectedVersion());
        assertEquals(1, e.actualVersion());
        assertEquals("stdTrans", e.uid());
        assertTrue(e.getMessage().startsWith("config parameter stdTrans was changed by someone else"), e.getMessage());
        assertEquals(0.3, conftrak.get(RequestDefaultKeys.STD_TRANS));

        Setting<Double> now = conftrak.setting(RequestDefaultKeys.STD_TRANS);
        assertEquals(2, conftrak.set(RequestDefaultKeys.STD_TRANS, 0.9, "bob", now.version()));
        assertThrows(ConflictException.class, () -> conftrak.set(RequestDefaultKeys.STD_TRANS, 0.1, "carol", 1));
        assertEquals(2, conftrak.history("stdTrans").size());
        assertThrows(IllegalArgumentException.class, () -> conftrak.set(RequestDefaultKeys.STD_TRANS, 0.1, "x", -1));
    }

    @org.junit.jupiter.api.RepeatedTest(10)
    void concurrentPlainSetsAreAllRecordedAndNoneIsLost() throws Exception {
        int threads = 4;
        int each = 10;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int id = t;
                done.add(pool.submit(() -> {
                    for (int i = 1; i <= each; i++) {
                        conftrak.set(RequestDefaultKeys.SCREEN_DEFAULT_PHI_END, id * 100.0 + i, "writer" + id);
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        List<ParamRevision> h = conftrak.history("screen_default_phi_end");
        assertEquals(threads * each, h.size(), "every write is one revision");
        assertEquals(threads * each, conftrak.setting(RequestDefaultKeys.SCREEN_DEFAULT_PHI_END).version());
        for (int i = 1; i < h.size(); i++) {
            assertEquals(h.get(i - 1).newValue(), h.get(i).oldValue(), "the chain of old/new values is unbroken");
        }
    }
}
