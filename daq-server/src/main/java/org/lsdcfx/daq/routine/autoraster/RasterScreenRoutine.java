package org.lsdcfx.daq.routine.autoraster;

import java.util.Locale;
import java.util.Optional;

import org.lsdcfx.amostra.RequestKeys;
import org.lsdcfx.amostra.RequestObj;
import org.lsdcfx.analysisstore.payload.RasterCell;
import org.lsdcfx.analysisstore.payload.RasterResult;
import org.lsdcfx.conftrak.Conftrak;
import org.lsdcfx.conftrak.key.RasterKeys;
import org.lsdcfx.conftrak.key.RequestDefaultKeys;
import org.lsdcfx.daq.routine.Routine;
import org.lsdcfx.daq.routine.RoutineContext;
import org.lsdcfx.daq.routine.center.LoopBox;
import org.lsdcfx.daq.routine.center.LoopCentring;
import org.lsdcfx.daq.routine.raster.HeatMapScore;
import org.lsdcfx.daq.routine.raster.RasterDef;
import org.lsdcfx.daq.routine.raster.RasterDefiner;
import org.lsdcfx.device.Beamline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One raster screening run (see {@link RasterScreenProtocol}). LSDC's fixed 20 s wait before centring is not copied:
 * the loop centring waits on what it needs. A failed loop centring fails the request with its reason. Runs on the
 * routine's thread.
 */
final class RasterScreenRoutine implements Routine {
    private static final Logger log = LoggerFactory.getLogger(RasterScreenRoutine.class);

    private final LoopCentring loops;
    private final ChildRaster rasters;
    private final AutoRasterSettings settings;
    /** Requested step, µm; NaN when the request names none. */
    private final double requestedStep;

    RasterScreenRoutine(LoopCentring loops, ChildRaster rasters, AutoRasterSettings settings, double requestedStep) {
        this.loops = loops;
        this.rasters = rasters;
        this.settings = settings;
        this.requestedStep = requestedStep;
    }

    /** The request's {@code gridStep}, or NaN when absent; refuses a value that is not a step of at least 1 µm. */
    static double requestedStep(RequestObj obj) {
        Object v = obj.get(RequestKeys.GRID_STEP);
        if (v == null) {
            return Double.NaN;
        }
        if (v instanceof Number n && n.doubleValue() >= 1 && n.doubleValue() <= 1000) {
            return n.doubleValue();
        }
        throw new IllegalArgumentException("gridStep must be a number of µm from 1 to 1000, got " + v);
    }

    @Override
    public void run(RoutineContext ctx) throws Exception {
        Beamline b = ctx.services().beamline().require();
        Conftrak conftrak = ctx.services().conftrak();
        String sample = ctx.request().sample().name();
        ctx.progress(0, "rasterScreen: loop centring");
        LoopBox box = loops.centre(ctx);
        ctx.checkpoint();
        AutoRasterSettings.ScreenBox size = settings.screenBox(box);
        double step = Double.isFinite(requestedStep) ? requestedStep : conftrakStep(conftrak, settings);
        double omega = Double.isFinite(box.faceOnOmega()) ? box.faceOnOmega() : b.goniometer().omega().position();
        RasterDef def = new RasterDefiner(settings.minCells()).define(size.widthUm(), size.heightUm(), step,
                new double[]{box.x(), box.y(), box.z(), omega}, conftrak.get(RasterKeys.VERT_RASTER_ON));
        if (size.fallback()) {
            ctx.message("rasterScreen: the loop size is unusable; rastering the default " + (int) size.widthUm() + " x "
                    + (int) size.heightUm() + " µm box");
        }
        double transmission = BeamlineSteps.setTransmission(b, conftrak.get(RequestDefaultKeys.RASTER_DEFAULT_TRANS),
                settings.moveTimeout());
        ChildRaster.Run run;
        try {
            run = rasters.run(ctx, def, 1, 0.1, 1, "rasterScreen raster");
        } finally {
            BeamlineSteps.restoreTransmission(b, transmission, settings.moveTimeout());
        }
        ctx.message(summary(run, new HeatMapScore(conftrak.rasterScoreFlag(), settings.minSpotsForHit())));
        log.info("rasterScreen of sample {} (request {}): raster {} done", sample, ctx.request().uid(), run.requestUid());
    }

    /** conftrak's {@code gridStep} when staff stored one, else the default. */
    private static double conftrakStep(Conftrak conftrak, AutoRasterSettings s) {
        Optional<Object> raw = conftrak.getRaw(RequestKeys.GRID_STEP);
        if (raw.isPresent() && raw.get() instanceof Number n && n.doubleValue() >= 1) {
            return n.doubleValue();
        }
        return s.defaultGridStepUm();
    }

    static String summary(ChildRaster.Run run, HeatMapScore score) {
        RasterResult r = run.result();
        long hits = r.cells().stream().filter(score::isHit).count();
        Optional<RasterCell> best = score.best(r);
        return best.map(c -> String.format(Locale.ROOT, "rasterScreen: %d of %d cells are hits; best cell %d (%s %s)",
                        hits, r.cells().size(), c.index(), score.type().label(), fmt(score.value(c))))
                .orElse("rasterScreen: no hits in " + r.cells().size() + " cells");
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
