package org.lsdcfx.mxtools.profile;

import java.util.List;

/**
 * LSDC descriptor names the device layer looks up in a profile. Motor descriptors key
 * {@link BeamlineProfile#motors()}; control-PV descriptors key {@link BeamlineProfile#pvs()}.
 * Every profile must define all of {@link #REQUIRED_MOTORS} and {@link #REQUIRED_PVS}.
 */
public final class Descriptors {
    // Motors (LSDC motor descriptors).
    public static final String OMEGA = "omega";
    public static final String SAMPLE_X = "sampleX";
    public static final String SAMPLE_Y = "sampleY";
    public static final String SAMPLE_Z = "sampleZ";
    public static final String FINE_X = "fineX";
    public static final String FINE_Y = "fineY";
    public static final String FINE_Z = "fineZ";
    public static final String DETECTOR_DIST = "detectorDist";
    public static final String ENERGY = "energy";

    // Fast shutter: command (0 close, 1 open) and readback.
    public static final String FAST_SHUTTER = "fastShutter";
    public static final String FAST_SHUTTER_STATE = "fastShutterState";

    // Attenuator (LSDC's BCU descriptors): set-point 0..1, go, done flag, readback.
    public static final String TRANSMISSION_SET = "transmissionSet";
    public static final String TRANSMISSION_GO = "transmissionGo";
    public static final String TRANSMISSION_DONE = "transmissionDone";
    public static final String TRANSMISSION_RBV = "transmissionRBV";

    // Beam.
    public static final String BEAM_AVAILABLE = "beamAvailable";
    public static final String RING_CURRENT = "ringCurrent";
    public static final String FLUX = "flux";

    // Fluorescence detector (Mercury MCA).
    public static final String MCA_ROI_LO = "mcaRoiLo";
    public static final String MCA_ROI_HI = "mcaRoiHi";
    public static final String MERCURY_PRESET_REAL = "mercuryPresetReal";
    public static final String MERCURY_ERASE_START = "mercuryEraseStart";
    public static final String MERCURY_ACQUIRING = "mercuryAcquiring";
    public static final String MERCURY_ROI_COUNTS = "mercuryRoiCounts";
    public static final String MERCURY_SPECTRUM = "mercurySpectrum";

    // Robot.
    public static final String ROBOT_PUCK = "robotPuck";
    public static final String ROBOT_PIN = "robotPin";
    public static final String ROBOT_SAMPLE = "robotSample";
    public static final String ROBOT_MOUNT = "robotMount";
    public static final String ROBOT_UNMOUNT = "robotUnmount";
    public static final String ROBOT_ABORT = "robotAbort";
    public static final String ROBOT_BUSY = "robotBusy";
    public static final String ROBOT_STATUS = "robotStatus";
    public static final String ROBOT_ERROR = "robotError";
    public static final String ROBOT_MOUNTED_PUCK = "robotMountedPuck";
    public static final String ROBOT_MOUNTED_PIN = "robotMountedPin";
    public static final String ROBOT_MOUNTED_SAMPLE = "robotMountedSample";

    // Cameras (keys of BeamlineProfile.cameras()).
    public static final String LOW_MAG_CAMERA = "lowMag";
    public static final String HIGH_MAG_CAMERA = "highMag";

    public static final List<String> REQUIRED_MOTORS = List.of(
            OMEGA, SAMPLE_X, SAMPLE_Y, SAMPLE_Z, FINE_X, FINE_Y, FINE_Z, DETECTOR_DIST, ENERGY);

    public static final List<String> REQUIRED_PVS = List.of(
            FAST_SHUTTER, FAST_SHUTTER_STATE,
            TRANSMISSION_SET, TRANSMISSION_GO, TRANSMISSION_DONE, TRANSMISSION_RBV,
            BEAM_AVAILABLE, RING_CURRENT, FLUX,
            MCA_ROI_LO, MCA_ROI_HI, MERCURY_PRESET_REAL, MERCURY_ERASE_START, MERCURY_ACQUIRING,
            MERCURY_ROI_COUNTS, MERCURY_SPECTRUM,
            ROBOT_PUCK, ROBOT_PIN, ROBOT_SAMPLE, ROBOT_MOUNT, ROBOT_UNMOUNT, ROBOT_ABORT, ROBOT_BUSY,
            ROBOT_STATUS, ROBOT_ERROR, ROBOT_MOUNTED_PUCK, ROBOT_MOUNTED_PIN, ROBOT_MOUNTED_SAMPLE);

    public static final List<String> REQUIRED_CAMERAS = List.of(LOW_MAG_CAMERA, HIGH_MAG_CAMERA);

    private Descriptors() {
    }
}
