package org.lsdcfx.daq.routine.collect;

import java.time.Duration;
import org.lsdcfx.daq.routine.Routine;
import org.lsdcfx.daq.routine.RoutineContext;
import org.lsdcfx.device.Beamline;
import org.lsdcfx.device.DeviceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every collection routine does on the way out: after an abort or a failure the detector is disarmed, the
 * shutter closed and the goniometer stopped (each bounded, none waiting on a status that may not change); and unless
 * the request finished normally, the governor goes back from DA to SA so that the sample can be unmounted.
 */
abstract class CollectionRoutine implements Routine {
    private static final Logger log = LoggerFactory.getLogger(CollectionRoutine.class);
    protected final CollectionServices services;
    protected Beamline beamline;
    /** Set by the subclass when the request's work is done (the governor may stay in DA for the next request). */
    protected boolean finished;

    CollectionRoutine(CollectionServices services) {
        this.services = services;
    }

    /** The beamline, or why it cannot be used (fails the request before anything moves). */
    protected Beamline beamline(RoutineContext ctx) throws Exception {
        beamline = ctx.services().beamline().require();
        return beamline;
    }

    @Override
    public void onAbort(RoutineContext ctx) {
        if (beamline == null) {
            return;
        }
        quietly("disarm the detector", () -> beamline.detector().disarm());
        quietly("close the fast shutter", () -> beamline.fastShutter().close(Duration.ofSeconds(2)));
        quietly("stop the goniometer", () -> beamline.goniometer().stopAll());
    }

    @Override
    public void cleanUp(RoutineContext ctx) {
        if (beamline != null && !finished) {
            AfterCollection.toAlign(beamline.governor(), services.settings());
        }
    }

    private static void quietly(String what, Runnable step) {
        try {
            step.run();
        } catch (DeviceException e) {
            log.warn("could not {}: {}", what, e.getMessage());
        }
    }
}
