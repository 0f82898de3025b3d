package org.lsdcfx.gui.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import javafx.application.Platform;
import org.lsdcfx.amostra.Amostra;
import org.lsdcfx.analysisstore.AnalysisStore;
import org.lsdcfx.conftrak.Conftrak;
import org.lsdcfx.daq.comm.CommPvNames;
import org.lsdcfx.gui.model.BeamlinePvs;
import org.lsdcfx.gui.model.BeamlineStatus;
import org.lsdcfx.gui.model.CommStatus;
import org.lsdcfx.gui.model.ControlModel;
import org.lsdcfx.gui.model.DewarContents;
import org.lsdcfx.gui.model.DewarModel;
import org.lsdcfx.gui.model.FxThrottle;
import org.lsdcfx.gui.model.GuiModel;
import org.lsdcfx.gui.model.JobRunner;
import org.lsdcfx.gui.model.MessageLog;
import org.lsdcfx.gui.model.PvaPvSource;
import org.lsdcfx.gui.model.PvaServerLink;
import org.lsdcfx.gui.model.RequestService;
import org.lsdcfx.gui.model.Selection;
import org.lsdcfx.gui.model.ServerCommands;
import org.lsdcfx.gui.model.SessionInfo;
import org.lsdcfx.gui.model.HeatMapReader;
import org.lsdcfx.gui.model.RasterFeed;
import org.lsdcfx.gui.model.RasterSnapshotWriter;
import org.lsdcfx.gui.model.CameraFeed;
import org.lsdcfx.gui.model.CameraPvaReader;
import org.lsdcfx.gui.model.SampleModel;
import org.lsdcfx.gui.model.SampleMotors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds and runs the GUI's model layer from a {@link GuiContext}: the background job runner, the FX throttle,
 * PV access, the command link, the observable models. {@link #open} reads the session from the store, so call
 * it off the FX thread; {@link #start} starts the monitors and the store polling; {@link #close} stops all of
 * it (the context's store and PVA client stay open).
 */
public final class GuiServices implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(GuiServices.class);
    /** The sample view shows the low-magnification camera, polled at 4 Hz (LSDC: 25 Hz MJPEG). */
    private static final String SAMPLE_CAMERA = "lowMag";
    private static final java.time.Duration CAMERA_POLL = java.time.Duration.ofMillis(250);

    private final GuiContext context;
    private final ScheduledExecutorService timer;
    private final JobRunner jobs;
    private final FxThrottle throttle;
    private final PvaPvSource pvs;
    private final PvaServerLink link;
    private final GuiModel model;
    private final List<AutoCloseable> started = new ArrayList<>();

    private GuiServices(GuiContext context, Executor fx) {
        this.context = context;
        // The store reads come first, so that a failure leaves no threads behind.
        Amostra amostra = new Amostra(context.store(), context.clock());
        Conftrak conftrak = new Conftrak(context.store(), context.clock(), context.beamlineId());
        SessionInfo session = SessionInfo.load(conftrak, context.profile(), context.user(), context.settings().commPrefix());
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "gui-timer");
            t.setDaemon(true);
            return t;
        });
        this.jobs = new JobRunner("gui-jobs");
        this.throttle = new FxThrottle("gui", context.settings().throttle(), fx, timer);
        this.pvs = new PvaPvSource(context.pva(), context.settings().commandTimeout());
        this.link = new PvaServerLink(pvs, session.commPrefix(), context.settings().commandTimeout());
        MessageLog messages = new MessageLog(throttle, context.clock());
        CommStatus comm = new CommStatus();
        ServerCommands commands = new ServerCommands(link, messages);
        ControlModel control = new ControlModel(comm, commands, session.staff(), fx);
        DewarContents contents = new DewarContents();
        var revisions = context.store().amostra().getCollection(Amostra.REVISION);
        DewarModel dewar = new DewarModel(amostra, session.dewarName(), jobs, throttle, contents,
                revisions::estimatedDocumentCount, messages);
        RequestService requests = new RequestService(amostra, session, jobs, dewar, messages);
        AnalysisStore results = new AnalysisStore(context.store(), context.clock(), context.beamlineId());
        RasterFeed raster = new RasterFeed(new HeatMapReader(amostra, results), conftrak, jobs, throttle, messages,
                context.user());
        RasterSnapshotWriter snapshots = session.visitDirectory() == null || session.visitDirectory().isBlank() ? null
                : new RasterSnapshotWriter(amostra, results, jobs, Path.of(session.visitDirectory()));
        SampleModel sample = new SampleModel(new CameraFeed(SAMPLE_CAMERA, new CameraPvaReader(context.pva(),
                context.profile().camera(SAMPLE_CAMERA).pvPrefix(), context.settings().commandTimeout()), throttle,
                CAMERA_POLL), context.profile().camera(SAMPLE_CAMERA), new SampleMotors(context.profile()), link, messages,
                snapshots);
        this.model = new GuiModel(session, contents, dewar, new Selection(), requests, commands, control, comm,
                new BeamlineStatus(), messages, jobs, fx, context.clock(), raster, sample);
    }

    /**
     * Builds the model layer (reads the session from the store).
     *
     * @throws IllegalStateException when called on the FX thread
     */
    public static GuiServices open(GuiContext context) {
        if (Platform.isFxApplicationThread()) {
            throw new IllegalStateException("GuiServices.open reads the store: call it off the FX thread");
        }
        return new GuiServices(context, Platform::runLater);
    }

    public GuiModel model() {
        return model;
    }

    public GuiContext context() {
        return context;
    }

    /**
     * Starts the PV monitors, the first dewar read and the store polling; any thread. Call it after the main
     * window was built, or queued for building on the FX thread: updates reach the panels in FX-thread order,
     * so the panels must be listening before the first batch arrives.
     */
    public synchronized void start() {
        if (!started.isEmpty()) {
            return;
        }
        String prefix = model.session().commPrefix();
        model.comm().connect(pvs, prefix, throttle);
        started.add(model.comm());
        model.beamline().connect(pvs, BeamlinePvs.of(context.profile()), throttle);
        started.add(model.beamline());
        model.messages().connect(pvs, prefix);
        started.add(model.messages());
        started.add(pvs.monitor(prefix + CommPvNames.LIVE_Q_CHANGE_FLAG, v -> model.dewar().refresh()));
        model.raster().connect(pvs, prefix);
        started.add(model.raster());
        model.sample().motors().connect(pvs, throttle);
        model.sample().camera().start();
        started.add(model.sample());
        model.dewar().start(timer, context.settings().storePoll());
        started.add(model.dewar());
        if (context.settings().takeControlAtStart()) {
            model.fx().execute(() -> model.control().takeControl());
        }
        log.info("GUI for {} on comm prefix {}, dewar {}, user {}{}", context.beamlineId(), prefix,
                model.session().dewarName(), context.user(), model.session().staff() ? " (staff)" : "");
    }

    @Override
    public synchronized void close() {
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).close();
            } catch (Exception e) {
                log.debug("closing {}: {}", started.get(i), e.toString());
            }
        }
        started.clear();
        link.close();
        pvs.close();
        throttle.close();
        jobs.close();
        timer.shutdownNow();
    }
}
