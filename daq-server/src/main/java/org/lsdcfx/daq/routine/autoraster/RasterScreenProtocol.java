package org.lsdcfx.daq.routine.autoraster;

import org.lsdcfx.daq.routine.Protocol;
import org.lsdcfx.daq.routine.Routine;
import org.lsdcfx.daq.routine.RoutineRequest;
import org.lsdcfx.daq.routine.center.LoopCentring;

/**
 * LSDC's {@code rasterScreen} (§2.5): loop centring, then one raster of 1.5 loop widths × 2.5 loop heights (630 × 510 µm
 * when the loop size is unusable) at {@code gridStep}, run as a child raster request; its results stay for the user,
 * nothing is collected. Stateless.
 */
public final class RasterScreenProtocol implements Protocol {
    public static final String NAME = "rasterScreen";

    private final LoopCentring loops;
    private final ChildRaster rasters;
    private final AutoRasterSettings settings;

    /** @param raster the registered {@code raster} protocol */
    public RasterScreenProtocol(LoopCentring loops, Protocol raster, AutoRasterSettings settings) {
        if (!"raster".equals(raster.name())) {
            throw new IllegalArgumentException("raster screening needs the 'raster' protocol, got '" + raster.name() + "'");
        }
        this.loops = loops;
        this.rasters = new ChildRaster(raster);
        this.settings = settings;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "loop centring, then a raster of 1.5 x 2.5 loop sizes at gridStep; results only, no collection";
    }

    @Override
    public Routine create(RoutineRequest request) {
        double step = RasterScreenRoutine.requestedStep(request.requestObj()); // a bad gridStep fails before anything moves
        return new RasterScreenRoutine(loops, rasters, settings, step);
    }
}
