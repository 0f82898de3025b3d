package org.lsdcfx.conftrak.key;

import static org.lsdcfx.conftrak.key.ConfigArea.REQUEST_DEFAULTS;
import static org.lsdcfx.conftrak.key.ConfigKey.integer;
import static org.lsdcfx.conftrak.key.ConfigKey.number;
import static org.lsdcfx.conftrak.key.ConfigKey.text;

import java.util.List;

/**
 * Defaults for new requests (LSDC-REFERENCE §5.2 "request defaults"): the {@code screen_default_*} keys feed
 * LSDC's {@code createDefaultRequest}, and the GUI writes the last used width, time, transmission and distance
 * back to them. Energy 12660 eV (λ 0.9793 Å) at 300 mm on a 116 mm detector radius gives 2.67 Å at the edge.
 */
public final class RequestDefaultKeys {
    private RequestDefaultKeys() {
    }

    public static final ConfigKey<String> SCREEN_DEFAULT_PROTOCOL = text(REQUEST_DEFAULTS, "screen_default_protocol",
            "standard", "Protocol of a new request");
    public static final ConfigKey<Double> SCREEN_DEFAULT_PHIST = number(REQUEST_DEFAULTS, "screen_default_phist", 0.0,
            "deg", "Start angle of a new request (sweep_start)").range(-720, 720);
    public static final ConfigKey<Double> SCREEN_DEFAULT_PHI_END = number(REQUEST_DEFAULTS, "screen_default_phi_end",
            180.0, "deg", "End angle of a new request (sweep_end)").range(-720, 720);
    public static final ConfigKey<Double> SCREEN_DEFAULT_WIDTH = number(REQUEST_DEFAULTS, "screen_default_width", 0.1,
            "deg", "Oscillation width per image (img_width); 0 = stills").range(0, 10);
    public static final ConfigKey<Double> SCREEN_DEFAULT_DIST = number(REQUEST_DEFAULTS, "screen_default_dist", 300.0,
            "mm", "Detector distance (detDist)").range(100, 2000);
    public static final ConfigKey<Double> SCREEN_DEFAULT_TIME = number(REQUEST_DEFAULTS, "screen_default_time", 0.02,
            "s", "Exposure time per image (exposure_time)").range(0.001, 100);
    public static final ConfigKey<Double> SCREEN_DEFAULT_RESO = number(REQUEST_DEFAULTS, "screen_default_reso", 2.67,
            "Å", "Resolution at the detector edge (resolution)").range(0.5, 50);
    public static final ConfigKey<Double> SCREEN_DEFAULT_WAVE = number(REQUEST_DEFAULTS, "screen_default_wave", 0.9793,
            "Å", "Wavelength (wavelength)").range(0.3, 5);
    public static final ConfigKey<Double> SCREEN_DEFAULT_ENERGY = number(REQUEST_DEFAULTS, "screen_default_energy",
            12660.0, "eV", "Photon energy (energy)").range(4000, 30000);
    public static final ConfigKey<Double> SCREEN_DEFAULT_BEAM_WIDTH = number(REQUEST_DEFAULTS,
            "screen_default_beamWidth", 30.0, "µm", "Beam/slit width (slit_width)").range(1, 1000);
    public static final ConfigKey<Double> SCREEN_DEFAULT_BEAM_HEIGHT = number(REQUEST_DEFAULTS,
            "screen_default_beamHeight", 30.0, "µm", "Beam/slit height (slit_height)").range(1, 1000);
    public static final ConfigKey<Double> STD_TRANS = number(REQUEST_DEFAULTS, "stdTrans", 0.1, "",
            "Transmission of a new request (attenuation), fraction 0..1").range(0, 1);
    public static final ConfigKey<Double> BURN_DEFAULT_TIME = number(REQUEST_DEFAULTS, "burnDefaultTime", 5.0, "s",
            "Exposure time of a burn request").range(0.001, 3600);
    public static final ConfigKey<Double> BURN_DEFAULT_TRANS = number(REQUEST_DEFAULTS, "burnDefaultTrans", 1.0, "",
            "Transmission of a burn request, fraction 0..1").range(0, 1);
    public static final ConfigKey<Integer> BURN_DEFAULT_NUM_FRAMES = integer(REQUEST_DEFAULTS, "burnDefaultNumFrames",
            10, "images", "Number of images of a burn request").range(1, 100_000);
    public static final ConfigKey<Double> RASTER_DEFAULT_WIDTH = number(REQUEST_DEFAULTS, "rasterDefaultWidth", 0.1,
            "deg", "Oscillation per raster cell").range(0, 10);
    public static final ConfigKey<Double> RASTER_DEFAULT_TIME = number(REQUEST_DEFAULTS, "rasterDefaultTime", 0.02, "s",
            "Exposure per raster cell").range(0.001, 100);
    public static final ConfigKey<Double> RASTER_DEFAULT_TRANS = number(REQUEST_DEFAULTS, "rasterDefaultTrans", 0.1, "",
            "Transmission of rasters, fraction 0..1").range(0, 1);
    public static final ConfigKey<Double> RASTER_DEFAULT_MIN_SPOT_SIZE = number(REQUEST_DEFAULTS,
            "rasterDefaultMinSpotSize", 2.0, "px", "Smallest spot counted by raster spot finding").range(0, 100);
    public static final ConfigKey<String> DATA_PATH = text(REQUEST_DEFAULTS, "data_path", "",
            "Default dataPath of new requests; empty = derived from visitDirectory");

    public static List<ConfigKey<?>> all() {
        return List.of(SCREEN_DEFAULT_PROTOCOL, SCREEN_DEFAULT_PHIST, SCREEN_DEFAULT_PHI_END, SCREEN_DEFAULT_WIDTH,
                SCREEN_DEFAULT_DIST, SCREEN_DEFAULT_TIME, SCREEN_DEFAULT_RESO, SCREEN_DEFAULT_WAVE, SCREEN_DEFAULT_ENERGY,
                SCREEN_DEFAULT_BEAM_WIDTH, SCREEN_DEFAULT_BEAM_HEIGHT, STD_TRANS, BURN_DEFAULT_TIME, BURN_DEFAULT_TRANS,
                BURN_DEFAULT_NUM_FRAMES, RASTER_DEFAULT_WIDTH, RASTER_DEFAULT_TIME, RASTER_DEFAULT_TRANS,
                RASTER_DEFAULT_MIN_SPOT_SIZE, DATA_PATH);
    }
}
