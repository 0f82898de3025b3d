package org.lsdcfx.amostra;

/** LSDC's {@code request_obj} key names (see docs/data-model.md), in one place. */
public final class RequestKeys {
    public static final String SAMPLE = "sample";
    public static final String BEAMLINE = "beamline";
    public static final String DETECTOR = "detector";
    public static final String VISIT_NAME = "visit_name";
    public static final String RUN_NUM = "runNum";
    public static final String PARENT_REQ_ID = "parentReqID";
    public static final String PROTOCOL = "protocol";
    public static final String SWEEP_START = "sweep_start";
    public static final String SWEEP_END = "sweep_end";
    public static final String IMG_WIDTH = "img_width";
    public static final String EXPOSURE_TIME = "exposure_time";
    public static final String DET_DIST = "detDist";
    public static final String ENERGY = "energy";
    public static final String WAVELENGTH = "wavelength";
    public static final String RESOLUTION = "resolution";
    public static final String ATTENUATION = "attenuation";
    public static final String SLIT_WIDTH = "slit_width";
    public static final String SLIT_HEIGHT = "slit_height";
    public static final String XBEAM = "xbeam";
    public static final String YBEAM = "ybeam";
    public static final String BASE_PATH = "basePath";
    public static final String DATA_PATH = "dataPath";
    public static final String DIRECTORY = "directory";
    public static final String FILE_PREFIX = "file_prefix";
    public static final String FILE_NUMBER_START = "file_number_start";
    public static final String POS_X = "pos_x";
    public static final String POS_Y = "pos_y";
    public static final String POS_Z = "pos_z";
    public static final String POS_TYPE = "pos_type";
    public static final String CENTERING_OPTION = "centeringOption";
    public static final String FAST_DP = "fastDP";
    public static final String FAST_EP = "fastEP";
    public static final String DIMPLE = "dimple";
    public static final String XIA2 = "xia2";
    public static final String GRID_STEP = "gridStep";
    public static final String RASTER_DEF = "rasterDef";
    public static final String MAX_RASTER = "max_raster";
    public static final String DIFF_CUTOFF = "diffCutoff";
    public static final String VECTOR_PARAMS = "vectorParams";
    public static final String CHARACTERIZATION_PARAMS = "characterizationParams";
    public static final String ELEMENT = "element";
    public static final String SCAN_ENERGY = "scanEnergy";
    public static final String STEPS = "steps";
    public static final String STEPSIZE = "stepsize";
    public static final String RUN_CHOOCH = "runChooch";
    public static final String MCA_ROI_LO = "mcaRoiLo";
    public static final String MCA_ROI_HI = "mcaRoiHi";

    /** LSDC's {@code pos_x} value meaning "no saved centre". */
    public static final double NO_SAVED_CENTRE = -999;

    private RequestKeys() {
    }
}
