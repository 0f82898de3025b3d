package org.lsdcfx.gui.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.lsdcfx.conftrak.ScreenDefaults;
import org.lsdcfx.gui.model.BeamSize;
import org.lsdcfx.gui.model.BeamlineLimits;
import org.lsdcfx.gui.model.ProtocolDefaults;
import org.lsdcfx.mxtools.profile.SimProfile;

class RequestValidatorTest {
    static final BeamlineLimits LIMITS = BeamlineLimits.of(SimProfile.load(), 116);
    static final String VISIT = "/data/visit";
    static final ProtocolDefaults PROTOCOL_DEFAULTS = new ProtocolDefaults(0.1, 0.02, 0.1, 5, 1, 10);
    private final RequestValidator validator = new RequestValidator(LIMITS);

    /** The beamline defaults with the resolution that goes with them. */
    static FormValues defaults() {
        FormValues v = RequestObjMapper.fromDefaults(ScreenDefaults.defaults(), new BeamSize(30, 30), null);
        return v.with(FieldId.RESOLUTION, "2.67");
    }

    @Test
    void theSimProfileGivesTheLimits() {
        assertEquals(100, LIMITS.minDistance());
        assertEquals(1000, LIMITS.maxDistance());
        assertEquals(5000, LIMITS.minEnergy());
        assertEquals(18000, LIMITS.maxEnergy());
        assertEquals(1 / 238.0, LIMITS.minExposure(), 1e-12, "the detector's frame time");
    }

    @Test
    void defaultsAreValid() {
        Validation v = validator.validate(defaults(), VISIT);
        assertTrue(v.valid(), v.reason());
    }

    @Test
    void exposureAboveTheLimitIsNamedWithTheLimit() {
        Validation v = validator.validate(defaults().with(FieldId.EXPOSURE, "20"), VISIT);
        assertFalse(v.valid());
        assertEquals("Exposure time 20 s is above the beamline limit of 10 s", v.errors().get(FieldId.EXPOSURE));
    }

    @Test
    void textWhereANumberBelongsIsRefused() {
        Validation v = validator.validate(defaults().with(FieldId.DISTANCE, "far"), VISIT);
        assertEquals("Detector distance 'far' is not a number", v.errors().get(FieldId.DISTANCE));
    }

    @Test
    void aResolutionNeedingADistanceOutsideTheLimitsIsRefused() {
        // 1.0 Å at 12.66 keV would need the detector at ~56 mm, below the 100 mm limit
        Validation v = validator.validate(defaults().with(FieldId.RESOLUTION, "1.0"), VISIT);
        assertTrue(v.errors().get(FieldId.RESOLUTION).contains("needs a detector distance of"), v.reason());
        Validation unreachable = validator.validate(defaults().with(FieldId.RESOLUTION, "0.3"), VISIT);
        assertTrue(unreachable.errors().get(FieldId.RESOLUTION).contains("cannot be reached"));
    }

    @Test
    void stillsCountImagesAndTotalExposureIsChecked() {
        FormValues stills = defaults().with(FieldId.WIDTH, "0").with(FieldId.RANGE, "10");
        assertTrue(validator.validate(stills, VISIT).valid());
        assertEquals(10, stills.images().orElseThrow());
        assertFalse(validator.validate(stills.with(FieldId.RANGE, "2.5"), VISIT).valid(), "a fraction of an image");
        // 3600 images x 0.1 s = 360 s > 300 s
        FormValues longSweep = defaults().with(FieldId.WIDTH, "0.1").with(FieldId.RANGE, "360").with(FieldId.EXPOSURE, "0.1");
        Validation v = validator.validate(longSweep, VISIT);
        assertTrue(v.errors().get(FieldId.TOTAL_EXPOSURE).startsWith("Total exposure 360 s is above the limit of 300 s"));
    }

    @Test
    void prefixFollowsLsdcRules() {
        assertNull(validator.validate(defaults().with(FieldId.PREFIX, "lyso_01-a"), VISIT).errors().get(FieldId.PREFIX));
        assertFalse(validator.validate(defaults().with(FieldId.PREFIX, "../etc"), VISIT).valid());
        assertFalse(validator.validate(defaults().with(FieldId.PREFIX, "x".repeat(26)), VISIT).valid());
        assertTrue(validator.validate(defaults().with(FieldId.PREFIX, ""), VISIT).valid(), "empty means the sample name");
    }

    @Test
    void vectorNeedsFiveDegrees() {
        FormValues v = RequestObjMapper.forProtocol(defaults(), Protocols.VECTOR, PROTOCOL_DEFAULTS)
                .with(FieldId.RANGE, "2");
        assertTrue(validator.validate(v, VISIT).errors().get(FieldId.RANGE).contains("at least 5"));
    }

    @Test
    void withoutAVisitDirectoryNothingCanBeAdded() {
        Validation v = validator.validate(defaults(), " ");
        assertFalse(v.valid());
        assertTrue(v.reason().startsWith("No visit directory is set"));
    }

    @Test
    void theReasonCountsFurtherProblems() {
        Validation v = validator.validate(defaults().with(FieldId.EXPOSURE, "-1").with(FieldId.TRANSMISSION, "2"), VISIT);
        assertEquals(2, v.errors().size());
        assertTrue(v.reason().endsWith("(and 1 more problem)"), v.reason());
    }
}
