package org.lsdcfx.conftrak;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.MongoCollection;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lsdcfx.conftrak.key.CameraKeys;
import org.lsdcfx.conftrak.key.CommKeys;
import org.lsdcfx.conftrak.key.RasterKeys;
import org.lsdcfx.conftrak.key.RequestDefaultKeys;
import org.lsdcfx.conftrak.key.SampleHandlingKeys;
import org.lsdcfx.conftrak.model.Beamline;
import org.lsdcfx.conftrak.model.MountedSample;
import org.lsdcfx.conftrak.model.RasterScoreType;
import org.lsdcfx.store.StoreException;
import org.lsdcfx.store.test.EmbeddedMongo;

/**
 * Documents are what LSDC's db_lib writes and reads: checked with raw driver queries as a pymongo script would
 * make them, and by reading documents written the way LSDC's Python writes them.
 */
class LsdcCompatibilityTest {
    @RegisterExtension
    static EmbeddedMongo mongo = new EmbeddedMongo();

    private Conftrak conftrak;
    private MongoCollection<Document> configuration;

    @BeforeEach
    void setUp() {
        conftrak = new Conftrak(mongo.connection(), Clock.systemUTC(), "amx");
        conftrak.createIndexes();
        configuration = mongo.connection().conftrak().getCollection("configuration");
    }

    /** db.configuration.find_one({key: "beamline_info", beamline_id: bl, info_name: name}) */
    private Document pymongoFindOne(String name) {
        return configuration.find(and(eq("key", "beamline_info"), eq("beamline_id", "amx"), eq("info_name", name)))
                .first();
    }

    @Test
    void scalarSettingsAreInfoVal() {
        conftrak.set(CommKeys.BEAMLINE_COMM, "XF:17IDB-ES:AMX{Comm}", "staff");
        conftrak.set(RequestDefaultKeys.STD_TRANS, 0.25, "staff");
        conftrak.set(SampleHandlingKeys.QUEUE_COLLECT, true, "staff");
        conftrak.set(CameraKeys.LOW_MAG_PIX_X, 640, "staff");

        Document comm = pymongoFindOne("beamlineComm");
        assertEquals("XF:17IDB-ES:AMX{Comm}", comm.get("info", Document.class).get("val"));
        assertEquals(Document.parse("{'val': 'XF:17IDB-ES:AMX{Comm}'}"), comm.get("info", Document.class),
                "info holds exactly {val}");
        assertTrue(comm.get("uid") instanceof String);
        assertTrue(comm.get("time") instanceof Double);
        assertEquals(true, comm.get("active"));
        assertEquals(0.25, pymongoFindOne("stdTrans").get("info", Document.class).get("val"));
        assertEquals(1, pymongoFindOne("queueCollect").get("info", Document.class).get("val"), "flags are LSDC's 0/1");
        assertEquals(640, pymongoFindOne("lowMagPixX").get("info", Document.class).get("val"));
    }

    @Test
    void structuredEntriesHaveLsdcShapes() {
        conftrak.setMountedSample(new MountedSample(4, 11, "abc"), "daq");
        conftrak.setRasterScoreFlag(RasterScoreType.INTENSITY, "gui");
        conftrak.setCurrentSampleId("abc", "daq");
        conftrak.setCurrentRequestId("req", "daq");
        assertEquals(Document.parse("{'puckPos': 4, 'pinPos': 11, 'sampleID': 'abc'}"),
                pymongoFindOne("mountedSample").get("info", Document.class));
        assertEquals(Document.parse("{'index': 2}"), pymongoFindOne("rasterScoreFlag").get("info", Document.class));
        assertEquals(Document.parse("{'sampleID': 'abc'}"), pymongoFindOne("currentSampleID").get("info", Document.class));
        assertEquals(Document.parse("{'requestID': 'req'}"),
                pymongoFindOne("currentRequestID").get("info", Document.class));
    }

    @Test
    void documentsWrittenByLsdcPythonAreReadAndCanBeUpdated() {
        // as LSDC's createTestDB.py writes them: strings for numbers, no version field
        insertLegacy("stdTrans", new Document("val", "0.1"));
        insertLegacy("screen_default_dist", new Document("val", "137.0"));
        insertLegacy("has_edna", new Document("val", "1"));
        insertLegacy("rasterThreshKernSize", new Document("val", 3.0)); // the GUI writes float(text)
        insertLegacy("beamCheck", new Document("val", 1));
        insertLegacy("mountedSample", Document.parse("{'puckPos': 0, 'pinPos': 0, 'sampleID': '-99'}"));
        insertLegacy("rasterScoreFlag", new Document("index", 0));

        assertEquals(0.1, conftrak.get(RequestDefaultKeys.STD_TRANS));
        assertEquals(137.0, conftrak.get(RequestDefaultKeys.SCREEN_DEFAULT_DIST));
        assertEquals(true, conftrak.get(CommKeys.HAS_EDNA));
        assertEquals(3, conftrak.get(RasterKeys.RASTER_THRESH_KERN_SIZE));
        assertEquals(true, conftrak.get(SampleHandlingKeys.BEAM_CHECK));
        assertEquals(false, conftrak.mountedSample().isMounted(), "'-99' is LSDC's nothing-mounted");
        assertEquals(RasterScoreType.SPOT_COUNT, conftrak.rasterScoreFlag());
        assertEquals(1, conftrak.setting(RequestDefaultKeys.STD_TRANS).version(), "legacy documents count as version 1");

        // an update with the version read works on a document that had no version field
        assertEquals(2, conftrak.set(RequestDefaultKeys.STD_TRANS, 0.3, "staff", 1));
        assertEquals(0.3, pymongoFindOne("stdTrans").get("info", Document.class).get("val"));
        assertEquals(2, conftrak.set(RequestDefaultKeys.SCREEN_DEFAULT_DIST, 200.0, "staff"));
        assertEquals(1L, configuration.countDocuments(eq("info_name", "stdTrans")), "updated in place, not duplicated");
    }

    @Test
    void allParamsIsWhatDumpBlconfigsPrints() {
        conftrak.set(CommKeys.DET_RADIUS, 116.0, "staff");
        conftrak.set(SampleHandlingKeys.PRIMARY_DEWAR_NAME, "primaryDewarAMX", "staff");
        conftrak.setRasterScoreFlag(RasterScoreType.RESOLUTION, "gui");
        conftrak.setRaw("gridRasterRows", 8, "staff");
        assertEquals(List.of("detRadius", "gridRasterRows", "primaryDewarName", "rasterScoreFlag"),
                List.copyOf(conftrak.allParams().keySet()));
        assertEquals(116.0, conftrak.allParams().get("detRadius"));
        assertEquals(8, conftrak.allParams().get("gridRasterRows"));
        assertEquals(new Document("index", 1), conftrak.allParams().get("rasterScoreFlag"));
    }

    @Test
    void beamlineDocumentsAsCreateBeamlineWritesThem() {
        String uid = conftrak.createBeamline("fmx", "17id1");
        conftrak.createBeamline("amx", "17id2");
        Document raw = configuration.find(and(eq("key", "beamline"), eq("number", "17id1"))).first();
        assertEquals("fmx", raw.getString("name"));
        assertEquals(uid, raw.getString("uid"));
        assertEquals(List.of(new Beamline(uid, "fmx", "17id1")), conftrak.searchBeamline("fmx"));
        assertEquals(Optional.of(new Beamline(uid, "fmx", "17id1")), conftrak.beamlineByNumber("17id1"));
        assertEquals(Optional.empty(), conftrak.beamlineByNumber("99id9"));
        StoreException e = assertThrows(StoreException.class, () -> conftrak.createBeamline("fmx2", "17id1"));
        assertEquals("A beamline with number 17id1 already exists; nothing was created", e.getMessage());
        assertEquals(2, configuration.countDocuments(eq("key", "beamline")));
        assertThrows(IllegalArgumentException.class, () -> conftrak.createBeamline("", "1"));
    }

    private void insertLegacy(String name, Document info) {
        configuration.insertOne(new Document("uid", java.util.UUID.randomUUID().toString()).append("time", 1.5e9)
                .append("key", "beamline_info").append("beamline_id", "amx").append("info_name", name)
                .append("info", info).append("active", true));
    }
}
