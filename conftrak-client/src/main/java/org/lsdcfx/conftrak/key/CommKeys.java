package org.lsdcfx.conftrak.key;

import static org.lsdcfx.conftrak.key.ConfigArea.COMM_HARDWARE;
import static org.lsdcfx.conftrak.key.ConfigKey.flag;
import static org.lsdcfx.conftrak.key.ConfigKey.number;
import static org.lsdcfx.conftrak.key.ConfigKey.text;

import java.util.List;

/** Comm PV prefix and hardware description (LSDC-REFERENCE §5.2 "comm/hardware"). Defaults fit the simulated beamline. */
public final class CommKeys {
    private CommKeys() {
    }

    public static final ConfigKey<String> BEAMLINE_COMM = text(COMM_HARDWARE, "beamlineComm", "SIM{Comm}",
            "Prefix of the daq server's comm PVs (command_s, program_state, ...)");
    public static final ConfigKey<String> GONIO_PV_PREFIX = text(COMM_HARDWARE, "gonioPvPrefix", "SIM",
            "PV prefix of the goniometer");
    public static final ConfigKey<String> DETECTOR_ID = text(COMM_HARDWARE, "detector_id", "EIGER-SIM",
            "Detector identifier (LSDC checks for EIGER-16 to find HDF5 master files)");
    public static final ConfigKey<String> DETECTOR_TYPE = text(COMM_HARDWARE, "detector_type", "pixel_array",
            "Detector technology passed to processing");
    public static final ConfigKey<Double> DET_RADIUS = number(COMM_HARDWARE, "detRadius", 116.0, "mm",
            "Detector radius used for the resolution at the detector edge").range(1, 1000);
    public static final ConfigKey<Boolean> DETECTOR_OFFLINE = flag(COMM_HARDWARE, "detector_offline", false,
            "Run without a detector (collections are simulated without images)");
    public static final ConfigKey<String> DETECTOR_OBJECT_TYPE = text(COMM_HARDWARE, "detectorObjectType", "lsdc",
            "How the detector is driven: lsdc (det_lib), ophyd, or 'no init' to skip initialisation")
            .oneOf("lsdc", "ophyd", "no init");
    public static final ConfigKey<String> MONO_MOT_CODE = text(COMM_HARDWARE, "mono_mot_code", "mon",
            "Motor code of the monochromator energy");
    public static final ConfigKey<Boolean> HAS_BEAMLINE = flag(COMM_HARDWARE, "has_beamline", true,
            "Beamline hardware is present (off = GUI-only testing)");
    public static final ConfigKey<Boolean> HAS_EDNA = flag(COMM_HARDWARE, "has_edna", false,
            "EDNA characterisation is available");
    public static final ConfigKey<Boolean> HAS_XTALVIEW = flag(COMM_HARDWARE, "has_xtalview", false,
            "Crystal-view JPEG URLs (xtal_url) are available");
    public static final ConfigKey<String> SCANNER_TYPE = text(COMM_HARDWARE, "scannerType", "Normal",
            "Raster scanner: Normal (goniometer) or PI (fine scanner)").oneOf("Normal", "PI");
    public static final ConfigKey<String> ATTEN_TYPE = text(COMM_HARDWARE, "attenType", "RI",
            "Attenuator kind: RI or BCU").oneOf("RI", "BCU");
    public static final ConfigKey<Boolean> HE_PATH = flag(COMM_HARDWARE, "HePath", false,
            "Helium path installed (the detector distance is then not moved)");
    public static final ConfigKey<Boolean> CRYOSTREAM_ONLINE = flag(COMM_HARDWARE, "cryostream_online", true,
            "Cryostream is connected and monitored");
    public static final ConfigKey<Boolean> EXPORTER_ENABLED = flag(COMM_HARDWARE, "exporterEnabled", false,
            "MD2 exporter protocol in use (NYX)");
    public static final ConfigKey<Double> UNIT_SCALING = number(COMM_HARDWARE, "unitScaling", 1.0, "",
            "Scale from goniometer motor units to microns").range(1e-6, 1e6);
    public static final ConfigKey<String> BEAMSTOP_X_PVNAME = text(COMM_HARDWARE, "beamstop_x_pvname", "beamStopX",
            "Descriptor name of the beamstop X motor");
    public static final ConfigKey<String> BEAMSTOP_Y_PVNAME = text(COMM_HARDWARE, "beamstop_y_pvname", "beamStopY",
            "Descriptor name of the beamstop Y motor");

    public static List<ConfigKey<?>> all() {
        return List.of(BEAMLINE_COMM, GONIO_PV_PREFIX, DETECTOR_ID, DETECTOR_TYPE, DET_RADIUS, DETECTOR_OFFLINE,
                DETECTOR_OBJECT_TYPE, MONO_MOT_CODE, HAS_BEAMLINE, HAS_EDNA, HAS_XTALVIEW, SCANNER_TYPE, ATTEN_TYPE,
                HE_PATH, CRYOSTREAM_ONLINE, EXPORTER_ENABLED, UNIT_SCALING, BEAMSTOP_X_PVNAME, BEAMSTOP_Y_PVNAME);
    }
}
