package org.lsdcfx.launcher;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.lsdcfx.daq.AnotherServerRunningException;
import org.lsdcfx.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ./lsdc server}: the daq server, optionally with the simulated beamline in the same JVM. */
@Command(name = "server", mixinStandardHelpOptions = true,
        description = "Run the daq server: LSDC's command PVs over PVAccess, the command guard, the queue and the routines. "
                + "Ctrl-C stops it.")
final class ServerCommand implements Callable<Integer> {
    @Option(names = "--sim", description = "Start the simulated beamline in this JVM (otherwise the beamline's IOCs must be running)")
    boolean sim;

    @Option(names = "--beamline", paramLabel = "NAME", description = "Beamline profile: SIM, AMX, FMX, NYX or a plugin's (default: ${DEFAULT-VALUE})")
    String beamline = "SIM";

    @Option(names = "--visit", paramLabel = "DIR", description = "Visit directory: data goes below it (default: conftrak visitDirectory, else ~/.lsdc-fx/visit)")
    Path visit;

    @Option(names = "--staff", split = ",", paramLabel = "USER", description = "PVA user names allowed staff-only commands (besides conftrak staffUsers and you)")
    List<String> staff = List.of();

    @Option(names = "--time-scale", description = "With --sim: multiplies simulated durations (default: ${DEFAULT-VALUE})")
    double timeScale = 1.0;

    @Mixin
    PvaPortOptions ports;

    @Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        EmbeddedSystem system;
        try {
            system = EmbeddedSystem.start(new EmbeddedSystem.Options(store.explicitUri(), store.dataDirOrDefault(),
                    store.storePort, sim, timeScale, beamline, visit, new LinkedHashSet<>(staff), ports));
        } catch (AnotherServerRunningException | StoreException | org.lsdcfx.mxtools.profile.ProfileException e) {
            err.println("lsdc server: " + e.getMessage());
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            system.close();
            stopped.countDown();
        }, "server-shutdown"));
        system.describe().forEach(out::println);
        out.println("Ready. Ctrl-C stops the server.");
        out.flush();
        stopped.await();
        return 0;
    }
}
