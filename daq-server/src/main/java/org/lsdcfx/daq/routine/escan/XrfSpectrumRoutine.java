package org.lsdcfx.daq.routine.escan;

import java.nio.file.Path;
import java.util.Locale;
import org.lsdcfx.analysis.xrf.XrfIdentification;
import org.lsdcfx.analysis.xrf.XrfIdentifier;
import org.lsdcfx.analysis.xrf.XrfSpectrum;
import org.lsdcfx.analysisstore.Result;
import org.lsdcfx.daq.routine.Routine;
import org.lsdcfx.daq.routine.RoutineContext;
import org.lsdcfx.daq.routine.RoutineRequest;
import org.lsdcfx.daq.routine.RoutineServices;
import org.lsdcfx.device.Beamline;
import org.lsdcfx.device.fluorescence.FluorescenceReading;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One {@code xrfSpectrum} request. Prepare: request checked ({@link XrfSpectrumPlan}), data directory claimed, the
 * monochromator distance checked against the beamline's policy, transmission, governor XF, monochromator to the
 * excitation energy. Run: one count with the shutter open, the spectrum identified, written beside the data and
 * stored as an {@code xrfSpectrum} result; governor back to SA. Used on the serial thread.
 */
final class XrfSpectrumRoutine implements Routine {
    private static final Logger log = LoggerFactory.getLogger(XrfSpectrumRoutine.class);

    private final RoutineRequest request;
    private final EdgeCatalog catalog;
    private final EnergyScanSettings settings;
    private final XrfIdentifier identifier;
    // set in prepare, used afterwards on the same (serial) thread
    private XrfSpectrumPlan plan;
    private Beamline beamline;
    private FluorescenceStation station;
    private ScanFilePlacement files;

    XrfSpectrumRoutine(RoutineRequest request, EdgeCatalog catalog, EnergyScanSettings settings, XrfIdentifier identifier) {
        this.request = request;
        this.catalog = catalog;
        this.settings = settings;
        this.identifier = identifier;
    }

    @Override
    public void prepare(RoutineContext ctx) throws Exception {
        RoutineServices services = ctx.services();
        beamline = services.beamline().require();
        double current = beamline.energy().energy();
        plan = XrfSpectrumPlan.from(request.requestObj(), new EnergyScanRules(catalog, settings, services.profile()), current);
        MonochromatorMoves moves = new MonochromatorMoves(settings);
        moves.checkAllowed(current, plan.energyEv(), "the XRF excitation energy");
        files = ScanFilePlacement.claim(services.visitDirectory(), request);
        station = new FluorescenceStation(beamline, settings);
        station.prepare(ctx, plan.attenuation(), null, moves, plan.energyEv());
    }

    @Override
    public void run(RoutineContext ctx) throws Exception {
        ctx.checkpoint();
        ctx.progress(0.2, "counting " + EnergyFormat.ev(plan.exposureS()) + " s");
        FluorescenceReading reading = station.count(plan.exposureS());
        XrfSpectrum spectrum = new XrfSpectrum(reading.spectrum(), settings.mcaCalibration(), beamline.energy().energy(),
                plan.exposureS());
        ctx.progress(0.6, "identifying elements");
        XrfIdentification id = identifier.identify(spectrum);
        String title = request.sample().name() + " XRF spectrum, request " + request.uid();
        Path file = files.writeText(String.format(Locale.ROOT, "xrf_%.0feV.txt", spectrum.excitationEnergyEv()),
                XrfResultDocument.text(spectrum, title));
        Result stored = new EnergyScanResults(ctx.services().analysisStore(), request).storeXrf(XrfResultDocument.of(spectrum, id, file));
        ctx.progress(0.9, "governor back to " + FluorescenceStation.SAMPLE_ALIGNMENT);
        station.leave();
        String summary = XrfResultDocument.summary(id);
        ctx.message("XRF of " + request.sample().name() + " at " + EnergyFormat.ev(spectrum.excitationEnergyEv()) + " eV: "
                + summary + (id.unexplainedPeaks().isEmpty() ? "" : "; " + id.unexplainedPeaks().size() + " unexplained peak(s)")
                + " (xrfSpectrum " + stored.uid() + ", " + file + ")");
        log.info("xrfSpectrum {} on {}: {}", request.uid(), request.sample().name(), summary);
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
