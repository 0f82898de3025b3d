package org.lsdcfx.daq.routine.escan;

import java.nio.file.Path;
import org.lsdcfx.analysis.escan.ChoochAnalysis;
import org.lsdcfx.analysis.escan.ChoochResult;
import org.lsdcfx.analysis.escan.ScanData;
import org.lsdcfx.analysisstore.Result;
import org.lsdcfx.daq.routine.Routine;
import org.lsdcfx.daq.routine.RoutineContext;
import org.lsdcfx.daq.routine.RoutineRequest;
import org.lsdcfx.daq.routine.RoutineServices;
import org.lsdcfx.device.Beamline;
import org.lsdcfx.device.motor.Motor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One {@code eScan} request. Prepare: the request_obj is validated again by {@link EnergyScanRules} (a request edited
 * in the store fails with the reason the command guard gives), the data directory is claimed, the monochromator
 * distance is checked against the beamline's policy before anything moves, then transmission, MCA ROI, governor XF
 * and the monochromator to the first point. Run: one point per step (move, count with the shutter open, checkpoint,
 * progress), the raw scan written next to the data (Chooch's format) and stored as {@code eScanResult}, the governor
 * back to SA, the Chooch-equivalent analysis stored as {@code choochResult} and announced on
 * {@code choochResultFlag}. Abort: shutter closed; clean-up: governor back to SA. Used on the serial thread.
 */
final class EnergyScanRoutine implements Routine {
    private static final Logger log = LoggerFactory.getLogger(EnergyScanRoutine.class);
    /** Share of the progress bar taken by the scan itself (the rest: saving and analysis). */
    private static final double SCAN_SHARE = 0.9;

    private final RoutineRequest request;
    private final EdgeCatalog catalog;
    private final EnergyScanSettings settings;
    private final ChoochAnalysis chooch;
    // set in prepare, used in run/onAbort/cleanUp on the same (serial) thread
    private EnergyScanPlan plan;
    private Beamline beamline;
    private FluorescenceStation station;
    private ScanFilePlacement files;

    EnergyScanRoutine(RoutineRequest request, EdgeCatalog catalog, EnergyScanSettings settings, ChoochAnalysis chooch) {
        this.request = request;
        this.catalog = catalog;
        this.settings = settings;
        this.chooch = chooch;
    }

    @Override
    public void prepare(RoutineContext ctx) throws Exception {
        RoutineServices services = ctx.services();
        plan = new EnergyScanRules(catalog, settings, services.profile()).validate(EnergyScanInputs.fromRequestObj(request.requestObj()));
        beamline = services.beamline().require();
        MonochromatorMoves moves = new MonochromatorMoves(settings);
        moves.checkAllowed(beamline.energy().energy(), plan.centreEv(), "the " + plan.edge().label() + " edge scan");
        files = ScanFilePlacement.claim(services.visitDirectory(), request);
        ctx.message("eScan of " + request.sample().name() + ": " + plan.describe() + "; data in " + files.directory());
        station = new FluorescenceStation(beamline, settings);
        station.prepare(ctx, plan.attenuation(), plan.roi(), moves, plan.firstEv());
    }

    @Override
    public void run(RoutineContext ctx) throws Exception {
        Motor mono = beamline.energy().motor();
        int n = plan.points();
        double[] counts = new double[n];
        for (int i = 0; i < n; i++) {
            ctx.checkpoint();
            double e = plan.energyEv(i);
            mono.moveAndWait(e, MonochromatorMoves.timeout(ctx.services().profile(), mono.position(), e));
            counts[i] = station.count(plan.exposureS()).roiCounts();
            ctx.progress(SCAN_SHARE * (i + 1) / n, plan.edge().label() + " point " + (i + 1) + " of " + n + " at "
                    + EnergyFormat.ev(e) + " eV: " + Math.round(counts[i]) + " counts");
        }
        ScanData scan = new ScanData(plan.energiesEv(), counts);
        String label = plan.edge().element() + "-" + plan.edge().edge();
        Path file = files.writeScan(label + "_escan.txt", scan, request.sample().name() + " " + plan.edge().label()
                + " energy scan, request " + request.uid());
        EnergyScanResults results = new EnergyScanResults(ctx.services().analysisStore(), request);
        Result scanResult = results.storeScan(plan.edge(), scan, file);
        ctx.message("eScan of " + request.sample().name() + " saved: " + file + " (eScanResult " + scanResult.uid() + ")");
        ctx.progress(SCAN_SHARE, "governor back to " + FluorescenceStation.SAMPLE_ALIGNMENT);
        station.leave();
        ctx.progress(0.95, "Chooch analysis");
        ChoochResult analysed;
        try {
            analysed = chooch.analyse(scan, plan.edge().element(), plan.edge().edge());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the Chooch analysis failed: " + e.getMessage() + " (the scan is saved in " + file
                    + ", eScanResult " + scanResult.uid() + ")", e);
        }
        files.writeText(label + "_chooch.efs", ChoochCurvesFile.format(analysed));
        Result stored = results.storeChooch(analysed, scanResult, file);
        ctx.services().status().choochResult(stored.uid());
        String summary = ChoochCurvesFile.summary(analysed);
        ctx.message("eScan of " + request.sample().name() + ": " + summary + " (choochResult " + stored.uid() + ")");
        log.info("eScan {} on {}: {}", request.uid(), request.sample().name(), summary);
    }

    @Override
    public void onAbort(RoutineContext ctx) {
        if (station != null) {
            station.closeShutter();
        }
    }

    @Override
    public void cleanUp(RoutineContext ctx) {
        if (station != null) {
            station.leave();
        }
    }
}
