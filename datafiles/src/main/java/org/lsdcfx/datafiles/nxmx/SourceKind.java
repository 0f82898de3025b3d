package org.lsdcfx.datafiles.nxmx;

import java.util.Locale;

/** Where the daq server takes a metadata value from (NexDaTaS calls these data sources). */
public enum SourceKind {
    /** A process variable read at the start of the collection (beam centre, flux, detector readbacks). */
    PV,
    /** A field of the request ({@code request_obj}: detDist, wavelength, exposure_time, ...). */
    REQUEST,
    /** A beamline configuration value (detector model, pixel size, sensor). */
    CONFIG;

    /** "pv", "request", "config": the spelling in field map files and value keys. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SourceKind fromLabel(String label) {
        for (SourceKind k : values()) {
            if (k.label().equals(label)) {
                return k;
            }
        }
        throw new NxmxException("unknown source '" + label + "' (expected pv, request or config)");
    }
}
