package org.lsdcfx.gui.model;

import org.lsdcfx.conftrak.Conftrak;
import org.lsdcfx.conftrak.key.RequestDefaultKeys;

/**
 * Defaults a protocol choice loads into the form (conftrak {@code rasterDefault*} and {@code burnDefault*}).
 * Units: degrees, seconds, transmission fraction.
 */
public record ProtocolDefaults(double rasterWidth, double rasterTime, double rasterTrans, double burnTime,
                               double burnTrans, int burnFrames) {
    /** Reads them; call off the FX thread. */
    public static ProtocolDefaults load(Conftrak conftrak) {
        return new ProtocolDefaults(conftrak.get(RequestDefaultKeys.RASTER_DEFAULT_WIDTH),
                conftrak.get(RequestDefaultKeys.RASTER_DEFAULT_TIME), conftrak.get(RequestDefaultKeys.RASTER_DEFAULT_TRANS),
                conftrak.get(RequestDefaultKeys.BURN_DEFAULT_TIME), conftrak.get(RequestDefaultKeys.BURN_DEFAULT_TRANS),
                conftrak.get(RequestDefaultKeys.BURN_DEFAULT_NUM_FRAMES));
    }
}
