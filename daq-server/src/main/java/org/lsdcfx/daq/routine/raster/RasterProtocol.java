package org.lsdcfx.daq.routine.raster;

import org.lsdcfx.daq.routine.Protocol;
import org.lsdcfx.daq.routine.Routine;
import org.lsdcfx.daq.routine.RoutineRequest;

/**
 * LSDC's {@code raster} (grid scan with online spot finding and snap to max) and {@code multiCol} (the same raster,
 * then every cell above {@code diffCutoff} becomes a standard request). Stateless.
 */
public final class RasterProtocol implements Protocol {
    /** Which protocol. */
    public enum Mode {
        RASTER("raster", "grid scan with online spot finding, heat map and snap to max"),
        MULTI_COL("multiCol", "raster, then a 5° standard request on every cell above diffCutoff");

        private final String protocolName;
        private final String description;

        Mode(String protocolName, String description) {
            this.protocolName = protocolName;
            this.description = description;
        }

        /** The {@code request_obj.protocol} name. */
        public String protocolName() {
            return protocolName;
        }
    }

    private final Mode mode;
    private final RasterServices services;

    public RasterProtocol(Mode mode, RasterServices services) {
        this.mode = mode;
        this.services = services;
    }

    /** The files reader and spot finding this protocol uses (also for reprocessRaster). */
    RasterServices services() {
        return services;
    }

    @Override
    public String name() {
        return mode.protocolName;
    }

    @Override
    public String description() {
        return mode.description;
    }

    @Override
    public Routine create(RoutineRequest request) {
        RasterDef def = RasterDef.fromMap(request.requestObj().rasterDef());
        return new RasterRoutine(request, def, mode == Mode.MULTI_COL, services);
    }
}
