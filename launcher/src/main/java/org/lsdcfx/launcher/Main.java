package org.lsdcfx.launcher;

import java.io.PrintWriter;
import org.slf4j.bridge.SLF4JBridgeHandler;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code ./lsdc}: one sub-command per way of running LSDC-FX. */
@Command(name = "lsdc", mixinStandardHelpOptions = true, version = "LSDC-FX 0.1.0",
        description = "LSDC-FX: macromolecular-crystallography data collection (daq server, stores, simulated beamline, GUI).",
        subcommands = {DemoCommand.class, ServerCommand.class, CmdCommand.class, StoreCommand.class, ImportSheetCommand.class,
                SimCommand.class, ChoochCommand.class, GuiCommand.class},
        footer = {"", "Run './lsdc COMMAND --help' for the options of a command. './lsdc test' runs the test suite."})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code (tests call this instead of {@link #main}). */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs a command line printing to the given writers. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        if (!SLF4JBridgeHandler.isInstalled()) {
            SLF4JBridgeHandler.removeHandlersForRootLogger();
            SLF4JBridgeHandler.install(); // core-pva logs through java.util.logging
        }
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true).setOut(out).setErr(err).execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
