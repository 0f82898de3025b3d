package org.lsdcfx.conftrak.key;

import static org.lsdcfx.conftrak.key.ConfigArea.CAMERAS;
import static org.lsdcfx.conftrak.key.ConfigKey.integer;
import static org.lsdcfx.conftrak.key.ConfigKey.number;
import static org.lsdcfx.conftrak.key.ConfigKey.text;

import java.util.List;

/**
 * Sample and hutch cameras (LSDC-REFERENCE §5.2 "cameras"). Empty URLs mean "use the camera's PVA image PV"
 * (the simulated beamline serves its cameras over PVA). View angles: 0 in line with the beam, 1 above, 2 below.
 */
public final class CameraKeys {
    private CameraKeys() {
    }

    public static final ConfigKey<String> LOW_MAG_CAM_URL = url("lowMagCamURL", "Low-magnification sample camera");
    public static final ConfigKey<String> HIGH_MAG_CAM_URL = url("highMagCamURL", "High-magnification sample camera");
    public static final ConfigKey<String> LOW_MAG_ZOOM_CAM_URL = url("lowMagZoomCamURL", "Low-magnification digital zoom");
    public static final ConfigKey<String> HIGH_MAG_ZOOM_CAM_URL = url("highMagZoomCamURL", "High-magnification digital zoom");
    public static final ConfigKey<String> HUTCH_TOP_CAM_URL = url("hutchTopCamURL", "Hutch top-view camera");
    public static final ConfigKey<String> HUTCH_CORNER_CAM_URL = url("hutchCornerCamURL", "Hutch corner camera");
    public static final ConfigKey<String> XTAL_URL = url("xtal_url", "Crystal picture JPEG (full size)");
    public static final ConfigKey<String> XTAL_URL_SMALL = url("xtal_url_small", "Crystal picture JPEG (small)");

    public static final ConfigKey<Double> LOW_MAG_FOV_X = fov("lowMagFOVx", 1450, "Low-mag field of view, horizontal");
    public static final ConfigKey<Double> LOW_MAG_FOV_Y = fov("lowMagFOVy", 1160, "Low-mag field of view, vertical");
    public static final ConfigKey<Double> HIGH_MAG_FOV_X = fov("highMagFOVx", 380, "High-mag field of view, horizontal");
    public static final ConfigKey<Double> HIGH_MAG_FOV_Y = fov("highMagFOVy", 300, "High-mag field of view, vertical");
    public static final ConfigKey<Integer> LOW_MAG_PIX_X = pix("lowMagPixX", 640, "Low-mag image width");
    public static final ConfigKey<Integer> LOW_MAG_PIX_Y = pix("lowMagPixY", 512, "Low-mag image height");
    public static final ConfigKey<Integer> HIGH_MAG_PIX_X = pix("highMagPixX", 640, "High-mag image width");
    public static final ConfigKey<Integer> HIGH_MAG_PIX_Y = pix("highMagPixY", 512, "High-mag image height");
    public static final ConfigKey<Integer> SCREEN_PIX_X = pix("screenPixX", 640, "Sample view width on screen");
    public static final ConfigKey<Integer> SCREEN_PIX_Y = pix("screenPixY", 512, "Sample view height on screen");
    public static final ConfigKey<Integer> SAMPLE_CAMERA_COUNT = integer(CAMERAS, "sampleCameraCount", 4, "",
            "Number of sample camera views (low, low zoom, high, high zoom)").range(1, 4);
    public static final ConfigKey<Integer> MAG1_VIEW_ANGLE = angle("mag1ViewAngle");
    public static final ConfigKey<Integer> MAG2_VIEW_ANGLE = angle("mag2ViewAngle");
    public static final ConfigKey<Integer> MAG3_VIEW_ANGLE = angle("mag3ViewAngle");
    public static final ConfigKey<Integer> MAG4_VIEW_ANGLE = angle("mag4ViewAngle");
    public static final ConfigKey<Double> CAMERA_OFFSET = number(CAMERAS, "camera_offset", 0.0, "deg",
            "Angle between the camera axis and omega zero").range(-360, 360);
    public static final ConfigKey<String> DEFAULT_OVERLAY_COLOR = text(CAMERAS, "defaultOverlayColor", "red",
            "Colour of the beam/centring overlay");
    public static final ConfigKey<Double> LOW_MAG_GAIN = number(CAMERAS, "lowMagGain", 1.0, "",
            "Low-mag camera gain in sample alignment (SA)").range(0, 100);
    public static final ConfigKey<Double> LOW_MAG_GAIN_DA = number(CAMERAS, "lowMagGainDA", 1.0, "",
            "Low-mag camera gain during data acquisition (DA)").range(0, 100);
    public static final ConfigKey<Double> LOW_MAG_EXPTIME = number(CAMERAS, "lowMagExptime", 0.05, "s",
            "Low-mag camera exposure in sample alignment (SA)").range(0.0001, 10);
    public static final ConfigKey<Double> LOW_MAG_EXPTIME_DA = number(CAMERAS, "lowMagExptimeDA", 0.05, "s",
            "Low-mag camera exposure during data acquisition (DA)").range(0.0001, 10);
    public static final ConfigKey<String> OMEGA_MONITOR_PV = text(CAMERAS, "omegaMonitorPV", "VAL",
            "Which omega field the GUI follows: VAL (set point) or RBV (readback)").oneOf("VAL", "RBV");

    private static ConfigKey<String> url(String name, String what) {
        return text(CAMERAS, name, "", what + " URL; empty = the camera's PVA image");
    }

    private static ConfigKey<Double> fov(String name, double def, String what) {
        return number(CAMERAS, name, def, "µm", what).range(1, 100_000);
    }

    private static ConfigKey<Integer> pix(String name, int def, String what) {
        return integer(CAMERAS, name, def, "px", what).range(1, 20_000);
    }

    private static ConfigKey<Integer> angle(String name) {
        return integer(CAMERAS, name, 0, "", "View direction of this camera: 0 along the beam, 1 above, 2 below")
                .range(0, 2);
    }

    public static List<ConfigKey<?>> all() {
        return List.of(LOW_MAG_CAM_URL, HIGH_MAG_CAM_URL, LOW_MAG_ZOOM_CAM_URL, HIGH_MAG_ZOOM_CAM_URL,
                HUTCH_TOP_CAM_URL, HUTCH_CORNER_CAM_URL, XTAL_URL, XTAL_URL_SMALL, LOW_MAG_FOV_X, LOW_MAG_FOV_Y,
                HIGH_MAG_FOV_X, HIGH_MAG_FOV_Y, LOW_MAG_PIX_X, LOW_MAG_PIX_Y, HIGH_MAG_PIX_X, HIGH_MAG_PIX_Y,
                SCREEN_PIX_X, SCREEN_PIX_Y, SAMPLE_CAMERA_COUNT, MAG1_VIEW_ANGLE, MAG2_VIEW_ANGLE, MAG3_VIEW_ANGLE,
                MAG4_VIEW_ANGLE, CAMERA_OFFSET, DEFAULT_OVERLAY_COLOR, LOW_MAG_GAIN, LOW_MAG_GAIN_DA, LOW_MAG_EXPTIME,
                LOW_MAG_EXPTIME_DA, OMEGA_MONITOR_PV);
    }
}
