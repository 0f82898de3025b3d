package org.lsdcfx.amostra;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds a new {@link RequestObj} starting from LSDC's {@code createDefaultRequest} shape. The numeric defaults
 * here are LSDC-FX's fall-backs; the daq server and GUI set the beamline's screen defaults (conftrak
 * {@code screen_default_*}) explicitly. Setting {@code energy} also sets {@code wavelength} unless it was set.
 * Not thread-safe (use one per thread).
 */
public final class RequestObjBuilder {
    /** hc in eV·Å, for wavelength = HC / energy. */
    public static final double HC_EV_ANGSTROM = 12398.42;

    private final Map<String, Object> m = new LinkedHashMap<>();
    private boolean wavelengthSet;

    RequestObjBuilder() {
        m.put(RequestKeys.PROTOCOL, "standard");
        m.put(RequestKeys.SWEEP_START, 0.0);
        m.put(RequestKeys.SWEEP_END, 180.0);
        m.put(RequestKeys.IMG_WIDTH, 0.2);
        m.put(RequestKeys.EXPOSURE_TIME, 0.02);
        m.put(RequestKeys.DET_DIST, 300.0);
        m.put(RequestKeys.PARENT_REQ_ID, -1);
        m.put(RequestKeys.FILE_NUMBER_START, 1);
        m.put(RequestKeys.RESOLUTION, 2.0);
        m.put(RequestKeys.ATTENUATION, 1.0);
        m.put(RequestKeys.SLIT_WIDTH, 10.0);
        m.put(RequestKeys.SLIT_HEIGHT, 10.0);
        m.put(RequestKeys.POS_X, RequestKeys.NO_SAVED_CENTRE);
        m.put(RequestKeys.POS_Y, 0.0);
        m.put(RequestKeys.POS_Z, 0.0);
        m.put(RequestKeys.POS_TYPE, "A");
        m.put(RequestKeys.GRID_STEP, 20);
        m.put(RequestKeys.CENTERING_OPTION, "Interactive");
        m.put(RequestKeys.FAST_DP, false);
        m.put(RequestKeys.FAST_EP, false);
        m.put(RequestKeys.DIMPLE, false);
        m.put(RequestKeys.XIA2, false);
        energy(12660.0);
        wavelengthSet = false;
    }

    public RequestObjBuilder sample(String sampleUid) {
        return set(RequestKeys.SAMPLE, sampleUid);
    }

    public RequestObjBuilder protocol(String protocol) {
        return set(RequestKeys.PROTOCOL, protocol);
    }

    /** Rotation range in degrees. */
    public RequestObjBuilder sweep(double start, double end) {
        return set(RequestKeys.SWEEP_START, start).set(RequestKeys.SWEEP_END, end);
    }

    /** Degrees per image. */
    public RequestObjBuilder imgWidth(double degrees) {
        return set(RequestKeys.IMG_WIDTH, degrees);
    }

    /** Seconds per image. */
    public RequestObjBuilder exposureTime(double seconds) {
        return set(RequestKeys.EXPOSURE_TIME, seconds);
    }

    /** Detector distance, mm. */
    public RequestObjBuilder detDist(double mm) {
        return set(RequestKeys.DET_DIST, mm);
    }

    /** Photon energy in eV; also sets the wavelength (Å) unless {@link #wavelength} was called. */
    public RequestObjBuilder energy(double eV) {
        m.put(RequestKeys.ENERGY, eV);
        if (!wavelengthSet) {
            m.put(RequestKeys.WAVELENGTH, HC_EV_ANGSTROM / eV);
        }
        return this;
    }

    public RequestObjBuilder wavelength(double angstrom) {
        wavelengthSet = true;
        return set(RequestKeys.WAVELENGTH, angstrom);
    }

    public RequestObjBuilder resolution(double angstrom) {
        return set(RequestKeys.RESOLUTION, angstrom);
    }

    public RequestObjBuilder attenuation(double transmission) {
        return set(RequestKeys.ATTENUATION, transmission);
    }

    /** Beam-defining slits, µm. */
    public RequestObjBuilder slits(double width, double height) {
        return set(RequestKeys.SLIT_WIDTH, width).set(RequestKeys.SLIT_HEIGHT, height);
    }

    /**
     * The file location as LSDC composes it: {@code directory = <basePath>/<visit>/<prefix>/<runNum>/<puck>_<pin>/}.
     */
    public RequestObjBuilder files(String basePath, String visitName, String filePrefix, long runNum,
                                   String puckName, int pin) {
        set(RequestKeys.BASE_PATH, basePath).set(RequestKeys.VISIT_NAME, visitName)
                .set(RequestKeys.FILE_PREFIX, filePrefix).set(RequestKeys.RUN_NUM, runNum);
        return set(RequestKeys.DIRECTORY, directory(basePath, visitName, filePrefix, runNum, puckName, pin));
    }

    /** LSDC's data directory for one run of one sample. */
    public static String directory(String basePath, String visitName, String filePrefix, long runNum,
                                   String puckName, int pin) {
        String base = basePath.endsWith("/") ? basePath.substring(0, basePath.length() - 1) : basePath;
        return base + "/" + visitName + "/" + filePrefix + "/" + runNum + "/" + puckName + "_" + pin + "/";
    }

    public RequestObjBuilder centeringOption(String option) {
        return set(RequestKeys.CENTERING_OPTION, option);
    }

    public RequestObjBuilder fastDP(boolean on) {
        return set(RequestKeys.FAST_DP, on);
    }

    /** Any other key (protocol blocks such as {@code rasterDef} as maps). */
    public RequestObjBuilder set(String key, Object value) {
        m.put(key, value);
        return this;
    }

    public RequestObj build() {
        return RequestObj.of(m);
    }
}
