package org.lsdcfx.launcher;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.lsdcfx.amostra.Request;
import org.lsdcfx.amostra.RequestStatus;
import org.lsdcfx.conftrak.Conftrak;
import org.lsdcfx.conftrak.key.SampleHandlingKeys;
import org.lsdcfx.conftrak.key.VisitKeys;
import org.epics.pva.client.PVAClient;
import org.lsdcfx.gui.app.GuiContext;
import org.lsdcfx.gui.app.GuiLauncher;
import org.lsdcfx.gui.app.GuiSettings;
import org.lsdcfx.daq.AnotherServerRunningException;
import org.lsdcfx.daq.client.CommandClient;
import org.lsdcfx.daq.command.CommandChannel;
import org.lsdcfx.daq.command.CommandReply;
import org.lsdcfx.daq.command.CommandRequest;
import org.lsdcfx.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code ./lsdc demo}: the embedded store, the simulated beamline and the daq server in one JVM over the real
 * protocols on loopback, a demo dewar from a shipped spreadsheet, and (headless) one request of each registered
 * protocol collected with a progress bar.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Start everything on embedded defaults (store, simulated beamline, daq server, GUI) with a demo dewar.",
                "--headless: queue one request of each registered protocol, run the queue with a progress bar, print "
                        + "where the data went, and exit 0 only when every request is done."})
final class DemoCommand implements Callable<Integer> {
    @Option(names = "--headless", description = "No GUI: collect the demo queue on the terminal and exit")
    boolean headless;

    @Option(names = "--visit", paramLabel = "DIR", description = "Visit directory for the data (default: ~/.lsdc-fx/visit)")
    Path visit;

    @Option(names = "--time-scale", description = "Multiplies simulated durations (default: ${DEFAULT-VALUE})")
    double timeScale = 0.2;

    @Mixin
    StoreOptions store;

    @Mixin
    PvaPortOptions ports;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!headless && !Displays.available()) {
            err.println("lsdc demo: there is no display (DISPLAY is not set); use ./lsdc demo --headless, "
                    + "or run it under xvfb-run");
            return 2;
        }
        EmbeddedSystem system;
        try {
            system = EmbeddedSystem.start(new EmbeddedSystem.Options(store.explicitUri(), store.dataDirOrDefault(),
                    store.storePort, true, timeScale, "SIM", visit, new LinkedHashSet<>(), ports));
        } catch (AnotherServerRunningException | StoreException e) {
            err.println("lsdc demo: " + e.getMessage());
            return 1;
        }
        try (system) {
            system.describe().forEach(out::println);
            return headless ? runHeadless(system, out) : runWindowed(system, out);
        }
    }

    private int runWindowed(EmbeddedSystem system, PrintWriter out) throws Exception {
        Conftrak conftrak = new Conftrak(system.store(), Clock.systemUTC(), "sim");
        out.println(new DemoSeed(system.store(), conftrak).ensureDewar());
        prepareConfiguration(conftrak);
        out.println("Opening the GUI; close the window to stop the demo.");
        out.flush();
        // Created after the daq server applied its network settings, so it finds the server and the simulator.
        try (PVAClient pva = new PVAClient()) {
            GuiSettings settings = GuiSettings.defaults().withCommPrefix(system.server().commPrefix())
                    .withTakeControlAtStart(true);
            GuiLauncher.run(GuiContext.of(system.store(), pva, system.profile()).withSettings(settings));
        }
        return 0;
    }

    /** The demo user mounts with the robot, and the GUI needs a visit to name data directories. */
    private static void prepareConfiguration(Conftrak conftrak) {
        conftrak.set(SampleHandlingKeys.QUEUE_COLLECT, true, EmbeddedSystem.WHO);
        if (conftrak.get(VisitKeys.VISIT_NAME).isBlank()) {
            conftrak.set(VisitKeys.VISIT_NAME, "demo", EmbeddedSystem.WHO);
        }
    }

    private int runHeadless(EmbeddedSystem system, PrintWriter out) throws Exception {
        Conftrak conftrak = new Conftrak(system.store(), Clock.systemUTC(), "sim");
        DemoSeed seed = new DemoSeed(system.store(), conftrak);
        out.println(seed.ensureDewar());
        prepareConfiguration(conftrak);
        // rasterScreen needs the loop on the camera and a real-time flight; the demo runs the simulator fast.
        List<String> protocols = system.server().protocols().names().stream()
                .filter(p -> !p.equals("rasterScreen")).toList();
        if (protocols.isEmpty()) {
            out.println("No collection protocol is registered in this build: nothing to collect.");
            return 0;
        }
        List<Request> queued = seed.queueOneOfEach(protocols, system.visitDirectory());
        out.println("Queued " + queued.size() + " request(s): " + protocols);
        String prefix = system.server().commPrefix();
        CommandReply end;
        try (CommandClient client = CommandClient.connect(prefix, java.time.Duration.ofSeconds(10));
             TerminalProgress progress = new TerminalProgress(out, prefix)) {
            end = client.call(CommandChannel.SERIAL, CommandRequest.of(client.newId(), "runDCQueue"),
                    TerminalProgress.generousTimeout(queued.size()));
        }
        out.println("runDCQueue: " + end.phase() + (end.reason() == null ? "" : " (" + end.reason() + ")"));
        return report(seed, queued, out);
    }

    private static int report(DemoSeed seed, List<Request> queued, PrintWriter out) {
        List<String> notDone = new ArrayList<>();
        Set<String> dirs = new LinkedHashSet<>();
        for (Request r : queued) {
            Request now = seed.amostra().requests().get(r.uid());
            String dir = now.requestObj().asMap().getOrDefault("directory", "").toString();
            out.printf("  %-13s %-9s %s%n", now.requestObj().asMap().get("protocol"), now.status(),
                    now.status() == RequestStatus.DONE ? dir : now.statusReason());
            if (now.status() != RequestStatus.DONE) {
                notDone.add(r.uid());
            } else {
                dirs.add(dir);
            }
        }
        if (!dirs.isEmpty()) {
            out.println("Data written under: " + String.join(", ", dirs));
        }
        out.println(notDone.isEmpty() ? "Every request is done." : notDone.size() + " request(s) not done.");
        out.flush();
        return notDone.isEmpty() ? 0 : 1;
    }
}
