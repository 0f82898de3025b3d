package org.lsdcfx.daq.routine.raster;

import org.lsdcfx.daq.routine.ProtocolRegistry;

/** The one entry point: registers {@code raster} and {@code multiCol}. */
public final class RasterProtocols {
    private RasterProtocols() {
    }

    public static ProtocolRegistry registerAll(ProtocolRegistry registry, RasterServices services) {
        return registry.register(new RasterProtocol(RasterProtocol.Mode.RASTER, services))
                .register(new RasterProtocol(RasterProtocol.Mode.MULTI_COL, services));
    }
}
