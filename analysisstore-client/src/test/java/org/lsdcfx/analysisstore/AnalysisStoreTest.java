package org.lsdcfx.analysisstore;

import org.lsdcfx.store.test.MutableClock;
import static com.mongodb.client.model.Filters.eq;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.MongoCollection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lsdcfx.analysisstore.payload.PayloadFormatException;
import org.lsdcfx.analysisstore.payload.RasterResult;
import org.lsdcfx.analysisstore.payload.ResultTypes;
import org.lsdcfx.analysisstore.payload.SnapshotResult;
import org.lsdcfx.store.NotFoundException;
import org.lsdcfx.store.test.EmbeddedMongo;

/** Creating and finding results, in LSDC's document shape, against the embedded store over the wire. */
class AnalysisStoreTest {
    @RegisterExtension
    static EmbeddedMongo mongo = new EmbeddedMongo();

    private static final Instant T0 = Instant.parse("2025-02-01T10:00:00Z");
    private MutableClock clock;
    private AnalysisStore store;
    private MongoCollection<Document> raw;

    @BeforeEach
    void setUp() {
        clock = new MutableClock(T0);
        store = new AnalysisStore(mongo.connection(), clock, "amx");
        store.createIndexes();
        raw = mongo.connection().analysisstore().getCollection("analysis_header"); // LSDC's collection
    }


    @Test
    void createdResultHasLsdcShape() {
        Result r = store.create(ResultContext.forRequest("jdoe", "s1", "r1", 311234), ResultTypes.SNAPSHOT_RESULT,
                Payloads.snapshot());
        Document d = raw.find(eq("uid", r.uid())).first(); // db.result.find_one({uid: ...}) as pymongo would
        assertEquals("snapshotResult", d.getString("result_type"));
        assertEquals("jdoe", d.getString("owner"));
        assertEquals("s1", d.getString("sample"));
        assertEquals("r1", d.getString("request"));
        assertEquals(311234, d.get("proposalID"));
        assertEquals("amx", d.getString("beamline"));
        assertEquals(1, d.get("provenance", Document.class).get("lsdc"));
        assertEquals("lsdc-fx", d.get("provenance", Document.class).get("writer"));
        assertEquals(T0.toEpochMilli() / 1000.0, d.getDouble("time"));
        assertEquals(Document.parse("{'path': '/data/mx311234-1/snapshots/lyso1735689600.jpg', 'comment': 'nice crystal'}"),
                d.get("result_obj", Document.class));
        assertEquals(r, store.get(r.uid()));
        assertTrue(raw.listIndexes().into(new java.util.ArrayList<>()).stream()
                .anyMatch(i -> i.get("key", Document.class).containsKey("request")));
    }

    @Test
    void queriesByRequestSampleTypeAndBeamline() {
        Result raster = store.create(ResultContext.forRequest("jdoe", "s1", "r1", 1), ResultTypes.RASTER_RESULT,
                Payloads.raster3x2());
        clock.advance(Duration.ofSeconds(1));
        Result jpeg = store.create(ResultContext.forRequest("jdoe", "s1", "r1", 1), ResultTypes.RASTER_JPEG,
                Payloads.snapshot());
        clock.advance(Duration.ofSeconds(1));
        Result exp = store.create(ResultContext.forRequest("jdoe", "s1", "r2", 1), ResultTypes.MX_EXP_PARAMS,
                Payloads.expParams());
        clock.advance(Duration.ofSeconds(1));
        Result other = store.create(ResultContext.forSample("jdoe", "s2", 1), ResultTypes.E_SCAN_RESULT, Payloads.eScan());
        clock.advance(Duration.ofSeconds(1));
        Result blShot = store.create(ResultContext.forBeamline("staff", null), ResultTypes.SNAPSHOT_RESULT,
                Payloads.snapshot());
        AnalysisStore fmx = new AnalysisStore(mongo.connection(), clock, "fmx");
        Result fmxShot = fmx.create(ResultContext.forBeamline("staff", null), ResultTypes.SNAPSHOT_RESULT,
                Payloads.snapshot());

        assertEquals(List.of(raster, jpeg), store.forRequest("r1"));
        assertEquals(List.of(jpeg), store.forRequest("r1", "rasterJpeg"));
        assertEquals(List.of(raster, jpeg, exp), store.forSample("s1"));
        assertEquals(List.of(raster, exp), store.forSample("s1", "rasterResult", "mxExpParams"));
        assertEquals(List.of(), store.forSample("s1", "choochResult"));
        assertEquals(List.of(raster, jpeg, exp, other, blShot), store.forBeamline());
        assertEquals(List.of(blShot), store.forBeamline("snapshotResult"));
        assertEquals(List.of(fmxShot), fmx.forBeamline());
        assertNull(blShot.sample());
        assertEquals("amx", raw.find(eq("uid", blShot.uid())).first().getString("beamline_id"),
                "beamline results also carry LSDC's beamline_id");
    }

    @Test
    void latestFindsTheNewestOfATypeBySampleOrRequest() {
        ResultContext ctx = ResultContext.forRequest("jdoe", "s1", "r1", 1);
        store.create(ctx, ResultTypes.RASTER_RESULT, Payloads.raster3x2());
        clock.advance(Duration.ofMinutes(1));
        RasterResult second = new RasterResult("raster-req-2", 1, 1, List.of(Payloads.raster3x2().cells().get(0)));
        Result newest = store.create(ctx, ResultTypes.RASTER_RESULT, second);
        clock.advance(Duration.ofMinutes(1));
        store.create(ctx, ResultTypes.SNAPSHOT_RESULT, Payloads.snapshot());

        assertEquals(Optional.of(newest), store.latest("r1", "rasterResult"));
        assertEquals(Optional.of(newest), store.latest("s1", "rasterResult"));
        assertEquals(Optional.of(second), store.latest("r1", ResultTypes.RASTER_RESULT));
        assertEquals(Optional.empty(), store.latest("r1", "choochResult"));
        assertEquals(Optional.empty(), store.latest("nobody", ResultTypes.RASTER_RESULT));
    }

    @Test
    void unknownResultTypeIsStoredAndReadRaw() {
        Document obj = Document.parse("{'data': 'ref-42', 'omegaPos': 90.0}");
        Result r = store.create("xtalpicJpeg", ResultContext.forRequest("jdoe", "s1", "r1", null), obj);
        Result back = store.get(r.uid());
        assertEquals("xtalpicJpeg", back.resultType());
        assertEquals(obj, back.resultObj());
        assertEquals(List.of(back), store.forRequest("r1", "xtalpicJpeg"));
        assertTrue(ResultTypes.byName("xtalpicJpeg").isEmpty());
        PayloadFormatException e = assertThrows(PayloadFormatException.class,
                () -> back.payload(ResultTypes.SNAPSHOT_RESULT));
        assertEquals("result " + r.uid() + " is a xtalpicJpeg, not a snapshotResult", e.getMessage());
    }

    @Test
    void documentsWrittenByLsdcAreReadable() {
        // LSDC's createResult via the analysisstore service: beamline_id instead of beamline, proposalID as text
        raw.insertOne(new Document("uid", "lsdc-1").append("time", 1.6e9).append("result_type", "fastDP")
                .append("owner", "jdoe").append("sample", "s9").append("request", "r9")
                .append("provenance", new Document("lsdc", 1)).append("result_obj", new Document("xml", "..."))
                .append("proposalID", "311234").append("beamline_id", "amx"));
        Result r = store.get("lsdc-1");
        assertEquals(311234, r.proposalID());
        assertEquals("amx", r.beamline());
        assertEquals(List.of(r), store.forBeamline("fastDP"));
        assertThrows(PayloadFormatException.class, () -> r.payload(ResultTypes.FAST_DP));
    }

    @Test
    void canKeepResultsInAnotherCollection() {
        AnalysisStore lsdcShared = new AnalysisStore(mongo.connection(), clock, "amx", "result");
        lsdcShared.createIndexes();
        Result r = lsdcShared.create(ResultContext.forSample("jdoe", "s1", 1), ResultTypes.E_SCAN_RESULT, Payloads.eScan());
        assertEquals(1, mongo.connection().analysisstore().getCollection("result")
                .countDocuments(eq("uid", r.uid())));
        assertEquals(0, raw.countDocuments());
        assertEquals(Payloads.eScan(), lsdcShared.get(r.uid()).payload(ResultTypes.E_SCAN_RESULT));
    }

    @Test
    void badInputIsRefusedAndNothingIsStored() {
        ResultContext ctx = ResultContext.forSample("jdoe", "s1", null);
        assertThrows(IllegalArgumentException.class, () -> store.create(" ", ctx, new Document()));
        assertThrows(IllegalArgumentException.class, () -> store.create("x", ctx, null));
        assertThrows(IllegalArgumentException.class,
                () -> store.create(ctx, ResultTypes.SNAPSHOT_RESULT, (SnapshotResult) null));
        assertThrows(IllegalArgumentException.class, () -> ResultContext.forRequest("jdoe", null, "r1", null));
        assertThrows(IllegalArgumentException.class, () -> ResultContext.forBeamline("", null));
        assertEquals(0, raw.countDocuments());
        NotFoundException e = assertThrows(NotFoundException.class, () -> store.get("nope"));
        assertEquals("result not found: nope", e.getMessage());
    }
}
