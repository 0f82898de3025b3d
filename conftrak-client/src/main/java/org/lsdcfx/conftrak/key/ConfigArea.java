package org.lsdcfx.conftrak.key;

/** The areas LSDC's conftrak keys fall into (LSDC-REFERENCE §5.2); used to group keys in dumps and the staff screen. */
public enum ConfigArea {
    COMM_HARDWARE("comm/hardware"),
    CAMERAS("cameras"),
    SAMPLE_HANDLING("sample handling"),
    REQUEST_DEFAULTS("request defaults"),
    RASTER("raster processing"),
    PROCESSING_NODES("processing nodes"),
    VISIT("visit"),
    ACCESS("access control"),
    BEAMLINE_STATE("beamlineInfo documents");

    private final String label;

    ConfigArea(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
