package org.lsdcfx.daq.routine.collect;

import java.util.List;
import org.lsdcfx.daq.routine.center.AutoCentring;
import org.lsdcfx.daq.routine.center.AutoCentrings;
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
 * collects where the sample is; "AutoLoop", "AutoRaster" (and any other registered method) run the automatic
 * centring registered for that option in {@link AutoCentrings}; an option nobody registered fails the request with
 * that reason. Used on the routine's thread.
 */
final class Centring {
    private Centring() {
    }

    static void apply(RoutineContext ctx, Beamline b, ProgressReport progress, AutoCentrings centrings)
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
            default -> {
                AutoCentring method = centrings.find(option).orElseThrow(() -> new CollectionException(
                        "centring option '" + option + "' is not available in this server (available: Interactive,"
                                + " Testing" + (centrings.options().isEmpty() ? "" : ", "
                                + String.join(", ", centrings.options())) + "); save a centre on the request"));
                progress.step("centring the sample (" + option + ")");
                try {
                    method.centre(ctx);
                } catch (AbortedException | InterruptedException e) {
                    throw e;
                } catch (Exception e) {
                    throw new CollectionException(option + " centring failed: " + e.getMessage(), e);
                }
                ctx.checkpoint();
            }
        }
    }
}
