package org.lsdcfx.daq;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.epics.pva.client.PVAClient;
import org.epics.pva.server.PVAServer;
import org.lsdcfx.amostra.Amostra;
import org.lsdcfx.analysisstore.AnalysisStore;
import org.lsdcfx.conftrak.Conftrak;
import org.lsdcfx.conftrak.key.AccessKeys;
import org.lsdcfx.conftrak.key.CommKeys;
import org.lsdcfx.daq.beamline.BeamlineAccess;
import org.lsdcfx.daq.beamline.EmergencyStop;
import org.lsdcfx.daq.comm.CallerResolver;
import org.lsdcfx.daq.comm.CommPvNames;
import org.lsdcfx.daq.comm.CommPvs;
import org.lsdcfx.daq.comm.CommandPv;
import org.lsdcfx.daq.comm.Heartbeat;
import org.lsdcfx.daq.comm.InstanceCheck;
import org.lsdcfx.daq.comm.ServerInfo;
import org.lsdcfx.daq.command.CommandChannel;
import org.lsdcfx.daq.command.CommandParser;
import org.lsdcfx.daq.config.BeamlineSettings;
import org.lsdcfx.daq.control.ProgramStatus;
import org.lsdcfx.daq.control.RunControl;
import org.lsdcfx.daq.control.RunState;
import org.lsdcfx.daq.guard.CommandGuard;
import org.lsdcfx.daq.guard.ControlMaster;
import org.lsdcfx.daq.guard.StaffList;
import org.lsdcfx.daq.queue.CommandDispatcher;
import org.lsdcfx.daq.queue.CommandRegistry;
import org.lsdcfx.daq.recovery.InterruptedRequestRecovery;
import org.lsdcfx.daq.routine.ProtocolRegistry;
import org.lsdcfx.daq.routine.RoutineServices;
import org.lsdcfx.daq.sample.SampleMounter;
import org.lsdcfx.datafiles.nxmx.NxmxBackends;
import org.lsdcfx.device.BeamlineDevices;
import org.lsdcfx.device.DeviceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daq server: hosts the LSDC comm PVs on its own PVA server, admits commands through the guard, runs them on
 * its command workers and drives the beamline through the device layer. {@link #start()} refuses to start when
 * another server already serves the comm prefix; {@link #close()} aborts running work (its request is marked
 * interrupted), stops the devices and releases everything it opened.
 *
 * <pre>
 * DaqServerConfig config = DaqServerConfig.builder(storeConnection, Profiles.load("SIM")).build();
 * try (DaqServer server = new DaqServer(config)) {
 *     server.start();
 *     ...
 * }
 * </pre>
 *
 * <p>Thread-safe: {@link #start()} and {@link #close()} are synchronized; everything else runs on the server's
 * own threads.
 */
public final class DaqServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DaqServer.class);
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(10);

    private final DaqServerConfig config;
    private final RunControl runControl = new RunControl();
    private final ProgramStatus programStatus = new ProgramStatus();
    // Guarded by this (start/close); the volatile ones are also read by other threads after start().
    private final List<AutoCloseable> opened = new ArrayList<>(); // closed in reverse order
    private final List<CommandPv> commandPvs = new ArrayList<>();
    private volatile String prefix;
    private volatile ServerInfo info;
    private volatile BeamlineAccess beamline;
    private volatile List<InterruptedRequestRecovery.Recovered> recovered = List.of();
    private volatile CommandRegistry registry;
    private CommPvs comm;
    private CommandDispatcher dispatcher;
    private EmergencyStop emergencyStop;
    private boolean started;
    private boolean closed;

    public DaqServer(DaqServerConfig config) {
        this.config = config;
    }

    /**
     * Starts serving: checks for another server on the prefix, opens the stores, hosts the comm PVs, connects the
     * devices (a failure leaves the server running without them, saying why), marks requests a previous server
     * left running as interrupted, and then accepts commands.
     *
     * @throws AnotherServerRunningException when a daq server already serves the prefix
     * @throws IllegalStateException         when called twice
     */
    public synchronized void start() {
        if (started) {
            throw new IllegalStateException("the daq server was already started");
        }
        started = true;
        try {
            startParts();
        } catch (RuntimeException e) {
            closeOpened();
            throw e;
        }
    }

    private void startParts() {
        Amostra amostra = new Amostra(config.store(), config.clock());
        amostra.createIndexes();
        Conftrak conftrak = new Conftrak(config.store(), config.clock(), config.beamlineId());
        conftrak.createIndexes();
        AnalysisStore analysis = new AnalysisStore(config.store(), config.clock(), config.beamlineId());
        analysis.createIndexes();
        prefix = resolvePrefix(conftrak);

        PVAClient client = config.pvaClient();
        if (client == null) {
            if (config.pvaNetwork() != null) {
                config.pvaNetwork().applyClientSettings();
            }
            client = newClient();
            opened.add(client);
        }
        InstanceCheck.findRunning(client, prefix, config.instanceCheckTimeout()).ifPresent(running -> {
            throw new AnotherServerRunningException(prefix, running);
        });

        if (config.pvaNetwork() != null) {
            config.pvaNetwork().applyServerSettings();
        }
        PVAServer pva = newServer();
        opened.add(pva);
        comm = new CommPvs(pva, prefix, config.clock());
        opened.add(comm);
        info = describeThisServer();
        comm.serverInfo(info);
        runControl.addListener(comm::runState);
        programStatus.addListener(comm::programState);

        beamline = connectDevices(client);
        beamline.get().ifPresent(opened::add);
        emergencyStop = new EmergencyStop(beamline, config.abortBudget());

        CallerResolver callers = new CallerResolver(pva);
        StaffList staff = new StaffList(staffEntries(conftrak));
        ControlMaster master = new ControlMaster(staff, callers::isConnected, config.clock(),
                Duration.ofSeconds(conftrak.get(AccessKeys.CONTROL_MASTER_TIMEOUT)));
        master.addListener(comm::zingerFlag);
        BeamlineSettings settings = new BeamlineSettings(conftrak, config.visitDirectory());
        RoutineServices services = new RoutineServices(amostra, conftrak, analysis, beamline, config.profile(),
                settings.visitDirectory().orElse(null), comm, config.clock());
        SampleMounter mounter = new SampleMounter(amostra, conftrak, beamline, settings, comm, Duration.ofMinutes(3),
                Duration.ofSeconds(60));
        mounter.publishMounted();

        recovered = new InterruptedRequestRecovery(amostra, config.clock()).recover("daq-server");
        if (!recovered.isEmpty()) {
            String report = InterruptedRequestRecovery.describe(recovered);
            comm.message(report);
            comm.popup(report);
            comm.queueChanged();
        }

        registry = new CommandRegistry();
        AtomicLong ids = new AtomicLong();
        CommandGuard guard = new CommandGuard(new CommandParser(() -> "srv-" + ids.incrementAndGet()), registry, staff, master,
                runControl::state);
        dispatcher = new CommandDispatcher(guard, registry, runControl, programStatus, comm, config.clock());
        opened.add(dispatcher);
        new CommandSet(config, runControl, programStatus, dispatcher, emergencyStop, master, mounter, settings, services, client, comm)
                .registerInto(registry);
        dispatcher.start();

        Heartbeat heartbeat = new Heartbeat(Duration.ofSeconds(1), comm::heartbeat, List.of(master::pruneDisconnected));
        heartbeat.start();
        opened.add(heartbeat);
        commandPvs.add(new CommandPv(pva, prefix + CommPvNames.COMMAND_S, CommandChannel.SERIAL, callers, dispatcher::submit,
                config.clock()));
        commandPvs.add(new CommandPv(pva, prefix + CommPvNames.IMMEDIATE_COMMAND_S, CommandChannel.IMMEDIATE, callers,
                dispatcher::submit, config.clock()));
        comm.message("daq server ready on " + prefix + " (" + info.describe() + ")");
        NxmxBackends.Choice nxmx = NxmxBackends.active();
        log.info("daq server serving {} on PVA port {}; beamline {} {}; {} command(s), protocols {}; NXmx writer {} ({})",
                prefix, pva.getTCPAddress(false).getPort(), config.profile().name(),
                beamline.isConnected() ? "connected" : "NOT connected (" + beamline.unavailableReason() + ")",
                registry.names().size(), config.protocols().names(), nxmx.name(), nxmx.reason());
    }

    private String resolvePrefix(Conftrak conftrak) {
        if (config.commPrefix() != null && !config.commPrefix().isBlank()) {
            return config.commPrefix();
        }
        if (conftrak.isStored(CommKeys.BEAMLINE_COMM.name())) {
            return conftrak.get(CommKeys.BEAMLINE_COMM);
        }
        return config.profile().commPrefix();
    }

    private Set<String> staffEntries(Conftrak conftrak) {
        Set<String> entries = new HashSet<>(config.staff());
        entries.addAll(config.profile().staffUsers());
        entries.addAll(conftrak.staffUsers());
        return entries;
    }

    private BeamlineAccess connectDevices(PVAClient client) {
        if (!config.connectDevices()) {
            return BeamlineAccess.unavailable("this server was started without devices");
        }
        try {
            return BeamlineAccess.connected(BeamlineDevices.connect(client, config.profile(), config.deviceConnectTimeout()));
        } catch (DeviceException e) {
            log.error("Beamline {} devices did not connect; running without them: {}", config.profile().name(), e.getMessage());
            comm.popup("The beamline devices did not connect: " + e.getMessage());
            return BeamlineAccess.unavailable(e.getMessage());
        }
    }

    private ServerInfo describeThisServer() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = "localhost";
        }
        String version = DaqServer.class.getPackage().getImplementationVersion();
        return new ServerInfo(prefix, host, ProcessHandle.current().pid(), System.getProperty("user.name"),
                Instant.now(config.clock()).toString(), config.profile().name(), version == null ? "dev" : version);
    }

    private static PVAClient newClient() {
        try {
            return new PVAClient();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot create a PVA client: " + e.getMessage(), e);
        }
    }

    private static PVAServer newServer() {
        try {
            return new PVAServer();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start the PVA server for the comm PVs: " + e.getMessage(), e);
        }
    }

    /** The comm prefix served, e.g. {@code SIM{Comm}}. Valid after {@link #start()}. */
    public String commPrefix() {
        return prefix;
    }

    /** What {@code server_info} publishes. Valid after {@link #start()}. */
    public ServerInfo serverInfo() {
        return info;
    }

    /** The protocol registry (the one from the config); register protocols before or after start. */
    public ProtocolRegistry protocols() {
        return config.protocols();
    }

    /** Every command this server accepts, with its schema (for {@code ./lsdc cmd --list}, docs, GUIs). */
    public java.util.Collection<org.lsdcfx.daq.guard.CommandSpec> commands() {
        return registry == null ? List.of() : registry.all();
    }

    /** Requests found running at start-up and marked interrupted. */
    public List<InterruptedRequestRecovery.Recovered> recoveredAtStart() {
        return recovered;
    }

    public RunState runState() {
        return runControl.state();
    }

    /** The beamline as the server's routines see it (for tools and tests that must see what the server sees). */
    public BeamlineAccess beamline() {
        return beamline;
    }

    /** True if the beamline devices connected at start-up. */
    public boolean beamlineConnected() {
        return beamline != null && beamline.isConnected();
    }

    /**
     * Stops accepting commands, aborts running work (its request is marked interrupted), stops the devices and
     * closes what the server opened (not the store connection nor a PVA client given in the config). Idempotent.
     */
    @Override
    public synchronized void close() {
        if (closed || !started) {
            closed = true;
            return;
        }
        closed = true;
        commandPvs.forEach(CommandPv::close); // no new commands from here on
        commandPvs.clear();
        if (runControl.abort("the daq server is shutting down")) {
            log.warn("Shutting down while {}: aborting", runControl.state().label());
            dispatcher.cancelWaitingSerial("the daq server is shutting down");
            log.info("Shutdown stop: {}", emergencyStop.stopAll());
            try {
                if (!runControl.awaitIdle(SHUTDOWN_WAIT)) {
                    log.error("Running work did not end within {} s of the abort; closing anyway", SHUTDOWN_WAIT.toSeconds());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        closeOpened();
        log.info("daq server on {} closed", prefix);
    }

    private void closeOpened() {
        commandPvs.forEach(CommandPv::close);
        commandPvs.clear();
        for (int i = opened.size() - 1; i >= 0; i--) {
            try {
                opened.get(i).close();
            } catch (Exception e) {
                log.warn("Closing {} failed: {}", opened.get(i), e.toString());
            }
        }
        opened.clear();
    }
}
