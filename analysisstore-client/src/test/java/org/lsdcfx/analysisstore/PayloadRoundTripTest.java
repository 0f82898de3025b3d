package org.lsdcfx.analysisstore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lsdcfx.analysisstore.payload.ChoochResult;
import org.lsdcfx.analysisstore.payload.EScanResult;
import org.lsdcfx.analysisstore.payload.PayloadFormatException;
import org.lsdcfx.analysisstore.payload.PayloadType;
import org.lsdcfx.analysisstore.payload.ProcessingSummary;
import org.lsdcfx.analysisstore.payload.RasterCell;
import org.lsdcfx.analysisstore.payload.RasterResult;
import org.lsdcfx.analysisstore.payload.ResultPayload;
import org.lsdcfx.analysisstore.payload.ResultTypes;
import org.lsdcfx.analysisstore.payload.UnitCell;
import org.lsdcfx.store.test.EmbeddedMongo;

/** Every typed payload goes into the store over the wire and comes back equal; LSDC field names are kept. */
class PayloadRoundTripTest {
    @RegisterExtension
    static EmbeddedMongo mongo = new EmbeddedMongo();

    private AnalysisStore store;
    private final ResultContext ctx = ResultContext.forRequest("jdoe", "sample-1", "request-1", 311234);

    @BeforeEach
    void setUp() {
        store = new AnalysisStore(mongo.connection(), Clock.systemUTC(), "amx");
        store.createIndexes();
    }

    private <P extends ResultPayload> P roundTrip(PayloadType<P> type, P payload) {
        Result stored = store.create(ctx, type, payload);
        AnalysisStore other = new AnalysisStore(mongo.connection(), Clock.systemUTC(), "amx");
        Result read = other.get(stored.uid());
        assertEquals(type.resultType(), read.resultType());
        P back = read.payload(type);
        assertEquals(payload, back, type.resultType());
        return back;
    }

    @Test
    void everyTypedPayloadRoundTrips() {
        roundTrip(ResultTypes.RASTER_RESULT, Payloads.raster3x2());
        roundTrip(ResultTypes.CHOOCH_RESULT, Payloads.chooch(true));
        assertNull(roundTrip(ResultTypes.CHOOCH_RESULT, Payloads.chooch(false)).remote());
        roundTrip(ResultTypes.MX_EXP_PARAMS, Payloads.expParams());
        roundTrip(ResultTypes.CHARACTERIZATION_STRATEGY, Payloads.strategy());
        roundTrip(ResultTypes.SNAPSHOT_RESULT, Payloads.snapshot());
        roundTrip(ResultTypes.RASTER_JPEG, Payloads.snapshot());
        roundTrip(ResultTypes.E_SCAN_RESULT, Payloads.eScan());
        roundTrip(ResultTypes.FAST_DP, Payloads.fastDp());
        assertNull(roundTrip(ResultTypes.XRF_SPECTRUM, Payloads.xrf()).elements().get(0).lines().get(1).observedEnergy());
        ProcessingSummary failed = roundTrip(ResultTypes.PROCESSING, ProcessingSummary.failed("xia2", "/data/xia2.txt"));
        assertFalse(failed.succeeded());
        assertNull(failed.unitCell());
        assertEquals(ResultTypes.all().size(), store.forRequest("request-1").size() - 1, "one of each, chooch twice");
    }

    @Test
    void storedDocumentsUseLsdcFieldNames() {
        Document chooch = store.create(ctx, ResultTypes.CHOOCH_RESULT, Payloads.chooch(false)).resultObj();
        for (String f : List.of("infl", "peak", "fprime_infl", "f2prime_infl", "fprime_peak", "f2prime_peak",
                "choochOutXAxis", "choochOutY1Axis", "choochOutY2Axis", "choochInXAxis", "choochInYAxis")) {
            assertTrue(chooch.containsKey(f), f);
        }
        assertFalse(chooch.containsKey("remote"), "no remote energy: the fields are absent, not null");
        Document cell = Payloads.raster3x2().toDocument().getList("cells", Document.class).get(1);
        assertEquals("cellMap_1", cell.getString("cellMapKey"));
        assertEquals(80, cell.get("spot_count"));
        assertEquals(75, cell.get("spot_count_no_ice"));
        assertEquals(1.8, cell.get("d_min"));
        assertEquals(9000.0, cell.get("total_intensity"));
    }

    @Test
    void rasterBestCellsByEachScore() {
        RasterResult r = Payloads.raster3x2();
        assertEquals(1, r.bestBySpotCount().orElseThrow().index());
        assertEquals(4, r.bestByResolution().orElseThrow().index(), "d_min 0 (no diffraction) is skipped");
        assertEquals(2, r.bestByIntensity().orElseThrow().index());
        assertEquals("cellMap_4", r.bestByResolution().orElseThrow().cellMapKey());
    }

    @Test
    void newerRasterFormatIsRefusedButStaysReadableRaw() {
        Document future = Payloads.raster3x2().toDocument().append("format_version", 2).append("heatmap", "v2 field");
        Result r = store.create(ResultTypes.RASTER_RESULT.resultType(), ctx, future);
        PayloadFormatException e = assertThrows(PayloadFormatException.class, () -> r.payload(ResultTypes.RASTER_RESULT));
        assertEquals("rasterResult: raster result format version 2 is not supported by this reader (it knows version 1);"
                + " read it raw", e.getMessage());
        assertEquals("v2 field", store.get(r.uid()).resultObj().getString("heatmap"));

        // an LSDC-era raster result (dozor cell list, no format marker)
        Result lsdc = store.create("rasterResult", ctx, Document.parse(
                "{'rasterCellResults': {'type': 'dozorRasterResult', 'resultObj': [{'spot_count': 3}]}}"));
        assertThrows(PayloadFormatException.class, () -> lsdc.payload(ResultTypes.RASTER_RESULT));
        assertEquals("dozorRasterResult",
                lsdc.resultObj().get("rasterCellResults", Document.class).getString("type"));
    }

    @Test
    void payloadsReadPythonStyleNumbersButRefuseMissingFields() {
        Document fromPython = Payloads.eScan().toDocument().append("energies", List.of(12640, 12641, 12642));
        assertEquals(List.of(12640.0, 12641.0, 12642.0), EScanResult.fromDocument(fromPython).energies());
        Document broken = Payloads.chooch(false).toDocument();
        broken.remove("peak");
        PayloadFormatException e = assertThrows(PayloadFormatException.class,
                () -> ResultTypes.CHOOCH_RESULT.read(broken));
        assertTrue(e.getMessage().startsWith("choochResult: result_obj field 'peak' should be a number, found nothing"),
                e.getMessage());
    }

    @Test
    void invalidPayloadsCannotBeBuilt() {
        assertThrows(IllegalArgumentException.class, () -> new EScanResult("Se", "K", List.of(1.0), List.of(), ""));
        assertThrows(IllegalArgumentException.class, () -> new RasterResult("r", 1, 1, List.of(
                Payloads.raster3x2().cells().get(0), Payloads.raster3x2().cells().get(1))));
        assertThrows(IllegalArgumentException.class, () -> new UnitCell(10, 10, 10, 90, 90, 180));
        assertThrows(IllegalArgumentException.class, () -> new ProcessingSummary("fast_dp", "ok", null, null, null,
                null, null, null, null, ""));
        assertThrows(IllegalArgumentException.class, () -> new ChoochResult.Curves(List.of(1.0), List.of(), List.of(1.0),
                List.of(), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new RasterCell(-1, 0, 0,
                new RasterCell.Position(0, 0, 0, 0), "f", 1, new RasterCell.Scores(0, 0, 0, 0)));
    }
}
