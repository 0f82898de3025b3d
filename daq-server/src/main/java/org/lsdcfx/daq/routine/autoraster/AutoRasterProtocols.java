package org.lsdcfx.daq.routine.autoraster;

import org.lsdcfx.daq.routine.Protocol;
import org.lsdcfx.daq.routine.ProtocolRegistry;
import org.lsdcfx.daq.routine.center.AutoCentrings;
import org.lsdcfx.daq.routine.center.LoopCentring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one entry point: registers the "AutoRaster" centring option ({@link AutoRasterLoop}, used by the collection
 * protocols for {@code centeringOption AutoRaster}) and the {@code rasterScreen} protocol. Call it after the raster
 * protocols are registered:
 *
 * <pre>
 * RasterProtocols.registerAll(registry, rasterServices);
 * AutoRasterProtocols.registerAll(registry, centrings, loopCentring,
 *         AutoRasterSettings.defaults().matching(rasterServices.settings()));
 * </pre>
 */
public final class AutoRasterProtocols {
    private static final Logger log = LoggerFactory.getLogger(AutoRasterProtocols.class);

    private AutoRasterProtocols() {
    }

    /**
     * @return {@code registry}
     * @throws IllegalStateException    when the {@code raster} protocol is not registered yet
     * @throws IllegalArgumentException when AutoRaster or rasterScreen is registered already
     */
    public static ProtocolRegistry registerAll(ProtocolRegistry registry, AutoCentrings centrings, LoopCentring loops,
                                               AutoRasterSettings settings) {
        Protocol raster = registry.find("raster").orElseThrow(() -> new IllegalStateException(
                "register the raster protocols (RasterProtocols.registerAll) before auto-raster and rasterScreen"));
        centrings.register(new AutoRasterLoop(loops, raster, settings));
        registry.register(new RasterScreenProtocol(loops, raster, settings));
        log.info("centring option {} and protocol {} registered", AutoRasterLoop.OPTION, RasterScreenProtocol.NAME);
        return registry;
    }

    /** With {@link AutoRasterSettings#defaults()}. */
    public static ProtocolRegistry registerAll(ProtocolRegistry registry, AutoCentrings centrings, LoopCentring loops) {
        return registerAll(registry, centrings, loops, AutoRasterSettings.defaults());
    }
}
