package org.lsdcfx.daq.routine.collect;

import java.util.List;
import org.lsdcfx.amostra.RequestKeys;
import org.lsdcfx.amostra.RequestObj;
import org.lsdcfx.daq.control.AbortedException;
import org.lsdcfx.daq.routine.RoutineContext;
import org.lsdcfx.device.Beamline;
import org.lsdcfx.device.DeviceException;
import org.lsdcfx.device.motor.Goniometer;

/**
 * LSDC's centring decision for standard-type requests: a saved centre ({@code pos_x} ≠ −999) moves sample X/Y/Z there;
 * else {@code centeringOption} "Interactive" pauses the queue until the user centres and continues; "Testing"
 * collects where the sample is; "AutoLoop" and "AutoRaster" are not available in this server yet, so such a request
 * fails with that reason unless it has a saved centre. Used on the routine's thread.
 */
final class Centring {
    private Centring() {
    }

    static void apply(RoutineContext ctx, Beamline b, ProgressReport progress)
            throws CollectionException, AbortedException, InterruptedException {
        RequestObj obj = ctx.request().requestObj();
        if (obj.hasSavedCentre()) {
            double x = obj.posX();
            double y = obj.getDouble(RequestKeys.POS_Y, 0);
            double z = obj.getDouble(RequestKeys.POS_Z, 0);
            progress.step("moving to the saved centre " + x + ", " + y + ", " + z);
            Goniometer g = b.goniometer();
            try {
                Moves.await(List.of(Moves.start(b, g.x(), x), Moves.start(b, g.y(), y), Moves.start(b, g.z(), z)),
                        "cannot move to the saved centre");
            } catch (DeviceException e) {
                throw new CollectionException("cannot move to the saved centre: " + e.getMessage(), e);
            }
            ctx.checkpoint();
            return;
        }
        String option = obj.centeringOption();
        switch (option) {
            case "Interactive" -> {
                progress.step("waiting for the sample to be centred (Interactive)");
                ctx.pauseForUser("Centre sample " + ctx.request().sample().name() + " for request " + ctx.request().uid()
                        + " (centring option Interactive), then press Continue");
            }
            case "Testing" -> progress.step("collecting at the current position (centring option Testing)");
            case "AutoLoop", "AutoRaster" -> throw new CollectionException("centring option " + option
                    + " is not available in this server yet (automatic loop centring and auto-raster come later);"
                    + " save a centre on the request or use Interactive");
            default -> throw new CollectionException("unknown centring option '" + option
                    + "' (Interactive, Testing, AutoLoop, AutoRaster)");
        }
    }
}
