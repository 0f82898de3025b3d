package org.lsdcfx.conftrak;

import org.lsdcfx.store.test.MutableClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.MongoCollection;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lsdcfx.conftrak.key.AccessKeys;
import org.lsdcfx.conftrak.key.CameraKeys;
import org.lsdcfx.conftrak.key.CommKeys;
import org.lsdcfx.conftrak.key.ConfigKey;
import org.lsdcfx.conftrak.key.ConfigKeys;
import org.lsdcfx.conftrak.key.InvalidConfigValueException;
import org.lsdcfx.conftrak.key.ProcessingNodeKeys;
import org.lsdcfx.conftrak.key.RasterKeys;
import org.lsdcfx.conftrak.key.RequestDefaultKeys;
import org.lsdcfx.conftrak.key.SampleHandlingKeys;
import org.lsdcfx.conftrak.key.VisitKeys;
import org.lsdcfx.conftrak.model.MountedSample;
import org.lsdcfx.conftrak.model.RasterScoreType;
import org.lsdcfx.store.test.EmbeddedMongo;

/** Typed get/set, defaults, refusals and raw keys against the embedded store over the wire. */
class ConftrakTest {
    @RegisterExtension
    static EmbeddedMongo mongo = new EmbeddedMongo();

    private Conftrak conftrak;
    private MongoCollection<Document> configuration;
    private MongoCollection<Document> revisions;

    @BeforeEach
    void setUp() {
        conftrak = new Conftrak(mongo.connection(), new MutableClock(Instant.parse("2025-01-01T00:00:00Z")), "amx");
        conftrak.createIndexes();
        configuration = mongo.connection().conftrak().getCollection(Conftrak.CONFIGURATION);
        revisions = mongo.connection().conftrak().getCollection(Conftrak.REVISION);
    }

    @Test
    void unsetKeysReadAsTheirDefaultsAtVersionZero() {
        assertEquals("SIM{Comm}", conftrak.get(CommKeys.BEAMLINE_COMM));
        assertFalse(conftrak.get(SampleHandlingKeys.QUEUE_COLLECT));
        assertTrue(conftrak.get(SampleHandlingKeys.BEAM_CHECK));
        assertEquals("", conftrak.get(VisitKeys.VISIT_DIRECTORY));
        Setting<Double> s = conftrak.setting(RequestDefaultKeys.STD_TRANS);
        assertEquals(new Setting<>(RequestDefaultKeys.STD_TRANS, 0.1, 0, false), s);
        assertEquals(MountedSample.NONE, conftrak.mountedSample());
        assertFalse(conftrak.mountedSample().isMounted());
        assertEquals(RasterScoreType.SPOT_COUNT, conftrak.rasterScoreFlag());
        assertEquals(Optional.empty(), conftrak.currentSampleId());
        assertEquals(Map.of(), conftrak.allParams());
        assertEquals(0, configuration.countDocuments(), "reading never writes");
    }

    @Test
    void oneKeyOfEveryAreaRoundTrips() {
        assertRoundTrip(CommKeys.BEAMLINE_COMM, "XF:17IDB-ES:AMX{Comm}");
        assertRoundTrip(CommKeys.DET_RADIUS, 155.5);
        assertRoundTrip(CameraKeys.LOW_MAG_PIX_X, 1224);
        assertRoundTrip(CameraKeys.OMEGA_MONITOR_PV, "RBV");
        assertRoundTrip(SampleHandlingKeys.QUEUE_COLLECT, true);
        assertRoundTrip(SampleHandlingKeys.DEWAR_PLATE_MAP, new Document("0", List.of(10, -10)));
        assertRoundTrip(RequestDefaultKeys.SCREEN_DEFAULT_ENERGY, 13500.0);
        assertRoundTrip(RasterKeys.RASTER_DOZOR_SPOT_LEVEL, 8);
        assertRoundTrip(ProcessingNodeKeys.SPOT_NODE_3, "xf17id2-srv3");
        assertRoundTrip(VisitKeys.VISIT_DIRECTORY, "/nsls2/data/amx/proposals/2025-1/pass-311234");
        assertRoundTrip(AccessKeys.STAFF_USERS, List.of("jjakoncic", "skinner"));
        assertRoundTrip(AccessKeys.CONTROL_MASTER_TIMEOUT, 600);
        assertRoundTrip(org.lsdcfx.conftrak.key.BeamlineStateKeys.MOUNTED_SAMPLE, new MountedSample(2, 15, "s-uid"));
        assertRoundTrip(org.lsdcfx.conftrak.key.BeamlineStateKeys.RASTER_SCORE_FLAG, RasterScoreType.INTENSITY);
        assertRoundTrip(org.lsdcfx.conftrak.key.BeamlineStateKeys.CURRENT_REQUEST_ID, "r-uid");
    }

    private <T> void assertRoundTrip(ConfigKey<T> key, T value) {
        assertEquals(1, conftrak.set(key, value, "staff"));
        Conftrak fresh = new Conftrak(mongo.connection(), java.time.Clock.systemUTC(), "amx");
        assertEquals(value, fresh.get(key), key.name());
        assertEquals(new Setting<>(key, value, 1, true), fresh.setting(key));
    }

    @Test
    void outOfRangeValueIsRefusedAndNothingIsWritten() {
        conftrak.set(RequestDefaultKeys.STD_TRANS, 0.5, "alice");
        InvalidConfigValueException e = assertThrows(InvalidConfigValueException.class,
                () -> conftrak.set(RequestDefaultKeys.STD_TRANS, 1.2, "bob"));
        assertEquals("stdTrans must be between 0 and 1, got 1.2", e.getMessage());
        assertEquals(0.5, conftrak.get(RequestDefaultKeys.STD_TRANS));
        assertEquals(1, conftrak.history("stdTrans").size());

        assertThrows(InvalidConfigValueException.class, () -> conftrak.set(CameraKeys.MAG1_VIEW_ANGLE, 3, "bob"));
        assertThrows(InvalidConfigValueException.class, () -> conftrak.set(CommKeys.SCANNER_TYPE, "Fancy", "bob"));
        assertFalse(conftrak.isStored("mag1ViewAngle"));
        assertFalse(conftrak.isStored("scannerType"));
        assertEquals(1, revisions.countDocuments(), "only alice's change is in the history");
    }

    @Test
    void wrongTypeThroughTheRawAndTextPathsIsRefusedAndNothingIsWritten() {
        InvalidConfigValueException e = assertThrows(InvalidConfigValueException.class,
                () -> conftrak.setRaw("queueCollect", "yes please", "bob"));
        assertEquals("queueCollect expects a flag (true/false), got String 'yes please'", e.getMessage());
        e = assertThrows(InvalidConfigValueException.class, () -> conftrak.setText("screen_default_dist", "far", "bob"));
        assertEquals("screen_default_dist expects a number, got 'far'", e.getMessage());
        assertThrows(InvalidConfigValueException.class, () -> conftrak.setRaw("detRadius", List.of(1.0), "bob"));
        assertThrows(InvalidConfigValueException.class, () -> conftrak.setRaw("mountedSample", "A1", "bob"));
        assertThrows(IllegalArgumentException.class, () -> conftrak.set(CommKeys.DET_RADIUS, 100.0, " "));
        assertEquals(0, configuration.countDocuments());
        assertEquals(0, revisions.countDocuments());

        assertEquals(1, conftrak.setText("screen_default_dist", " 250 ", "bob"));
        assertEquals(250.0, conftrak.get(RequestDefaultKeys.SCREEN_DEFAULT_DIST));
        conftrak.setRaw("queueCollect", 1, "bob"); // LSDC's own spelling of "on"
        assertTrue(conftrak.get(SampleHandlingKeys.QUEUE_COLLECT));
    }

    @Test
    void unknownKeysAreStoredAndReadRaw() {
        conftrak.setRaw("gridRasterStepX", 12.5, "staff");
        conftrak.setText("siteNote", "hutch B closed", "staff");
        assertEquals(Optional.of(12.5), conftrak.getRaw("gridRasterStepX"));
        assertEquals(Optional.of("hutch B closed"), conftrak.getRaw("siteNote"));
        assertEquals(Optional.empty(), conftrak.getRaw("neverSet"));
        assertThrows(InvalidConfigValueException.class, () -> conftrak.setRaw("a.b", 1, "staff"));
        assertThrows(InvalidConfigValueException.class, () -> conftrak.setRaw("$where", 1, "staff"));
        InvalidConfigValueException e = assertThrows(InvalidConfigValueException.class,
                () -> conftrak.setRaw("siteObject", new Object(), "staff"));
        assertEquals("siteObject must be text, a number, a flag, a list or a document, got Object", e.getMessage());
        assertFalse(conftrak.isStored("siteObject"));
        assertTrue(ConfigKeys.byName("gridRasterStepX").isEmpty());
    }

    @Test
    void unchangedValueWritesNoRevision() {
        assertEquals(1, conftrak.set(VisitKeys.VISIT_NAME, "mx311234-1", "daq"));
        assertEquals(1, conftrak.set(VisitKeys.VISIT_NAME, "mx311234-1", "daq"));
        assertEquals(2, conftrak.set(VisitKeys.VISIT_NAME, "mx311234-2", "daq"));
        assertEquals(2, conftrak.history(VisitKeys.VISIT_NAME).size());
    }

    @Test
    void unusableStoredValueFallsBackToTheDefault() {
        // written by some other tool: out of bounds and not a number
        configuration.insertOne(new Document("uid", "x1").append("time", 1.0).append("key", "beamline_info")
                .append("beamline_id", "amx").append("info_name", "stdTrans").append("info", new Document("val", 7.0)));
        configuration.insertOne(new Document("uid", "x2").append("time", 1.0).append("key", "beamline_info")
                .append("beamline_id", "amx").append("info_name", "detRadius").append("info", new Document("val", "big")));
        assertEquals(0.1, conftrak.get(RequestDefaultKeys.STD_TRANS));
        assertEquals(116.0, conftrak.get(CommKeys.DET_RADIUS));
        assertEquals(Optional.of(7.0), conftrak.getRaw("stdTrans"), "the raw value is still visible");
        // and a valid set repairs it
        conftrak.set(RequestDefaultKeys.STD_TRANS, 0.2, "staff");
        assertEquals(0.2, conftrak.get(RequestDefaultKeys.STD_TRANS));
    }

    @Test
    void beamlinesAreSeparate() {
        Conftrak fmx = new Conftrak(mongo.connection(), java.time.Clock.systemUTC(), "fmx");
        conftrak.set(SampleHandlingKeys.PRIMARY_DEWAR_NAME, "primaryDewarAMX", "staff");
        fmx.set(SampleHandlingKeys.PRIMARY_DEWAR_NAME, "primaryDewarFMX", "staff");
        assertEquals("primaryDewarAMX", conftrak.get(SampleHandlingKeys.PRIMARY_DEWAR_NAME));
        assertEquals("primaryDewarFMX", fmx.get(SampleHandlingKeys.PRIMARY_DEWAR_NAME));
        assertEquals(1, conftrak.allParams().size());
    }

    @Test
    void staffUsersDecideWhoIsStaff() {
        assertFalse(conftrak.isStaff("alice"));
        conftrak.setText("staffUsers", "alice, bob", "root");
        assertTrue(conftrak.isStaff("alice"));
        assertTrue(conftrak.isStaff("bob"));
        assertFalse(conftrak.isStaff("carol"));
        assertFalse(conftrak.isStaff(null));
        assertEquals(Optional.of("alice,bob"), conftrak.getRaw("staffUsers"));
    }

    @Test
    void structuredEntriesHaveTheirOwnSetters() {
        conftrak.setMountedSample(new MountedSample(3, 7, "sample-1"), "daq");
        conftrak.setRasterScoreFlag(RasterScoreType.RESOLUTION, "gui");
        conftrak.setCurrentSampleId("sample-1", "daq");
        conftrak.setCurrentRequestId("request-9", "daq");
        assertEquals(new MountedSample(3, 7, "sample-1"), conftrak.mountedSample());
        assertTrue(conftrak.mountedSample().isMounted());
        assertEquals(RasterScoreType.RESOLUTION, conftrak.rasterScoreFlag());
        assertEquals(Optional.of("sample-1"), conftrak.currentSampleId());
        assertEquals(Optional.of("request-9"), conftrak.currentRequestId());
        conftrak.setMountedSample(MountedSample.NONE, "daq");
        assertFalse(conftrak.mountedSample().isMounted());
        assertThrows(InvalidConfigValueException.class, () -> conftrak.setText("rasterScoreFlag", "5", "gui"));
        assertThrows(IllegalArgumentException.class, () -> new MountedSample(-1, 0, "x"));
    }

    @Test
    void storeDefaultsFillsOnlyTheGaps() {
        conftrak.set(RequestDefaultKeys.STD_TRANS, 0.3, "staff");
        List<String> written = conftrak.storeDefaults("launcher");
        assertEquals(ConfigKeys.all().size() - 1, written.size());
        assertFalse(written.contains("stdTrans"));
        assertEquals(0.3, conftrak.get(RequestDefaultKeys.STD_TRANS));
        assertEquals(ConfigKeys.all().size(), conftrak.allParams().size());
        assertEquals(List.of(), conftrak.storeDefaults("launcher"), "second run writes nothing");
    }
}
