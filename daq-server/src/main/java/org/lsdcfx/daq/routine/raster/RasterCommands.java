package org.lsdcfx.daq.routine.raster;

import java.util.regex.Pattern;

import org.lsdcfx.daq.command.CommandRejectedException;
import org.lsdcfx.daq.control.RunState;
import org.lsdcfx.daq.guard.CommandSpec;
import org.lsdcfx.daq.guard.Execution;
import org.lsdcfx.daq.guard.Param;
import org.lsdcfx.daq.queue.CommandRegistry;
import org.lsdcfx.daq.routine.Protocol;
import org.lsdcfx.daq.routine.ProtocolRegistry;
import org.lsdcfx.daq.routine.RoutineServices;
import org.lsdcfx.store.NotFoundException;

/**
 * Raster commands: LSDC's {@code reprocessRaster(reqID)} ({@link RasterReprocessing}). It only reads files and writes
 * the store, so it runs on the background worker in any run state, for the control master. The guard checks the uid's
 * form and that a raster protocol is registered (memory only); the request, its files and the spot finding are checked
 * when it runs, and any failure there writes nothing.
 */
public final class RasterCommands {
    private static final Pattern UID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    private final RoutineServices services;
    private final ProtocolRegistry protocols;

    /** @param protocols where {@code raster} is registered (its {@link RasterServices} read the files) */
    public RasterCommands(RoutineServices services, ProtocolRegistry protocols) {
        this.services = services;
        this.protocols = protocols;
    }

    public void registerInto(CommandRegistry registry) {
        registry.register(CommandSpec.builder("reprocessRaster")
                .summary("run spot finding again on a finished raster's files: new rasterResult, max_raster, heat map")
                .param(Param.string("reqID", 64, UID, "uid of the raster (or multiCol) request"))
                .execution(Execution.BACKGROUND).allowedIn(RunState.ANY)
                .check((args, caller) -> rasterServices()).build(),
                inv -> {
                    String uid = inv.args().string("reqID");
                    try {
                        return new RasterReprocessing(services, rasterServices()).run(uid);
                    } catch (NotFoundException e) {
                        throw new IllegalArgumentException("there is no request " + uid, e);
                    }
                });
    }

    private RasterServices rasterServices() throws CommandRejectedException {
        Protocol p = protocols.find(RasterProtocol.Mode.RASTER.protocolName()).orElse(null);
        if (!(p instanceof RasterProtocol raster)) {
            throw new CommandRejectedException("this server runs no raster protocol (registered: "
                    + (protocols.names().isEmpty() ? "none" : String.join(", ", protocols.names())) + ")");
        }
        return raster.services();
    }
}
