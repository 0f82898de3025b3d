package org.lsdcfx.gui.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lsdcfx.amostra.RequestKeys;
import org.lsdcfx.amostra.RequestObj;
import org.lsdcfx.gui.model.BeamSize;
import org.lsdcfx.gui.model.RequestDraft;

class RequestObjMapperTest {
    private static final List<BeamSize> SIZES = List.of(new BeamSize(10, 10), new BeamSize(30, 30));

    @Test
    void theDraftUsesLsdcNamesAndUnits() {
        RequestDraft d = RequestObjMapper.toDraft(RequestValidatorTest.defaults().with(FieldId.START, "10")
                .with(FieldId.RANGE, "90").with(FieldId.PREFIX, "lyso"));
        Map<String, Object> m = d.values();
        assertEquals("standard", m.get(RequestKeys.PROTOCOL));
        assertEquals(10.0, m.get(RequestKeys.SWEEP_START));
        assertEquals(100.0, m.get(RequestKeys.SWEEP_END));
        assertEquals(0.1, m.get(RequestKeys.IMG_WIDTH));
        assertEquals(300.0, m.get(RequestKeys.DET_DIST));
        assertEquals(12398.42 / 12660, (double) m.get(RequestKeys.WAVELENGTH), 1e-9, "wavelength follows the energy");
        assertEquals(30.0, m.get(RequestKeys.SLIT_WIDTH));
        assertEquals("lyso", d.filePrefix());
        assertEquals(1, d.fileNumberStart());
    }

    @Test
    void stillsKeepTheImageCountInTheSweepAsLsdcDoes() {
        RequestDraft d = RequestObjMapper.toDraft(RequestValidatorTest.defaults().with(FieldId.WIDTH, "0")
                .with(FieldId.START, "5").with(FieldId.RANGE, "25"));
        assertEquals(0.0, d.values().get(RequestKeys.IMG_WIDTH));
        assertEquals(30.0, d.values().get(RequestKeys.SWEEP_END));
        assertEquals(false, d.values().get(RequestKeys.FAST_DP), "stills are never auto-processed");
    }

    @Test
    void processingNeedsFiveDegreesOfRotation() {
        FormValues v = RequestValidatorTest.defaults();
        FormValues wantsProcessing = new FormValues(v.protocol(), v.text(), v.beam(), v.centering(), true, false, true,
                false, v.element(), v.edge(), v.spaceGroup(), v.anomalous());
        assertEquals(true, RequestObjMapper.toDraft(wantsProcessing).values().get(RequestKeys.FAST_DP));
        assertEquals(false, RequestObjMapper.toDraft(wantsProcessing.with(FieldId.RANGE, "4")).values().get(RequestKeys.FAST_DP));
    }

    @Test
    void aStoredRequestLoadsBackIntoTheSameDraft() {
        FormValues v = RequestValidatorTest.defaults().with(FieldId.EXPOSURE, "0.05").with(FieldId.PREFIX, "abc")
                .with(FieldId.FILE_NUMBER, "7");
        RequestDraft d = RequestObjMapper.toDraft(v);
        RequestObj stored = RequestObj.builder().protocol("standard").set(RequestKeys.FILE_PREFIX, "abc")
                .set(RequestKeys.FILE_NUMBER_START, 7).build().withAll(d.values());
        FormValues back = RequestObjMapper.fromRequest(stored, RequestValidatorTest.defaults(), SIZES);
        assertEquals(d, RequestObjMapper.toDraft(back));
        assertEquals(SIZES.get(1), back.beam(), "the stored slits pick the matching beam size");
    }

    @Test
    void onlyChangedKeysAreApplied() {
        FormValues v = RequestValidatorTest.defaults();
        RequestDraft base = RequestObjMapper.toDraft(v);
        Map<String, Object> changed = RequestObjMapper.changedKeys(RequestObjMapper.toDraft(v.with(FieldId.EXPOSURE, "0.5")), base);
        assertEquals(Map.of(RequestKeys.EXPOSURE_TIME, 0.5), changed);
        assertTrue(RequestObjMapper.changedKeys(base, base).isEmpty());
    }

    @Test
    void editedBlocksKeepKeysSetElsewhere() {
        RequestObj stored = RequestObj.builder().protocol("vector")
                .set(RequestKeys.VECTOR_PARAMS, Map.of("fpp", 1, "vecStart", Map.of("x", 1.0))).build();
        Map<String, Object> merged = RequestObjMapper.mergeInto(stored, Map.of(RequestKeys.VECTOR_PARAMS, Map.of("fpp", 4)));
        @SuppressWarnings("unchecked")
        Map<String, Object> block = (Map<String, Object>) merged.get(RequestKeys.VECTOR_PARAMS);
        assertEquals(4, block.get("fpp"));
        assertEquals(Map.of("x", 1.0), block.get("vecStart"), "the vector start set on the sample view is kept");
    }

    @Test
    void protocolChoiceLoadsItsDefaults() {
        FormValues burn = RequestObjMapper.forProtocol(RequestValidatorTest.defaults(), Protocols.BURN,
                RequestValidatorTest.PROTOCOL_DEFAULTS);
        assertTrue(burn.stills());
        assertEquals("10", burn.get(FieldId.RANGE));
        assertEquals("5", burn.get(FieldId.EXPOSURE));
        FormValues escan = RequestObjMapper.forProtocol(RequestValidatorTest.defaults(), Protocols.ESCAN,
                RequestValidatorTest.PROTOCOL_DEFAULTS);
        RequestDraft d = RequestObjMapper.toDraft(escan);
        assertEquals("Se", d.values().get(RequestKeys.ELEMENT));
        assertEquals(12.658, (double) d.values().get(RequestKeys.SCAN_ENERGY), 1e-9);
        assertFalse(d.values().containsKey(RequestKeys.DET_DIST), "an energy scan does not move the detector");
    }
}
