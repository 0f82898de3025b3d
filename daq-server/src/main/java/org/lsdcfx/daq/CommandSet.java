package org.lsdcfx.daq;

import java.nio.file.Path;
import java.util.List;
import org.epics.pva.client.PVAClient;
import org.lsdcfx.amostra.sheet.SpreadsheetImporter;
import org.lsdcfx.daq.beamline.EmergencyStop;
import org.lsdcfx.daq.comm.StatusBoard;
import org.lsdcfx.daq.config.BeamlineSettings;
import org.lsdcfx.daq.control.ProgramStatus;
import org.lsdcfx.daq.control.RunControl;
import org.lsdcfx.daq.guard.ControlMaster;
import org.lsdcfx.daq.handlers.Aborter;
import org.lsdcfx.daq.handlers.BeamCommands;
import org.lsdcfx.daq.handlers.ConfigCommands;
import org.lsdcfx.daq.handlers.ControlCommands;
import org.lsdcfx.daq.handlers.MotionCommands;
import org.lsdcfx.daq.handlers.QueueCommands;
import org.lsdcfx.daq.handlers.SampleCommands;
import org.lsdcfx.daq.handlers.SpreadsheetCommands;
import org.lsdcfx.daq.queue.CommandDispatcher;
import org.lsdcfx.daq.queue.CommandRegistry;
import org.lsdcfx.daq.queue.RequestQueueWalker;
import org.lsdcfx.daq.routine.RoutineRunner;
import org.lsdcfx.daq.routine.RoutineServices;
import org.lsdcfx.daq.routine.escan.EnergyScanCommands;
import org.lsdcfx.daq.routine.raster.RasterCommands;
import org.lsdcfx.daq.sample.SampleMounter;

/** The server's whitelist: builds every command group from the server's parts and registers it. */
final class CommandSet {
    private final DaqServerConfig config;
    private final RunControl control;
    private final ProgramStatus programStatus;
    private final CommandDispatcher dispatcher;
    private final EmergencyStop emergencyStop;
    private final ControlMaster master;
    private final SampleMounter mounter;
    private final BeamlineSettings settings;
    private final RoutineServices services;
    private final PVAClient pva;
    private final StatusBoard status;

    CommandSet(DaqServerConfig config, RunControl control, ProgramStatus programStatus, CommandDispatcher dispatcher,
               EmergencyStop emergencyStop, ControlMaster master, SampleMounter mounter, BeamlineSettings settings,
               RoutineServices services, PVAClient pva, StatusBoard status) {
        this.config = config;
        this.control = control;
        this.programStatus = programStatus;
        this.dispatcher = dispatcher;
        this.emergencyStop = emergencyStop;
        this.master = master;
        this.mounter = mounter;
        this.settings = settings;
        this.services = services;
        this.pva = pva;
        this.status = status;
    }

    /** Where importSpreadsheet may read: the configured directories, else the visit directory (read once, at start). */
    private List<Path> spreadsheetRoots() {
        if (!config.spreadsheetRoots().isEmpty()) {
            return config.spreadsheetRoots();
        }
        return settings.visitDirectory().map(List::of).orElse(List.of());
    }

    void registerInto(CommandRegistry registry) {
        RequestQueueWalker walker = new RequestQueueWalker(services.amostra(), services.conftrak(), settings, services.beamline(),
                mounter, config.protocols(), new RoutineRunner(control, services), control, status);
        new ControlCommands(master).registerInto(registry);
        new QueueCommands(control, walker, new Aborter(control, dispatcher, emergencyStop, status)).registerInto(registry);
        new SampleCommands(mounter).registerInto(registry);
        new MotionCommands(config.profile(), services.beamline(), control).registerInto(registry);
        new org.lsdcfx.daq.handlers.CentringCommands(config.profile(), services.beamline(), control).registerInto(registry);
        new BeamCommands(config.profile(), services.beamline(), control, programStatus, pva).registerInto(registry);
        new ConfigCommands(services.conftrak(), status).registerInto(registry);
        new SpreadsheetCommands(new SpreadsheetImporter(services.amostra()), spreadsheetRoots(), settings, status).registerInto(registry);
        new EnergyScanCommands(services, settings, config.protocols()).registerInto(registry);
        new RasterCommands(services, config.protocols()).registerInto(registry);
    }
}
