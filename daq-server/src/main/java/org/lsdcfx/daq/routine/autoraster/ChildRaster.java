package org.lsdcfx.daq.routine.autoraster;

import org.lsdcfx.amostra.Amostra;
import org.lsdcfx.amostra.NewRequest;
import org.lsdcfx.amostra.Priority;
import org.lsdcfx.amostra.Request;
import org.lsdcfx.amostra.RequestKeys;
import org.lsdcfx.amostra.RequestObj;
import org.lsdcfx.analysisstore.payload.RasterResult;
import org.lsdcfx.analysisstore.payload.ResultTypes;
import org.lsdcfx.conftrak.Conftrak;
import org.lsdcfx.conftrak.key.RequestDefaultKeys;
import org.lsdcfx.daq.control.AbortedException;
import org.lsdcfx.daq.routine.Protocol;
import org.lsdcfx.daq.routine.Routine;
import org.lsdcfx.daq.routine.RoutineContext;
import org.lsdcfx.daq.routine.RoutineRequest;
import org.lsdcfx.daq.routine.center.CentringException;
import org.lsdcfx.daq.routine.raster.RasterDef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * LSDC's {@code defineRectRaster} + {@code snakeRaster} for automation: a real raster request in amostra on the
 * parent's sample (so the GUI draws it and its results are stored under it) — {@code protocol "raster"}, the
 * {@code rasterDef}, the {@code rasterDefault*} exposure, width and transmission, directory
 * {@code <parent directory>/rasterImages/}, prefix {@code <parent prefix>_r} ({@code _l} for a single column),
 * {@code parentReqID} the parent — created unqueued (the queue never picks it) and run at once through the registered
 * raster protocol in a {@link ChildContext}. Its status follows the run: running, then done, failed or interrupted.
 * Stateless; used on the routine's thread.
 */
final class ChildRaster {
    private static final Logger log = LoggerFactory.getLogger(ChildRaster.class);
    static final String WHO = "daq";

    /** A finished child raster. */
    record Run(String requestUid, RasterDef def, RasterResult result) {
    }

    private final Protocol raster;

    ChildRaster(Protocol raster) {
        this.raster = raster;
    }

    /**
     * Creates and runs one child raster.
     *
     * @param sequence {@code file_number_start} of the child (1 for the first raster of the parent, 2 for the next)
     * @param from     parent progress when it starts (0..1)
     * @param to       parent progress when it ends
     * @param label    what it is, for progress and messages ("face-on raster")
     * @throws CentringException when the raster cannot run or fails (the child is marked failed with the reason)
     */
    Run run(RoutineContext ctx, RasterDef def, int sequence, double from, double to, String label) throws Exception {
        Amostra amostra = ctx.services().amostra();
        RoutineRequest parent = ctx.request();
        Request p = parent.request();
        RequestObj obj = childObj(parent.requestObj(), p.uid(), def, sequence, ctx.services().conftrak());
        Request created = amostra.requests().create(new NewRequest(p.sample(), p.owner(), p.proposalID(),
                Priority.UNQUEUED, obj), WHO);
        Request running = amostra.requests().markRunning(created.uid(), WHO);
        log.info("{} of request {} (sample {}): raster request {}, {} cells at {} µm, omega {}", label, p.uid(),
                parent.sample().name(), running.uid(), def.numCells(), def.stepsize(), def.omega());
        RoutineRequest child = new RoutineRequest(running, parent.sample(), parent.location());
        ChildContext cc = new ChildContext(ctx, child, from, to, label);
        Routine routine;
        try {
            routine = raster.create(child);
        } catch (RuntimeException e) {
            amostra.requests().markFailed(running.uid(), message(e), WHO);
            throw new CentringException(label + " cannot run: " + message(e), e);
        }
        try {
            routine.prepare(cc);
            cc.checkpoint();
            routine.run(cc);
            cc.checkpoint();
        } catch (AbortedException | InterruptedException e) {
            safeOnAbort(routine, cc, label);
            amostra.requests().markInterrupted(running.uid(), label + " interrupted: " + message(e), WHO);
            throw e;
        } catch (Exception e) {
            safeOnAbort(routine, cc, label);
            if (ctx.isAborting()) { // a device stopped by the abort fails the step: that is the abort, not a fault
                amostra.requests().markInterrupted(running.uid(), label + " interrupted: " + message(e), WHO);
                throw e;
            }
            amostra.requests().markFailed(running.uid(), message(e), WHO);
            throw new CentringException(label + " failed: " + message(e), e);
        } finally {
            try {
                routine.cleanUp(cc);
            } catch (Exception e) {
                log.warn("{} clean-up failed: {}", label, message(e), e);
            }
        }
        amostra.requests().markDone(running.uid(), WHO);
        RasterResult result = ctx.services().analysisStore().latest(running.uid(), ResultTypes.RASTER_RESULT)
                .orElseThrow(() -> new CentringException(label + " (request " + running.uid()
                        + ") stored no rasterResult"));
        return new Run(running.uid(), def, result);
    }

    static RequestObj childObj(RequestObj p, String parentUid, RasterDef def, int sequence, Conftrak conftrak) {
        double width = conftrak.get(RequestDefaultKeys.RASTER_DEFAULT_WIDTH);
        String prefix = p.optString(RequestKeys.FILE_PREFIX).orElse("raster") + (singleColumn(def) ? "_l" : "_r");
        RequestObj obj = p.without(RequestKeys.RASTER_DEF).without(RequestKeys.MAX_RASTER)
                .without(RequestKeys.VECTOR_PARAMS).without(RequestKeys.CHARACTERIZATION_PARAMS)
                .without(RequestKeys.DIFF_CUTOFF).without(RequestKeys.CENTERING_OPTION)
                .with(RequestKeys.PROTOCOL, "raster").with(RequestKeys.RASTER_DEF, def.toMap())
                .with(RequestKeys.SWEEP_START, def.omega()).with(RequestKeys.SWEEP_END, def.omega() + width)
                .with(RequestKeys.IMG_WIDTH, width)
                .with(RequestKeys.EXPOSURE_TIME, conftrak.get(RequestDefaultKeys.RASTER_DEFAULT_TIME))
                .with(RequestKeys.ATTENUATION, conftrak.get(RequestDefaultKeys.RASTER_DEFAULT_TRANS))
                .with(RequestKeys.FILE_PREFIX, prefix).with(RequestKeys.FILE_NUMBER_START, sequence)
                .with(RequestKeys.POS_X, RequestKeys.NO_SAVED_CENTRE).with(RequestKeys.POS_Y, 0.0)
                .with(RequestKeys.POS_Z, 0.0)
                .with(RequestKeys.FAST_DP, false).with(RequestKeys.FAST_EP, false)
                .with(RequestKeys.DIMPLE, false).with(RequestKeys.XIA2, false)
                .with(RequestKeys.PARENT_REQ_ID, parentUid);
        String dir = p.optString(RequestKeys.DIRECTORY).orElse("");
        if (!dir.isBlank()) {
            obj = obj.with(RequestKeys.DIRECTORY, dir + (dir.endsWith("/") ? "" : "/") + "rasterImages/");
        }
        return obj;
    }

    /** LSDC names a one-column raster (a line) {@code _l}. */
    private static boolean singleColumn(RasterDef def) {
        boolean vertical = def.rowDefs().get(0).startX() == def.rowDefs().get(0).endX();
        return vertical ? def.rowDefs().size() == 1 : def.rowDefs().stream().allMatch(r -> r.numsteps() == 1);
    }

    private static void safeOnAbort(Routine routine, RoutineContext ctx, String label) {
        try {
            routine.onAbort(ctx);
        } catch (Exception e) {
            log.warn("{} on-abort step failed: {}", label, message(e), e);
        }
    }

    static String message(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.toString() : m;
    }
}
