package org.lsdcfx.conftrak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.lsdcfx.conftrak.key.AccessKeys;
import org.lsdcfx.conftrak.key.BeamlineStateKeys;
import org.lsdcfx.conftrak.key.CommKeys;
import org.lsdcfx.conftrak.key.ConfigArea;
import org.lsdcfx.conftrak.key.ConfigKey;
import org.lsdcfx.conftrak.key.ConfigKeys;
import org.lsdcfx.conftrak.key.InvalidConfigValueException;
import org.lsdcfx.conftrak.key.RasterKeys;
import org.lsdcfx.conftrak.key.RequestDefaultKeys;
import org.lsdcfx.conftrak.key.SampleHandlingKeys;
import org.lsdcfx.conftrak.key.ValueTypes;
import org.lsdcfx.conftrak.key.VisitKeys;
import org.lsdcfx.conftrak.model.MountedSample;
import org.lsdcfx.conftrak.model.RasterScoreType;

/** The catalogue itself: complete against LSDC-REFERENCE §5.2, consistent, with the simulated beamline's defaults. */
class ConfigKeysTest {
    /** Every key named in LSDC-REFERENCE §5.2 (gridRaster* excepted: FMX plates, read raw). */
    private static final List<String> LSDC_KEYS = List.of(
            "beamlineComm", "gonioPvPrefix", "detector_id", "detector_type", "detRadius", "detector_offline",
            "detectorObjectType", "mono_mot_code", "has_beamline", "has_edna", "has_xtalview", "scannerType",
            "attenType", "HePath", "cryostream_online", "exporterEnabled", "unitScaling", "beamstop_x_pvname",
            "beamstop_y_pvname",
            "lowMagCamURL", "highMagCamURL", "lowMagZoomCamURL", "highMagZoomCamURL", "hutchTopCamURL",
            "hutchCornerCamURL", "xtal_url", "xtal_url_small", "lowMagFOVx", "lowMagFOVy", "highMagFOVx", "highMagFOVy",
            "lowMagPixX", "lowMagPixY", "highMagPixX", "highMagPixY", "screenPixX", "screenPixY", "sampleCameraCount",
            "mag1ViewAngle", "mag2ViewAngle", "mag3ViewAngle", "mag4ViewAngle", "camera_offset", "defaultOverlayColor",
            "lowMagGain", "lowMagGainDA", "lowMagExptime", "lowMagExptimeDA", "omegaMonitorPV",
            "primaryDewarName", "dewarPlateMap", "robot_online", "mountEnabled", "robotWarmupInterval", "topViewCheck",
            "unmountColdCheck", "onMountOption", "sampYAdjust", "queueCollect", "beamCheck", "autoRasterDelay",
            "screen_default_protocol", "screen_default_phist", "screen_default_phi_end", "screen_default_width",
            "screen_default_dist", "screen_default_time", "screen_default_reso", "screen_default_wave",
            "screen_default_energy", "screen_default_beamWidth", "screen_default_beamHeight", "stdTrans",
            "burnDefaultTime", "burnDefaultTrans", "burnDefaultNumFrames", "rasterDefaultWidth", "rasterDefaultTime",
            "rasterDefaultTrans", "rasterDefaultMinSpotSize", "data_path",
            "rasterProcessFlag", "vertRasterOn", "rasterDozorSpotLevel", "rasterTuneLowRes", "rasterTuneHighRes",
            "rasterTuneIceRingFlag", "rasterTuneResoFlag", "rasterTuneIceRingWidth", "rasterThreshFlag",
            "rasterThreshKernSize", "rasterThreshSigBckrnd", "rasterThreshSigStrong", "rasterNumCellsThresholdDelay",
            "rasterShortSnapshotDelay", "rasterLongSnapshotDelay", "rasterPostSnapshotDelay", "rasterGuiXrecFillDelay",
            "spotNode1", "spotNode2", "spotNode3", "spotNode4", "spotNode5", "spotNode6", "spotNode7", "spotNode8",
            "fastDPNode1", "fastDPNode2", "fastDPNode3", "fastDPNode4", "dimpleNode", "dimpleComm", "dialsComm",
            "cbfComm", "SynchWebSpotNode", "hostnameBase", "adxvNode",
            "visitDirectory", "visitName", "proposal", "user", "ispybResultEntryDelay", "setEnergyCheck",
            "mountedSample", "rasterScoreFlag", "currentSampleID", "currentRequestID");

    @Test
    void everyLsdcKeyIsCatalogued() {
        List<String> missing = new ArrayList<>();
        for (String name : LSDC_KEYS) {
            if (ConfigKeys.byName(name).isEmpty()) {
                missing.add(name);
            }
        }
        assertEquals(List.of(), missing);
        assertTrue(ConfigKeys.byName("staffUsers").isPresent());
        assertTrue(ConfigKeys.byName("controlMasterTimeout").isPresent());
        assertTrue(ConfigKeys.byName("noSuchKey").isEmpty());
    }

    @Test
    void everyAreaHasKeysAndEveryKeyItsArea() {
        for (ConfigArea area : ConfigArea.values()) {
            assertFalse(ConfigKeys.inArea(area).isEmpty(), area.label());
        }
        Set<String> names = ConfigKeys.all().stream().map(ConfigKey::name).collect(Collectors.toSet());
        assertEquals(ConfigKeys.all().size(), names.size(), "names are unique");
    }

    @Test
    void everyDefaultPassesItsOwnValidationAndRoundTripsThroughText() {
        for (ConfigKey<?> key : ConfigKeys.all()) {
            assertTextRoundTrip(key);
        }
    }

    private static <T> void assertTextRoundTrip(ConfigKey<T> key) {
        key.validate(key.defaultValue());
        assertEquals(key.defaultValue(), key.acceptText(key.type().format(key.defaultValue())), key.name());
        assertEquals(key.defaultValue(), key.type().decode(key.name(), key.type().encode(key.defaultValue())), key.name());
    }

    @Test
    void simulatedBeamlineDefaults() {
        assertEquals("SIM{Comm}", CommKeys.BEAMLINE_COMM.defaultValue());
        assertEquals("primaryDewar", SampleHandlingKeys.PRIMARY_DEWAR_NAME.defaultValue());
        assertFalse(SampleHandlingKeys.QUEUE_COLLECT.defaultValue());
        assertTrue(SampleHandlingKeys.BEAM_CHECK.defaultValue());
        assertTrue(SampleHandlingKeys.UNMOUNT_COLD_CHECK.defaultValue());
        assertTrue(SampleHandlingKeys.ROBOT_ONLINE.defaultValue());
        assertTrue(SampleHandlingKeys.MOUNT_ENABLED.defaultValue());
        assertEquals(RasterScoreType.SPOT_COUNT, BeamlineStateKeys.RASTER_SCORE_FLAG.defaultValue());
        assertEquals(MountedSample.NONE, BeamlineStateKeys.MOUNTED_SAMPLE.defaultValue());
        assertEquals(0.1, RequestDefaultKeys.SCREEN_DEFAULT_WIDTH.defaultValue());
        assertEquals(0.02, RequestDefaultKeys.SCREEN_DEFAULT_TIME.defaultValue());
        assertEquals(300.0, RequestDefaultKeys.SCREEN_DEFAULT_DIST.defaultValue());
        assertEquals(12660.0, RequestDefaultKeys.SCREEN_DEFAULT_ENERGY.defaultValue());
        assertEquals(0.0, RequestDefaultKeys.SCREEN_DEFAULT_PHIST.defaultValue());
        assertEquals(180.0, RequestDefaultKeys.SCREEN_DEFAULT_PHI_END.defaultValue());
        assertEquals(0.1, RequestDefaultKeys.STD_TRANS.defaultValue());
        assertEquals(116.0, CommKeys.DET_RADIUS.defaultValue());
        assertEquals("", VisitKeys.VISIT_DIRECTORY.defaultValue());
        assertEquals(List.of(), AccessKeys.STAFF_USERS.defaultValue());
        // energy and wavelength defaults agree (E[eV] * λ[Å] = 12398.42)
        assertEquals(12398.42 / 12660.0, RequestDefaultKeys.SCREEN_DEFAULT_WAVE.defaultValue(), 1e-4);
    }

    @Test
    void boundsChoicesAndTypesAreEnforcedWithAMessageNamingTheKey() {
        InvalidConfigValueException e = assertThrows(InvalidConfigValueException.class,
                () -> RequestDefaultKeys.STD_TRANS.validate(1.5));
        assertEquals("stdTrans", e.key());
        assertEquals("stdTrans must be between 0 and 1, got 1.5", e.getMessage());
        e = assertThrows(InvalidConfigValueException.class, () -> CommKeys.ATTEN_TYPE.validate("XYZ"));
        assertTrue(e.getMessage().contains("[RI, BCU]"), e.getMessage());
        e = assertThrows(InvalidConfigValueException.class, () -> RasterKeys.RASTER_DOZOR_SPOT_LEVEL.accept(5.5));
        assertTrue(e.getMessage().contains("whole number"), e.getMessage());
        e = assertThrows(InvalidConfigValueException.class, () -> RequestDefaultKeys.SCREEN_DEFAULT_DIST.accept("300"));
        assertEquals("screen_default_dist expects a number, got String '300'", e.getMessage());
        assertThrows(InvalidConfigValueException.class, () -> SampleHandlingKeys.BEAM_CHECK.accept(2));
        assertThrows(InvalidConfigValueException.class, () -> RequestDefaultKeys.STD_TRANS.acceptText("NaN"));
        assertThrows(InvalidConfigValueException.class, () -> AccessKeys.STAFF_USERS.accept(List.of("a,b")));
        assertEquals(List.of("alice", "bob"), AccessKeys.STAFF_USERS.acceptText(" alice, ,bob "));
        assertTrue(SampleHandlingKeys.BEAM_CHECK.acceptText("1"));
        assertEquals(ValueTypes.FLAG, SampleHandlingKeys.BEAM_CHECK.type());
    }
}
