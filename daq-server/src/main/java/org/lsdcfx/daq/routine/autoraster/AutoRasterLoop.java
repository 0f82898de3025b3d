package org.lsdcfx.daq.routine.autoraster;

import java.util.Locale;
import java.util.Optional;

import org.lsdcfx.amostra.RequestObj;
import org.lsdcfx.analysisstore.payload.RasterCell;
import org.lsdcfx.conftrak.Conftrak;
import org.lsdcfx.conftrak.key.RasterKeys;
import org.lsdcfx.conftrak.key.RequestDefaultKeys;
import org.lsdcfx.daq.routine.Protocol;
import org.lsdcfx.daq.routine.RoutineContext;
import org.lsdcfx.daq.routine.center.AutoCentring;
import org.lsdcfx.daq.routine.center.CentringException;
import org.lsdcfx.daq.routine.center.LoopBox;
import org.lsdcfx.daq.routine.center.LoopCentring;
import org.lsdcfx.daq.routine.raster.HeatMapScore;
import org.lsdcfx.daq.routine.raster.RasterDef;
import org.lsdcfx.daq.routine.raster.RasterDefiner;
import org.lsdcfx.device.Beamline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * LSDC's optimised {@code autoRasterLoop} (PR #355), the "AutoRaster" centring option: optical loop centring, a
 * face-on raster of the loop box (10 µm steps, 20 µm for a box over 150 000 µm²) at {@code rasterDefaultTrans}; no
 * hit fails with that reason (nothing is collected); a request with {@code osc_range} 0 (screening) stops there, at
 * the face-on best cell; otherwise back to the loop centre, an orthogonal raster at face-on + 90° (the loop width ×
 * its side-view height), the orthogonal best cell in the face-on maximum's column, and the 3-D centre from the two
 * views ({@link TwoViewCentre}; each view's cell refined to the spot-weighted centre of the hits around it), where
 * the goniometer is left at the face-on omega. Each raster is a child raster request ({@link ChildRaster}). The transmission is put back afterwards. Stateless and thread-safe; runs on the
 * routine's thread.
 */
public final class AutoRasterLoop implements AutoCentring {
    /** The {@code centeringOption} value. */
    public static final String OPTION = "AutoRaster";
    private static final Logger log = LoggerFactory.getLogger(AutoRasterLoop.class);

    private final LoopCentring loops;
    private final ChildRaster rasters;
    private final AutoRasterSettings settings;

    /**
     * @param loops  optical loop centring
     * @param raster the registered {@code raster} protocol
     */
    public AutoRasterLoop(LoopCentring loops, Protocol raster, AutoRasterSettings settings) {
        if (!"raster".equals(raster.name())) {
            throw new IllegalArgumentException("auto-raster needs the 'raster' protocol, got '" + raster.name() + "'");
        }
        this.loops = loops;
        this.rasters = new ChildRaster(raster);
        this.settings = settings;
    }

    @Override
    public String option() {
        return OPTION;
    }

    @Override
    public void centre(RoutineContext ctx) throws Exception {
        Beamline b = ctx.services().beamline().require();
        Conftrak conftrak = ctx.services().conftrak();
        String sample = ctx.request().sample().name();
        ctx.progress(0, "AutoRaster: loop centring");
        LoopBox box = loops.centre(ctx);
        ctx.checkpoint();
        if (!(box.widthUm() > 0) || !(box.faceOnHeightUm() > 0) || !Double.isFinite(box.widthUm() + box.faceOnHeightUm())) {
            throw new CentringException("AutoRaster: loop centring gave no usable loop size for sample " + sample + " ("
                    + box.widthUm() + " x " + box.faceOnHeightUm() + " µm)");
        }
        double step = settings.stepFor(box.widthUm(), box.faceOnHeightUm());
        boolean vertical = conftrak.get(RasterKeys.VERT_RASTER_ON);
        RasterDefiner definer = new RasterDefiner(settings.minCells());
        HeatMapScore score = new HeatMapScore(conftrak.rasterScoreFlag(), settings.minSpotsForHit());
        double transmission = BeamlineSteps.setTransmission(b, conftrak.get(RequestDefaultKeys.RASTER_DEFAULT_TRANS),
                settings.moveTimeout());
        try {
            RasterDef faceOnDef = definer.define(box.widthUm(), box.faceOnHeightUm(), step,
                    new double[]{box.x(), box.y(), box.z(), box.faceOnOmega()}, vertical);
            ChildRaster.Run faceOn = rasters.run(ctx, faceOnDef, 1, 0.1, 0.55, "AutoRaster face-on raster");
            RasterCell best = score.best(faceOn.result()).orElseThrow(() -> new CentringException(
                    "AutoRaster: the face-on raster (" + faceOnDef.numCells() + " cells, request " + faceOn.requestUid()
                            + ") found no diffraction on sample " + sample + ": nothing to centre on"));
            if (oscRange(ctx.request().requestObj()) == 0) {
                ctx.message("AutoRaster: osc range 0 (screening): stopped after the face-on raster, at cell "
                        + best.index());
                return;
            }
            ctx.progress(0.55, "AutoRaster: to the loop centre, omega + 90");
            double sideOmega = box.faceOnOmega() + 90;
            BeamlineSteps.moveTo(ctx, b, box.x(), box.y(), box.z(), sideOmega, settings.moveTimeout(),
                    "to the loop centre at omega " + sideOmega);
            double sideHeight = Math.max(Double.isFinite(box.sideHeightUm()) ? box.sideHeightUm() : 0,
                    settings.minOrthogonalCells() * faceOnDef.stepsize());
            RasterDef sideDef = definer.define(box.widthUm(), sideHeight, faceOnDef.stepsize(),
                    new double[]{box.x(), box.y(), box.z(), sideOmega}, vertical);
            ChildRaster.Run side = rasters.run(ctx, sideDef, 2, 0.6, 0.95, "AutoRaster orthogonal raster");
            RasterCell.Position other = orthogonalPosition(ctx, side, best, score, box, sideOmega);
            TwoViewCentre.Centre c = TwoViewCentre.solve(
                    TwoViewCentre.refine(faceOn.result(), best, score, faceOnDef.stepsize()), other);
            ctx.progress(0.95, "AutoRaster: to the 3-D centre");
            BeamlineSteps.moveTo(ctx, b, c.x(), c.y(), c.z(), box.faceOnOmega(), settings.moveTimeout(),
                    "to the 3-D centre");
            String done = String.format(Locale.ROOT, "AutoRaster: sample %s centred at x %.1f, y %.1f, z %.1f µm "
                    + "(face-on cell %d)", sample, c.x(), c.y(), c.z(), best.index());
            log.info("{} for request {}", done, ctx.request().uid());
            ctx.message(done);
        } finally {
            BeamlineSteps.restoreTransmission(b, transmission, settings.moveTimeout());
        }
    }

    /**
     * The orthogonal view's cell: the best hit in the face-on maximum's column; else the orthogonal raster's best hit;
     * else (nothing seen edge-on) the loop centre, i.e. the crystal assumed in the loop plane.
     */
    private static RasterCell.Position orthogonalPosition(RoutineContext ctx, ChildRaster.Run side, RasterCell best,
                                                          HeatMapScore score, LoopBox box, double sideOmega) {
        Optional<RasterCell> inColumn = TwoViewCentre.bestInColumn(side.result(), best.position().x(),
                side.def().stepsize(), score);
        double step = side.def().stepsize();
        if (inColumn.isPresent()) {
            return TwoViewCentre.refine(side.result(), inColumn.get(), score, step);
        }
        Optional<RasterCell> any = score.best(side.result());
        if (any.isPresent()) {
            ctx.message("AutoRaster: no hit in the face-on column of the orthogonal raster; using its best cell "
                    + any.get().index());
            return TwoViewCentre.refine(side.result(), any.get(), score, step);
        }
        ctx.message("AutoRaster: the orthogonal raster found nothing; the depth is the loop centre's");
        return new RasterCell.Position(box.x(), box.y(), box.z(), sideOmega);
    }

    /**
     * LSDC's {@code osc_range}: the request's {@code osc_range} when it has one, else {@code sweep_end − sweep_start}.
     */
    public static double oscRange(RequestObj obj) {
        Optional<Double> explicit = obj.optDouble("osc_range");
        if (explicit.isPresent()) {
            return explicit.get();
        }
        return obj.optDouble("sweep_end").orElse(0.0) - obj.optDouble("sweep_start").orElse(0.0);
    }
}
