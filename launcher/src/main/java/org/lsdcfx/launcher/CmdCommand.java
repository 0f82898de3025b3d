package org.lsdcfx.launcher;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.epics.pva.PVASettings;
import org.lsdcfx.daq.client.CommandClient;
import org.lsdcfx.daq.client.CommandClientException;
import org.lsdcfx.daq.command.CommandChannel;
import org.lsdcfx.daq.command.CommandReply;
import org.lsdcfx.daq.command.CommandRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ./lsdc cmd}: put one LSDC command on the daq server's command PV and print the reply. */
@Command(name = "cmd", mixinStandardHelpOptions = true,
        description = {"Send one command to the daq server, as the GUI would: ./lsdc cmd setTrans 0.5, "
                + "./lsdc cmd move_omega 90 relative=false.",
                "Arguments are words; NAME=VALUE words become keyword arguments. Prints the reply; exits 1 when the "
                        + "command is rejected (or fails, with --wait), 2 when the server cannot be reached.",
                "See docs/commands.md for every command."})
final class CmdCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FUNCTION", description = "Command name, for example runDCQueue")
    String function;

    @Parameters(index = "1..*", paramLabel = "ARG", description = "Arguments (NAME=VALUE for keyword arguments)")
    List<String> words = List.of();

    @Option(names = "--immediate", description = "Use immediate_command_s (stop, pause, continue, abort run while a routine runs)")
    boolean immediate;

    @Option(names = "--wait", description = "Wait until the command has finished and print its final reply")
    boolean waitForEnd;

    @Option(names = "--timeout", description = "Seconds to wait for the server (default: ${DEFAULT-VALUE}; with --wait, for the command)")
    double timeoutSeconds = 10;

    @Option(names = "--prefix", description = "Comm PV prefix (default: $LSDC_COMM_PREFIX, else ${DEFAULT-VALUE})")
    String prefix = System.getenv().getOrDefault("LSDC_COMM_PREFIX", "SIM{Comm}");

    @Option(names = "--json", description = "Print the reply as JSON")
    boolean json;

    @Option(names = "--pva-udp-port", description = "UDP search port of the daq server on this machine (default: ${DEFAULT-VALUE}); "
            + "ignored when EPICS_PVA_ADDR_LIST is set")
    int daqUdp = PvaDefaults.DAQ_UDP;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!PvaDefaults.environmentConfigured()) {
            // The launcher's defaults: a daq server (and its simulator) on this machine.
            PVASettings.EPICS_PVA_ADDR_LIST = "127.0.0.1:" + daqUdp;
            PVASettings.EPICS_PVA_AUTO_ADDR_LIST = false;
            PVASettings.EPICS_PVA_BROADCAST_PORT = daqUdp;
        }
        Duration timeout = Duration.ofMillis((long) (timeoutSeconds * 1000));
        try (CommandClient client = CommandClient.connect(prefix, timeout)) {
            CommandRequest request = CommandRequest.fromWords(client.newId(), function, words);
            CommandChannel channel = immediate ? CommandChannel.IMMEDIATE : CommandChannel.SERIAL;
            CommandReply reply = waitForEnd ? client.call(channel, request, timeout) : client.send(channel, request, timeout);
            out.println(json ? reply.toJson() : describe(reply));
            out.flush();
            return reply.phase() == CommandReply.Phase.REJECTED || reply.phase() == CommandReply.Phase.FAILED ? 1 : 0;
        } catch (CommandClientException e) {
            err.println("lsdc cmd: " + e.getMessage());
            return 2;
        }
    }

    private static String describe(CommandReply r) {
        String what = switch (r.phase()) {
            case ACCEPTED -> "accepted";
            case REJECTED -> "REJECTED";
            case DONE -> "done";
            case FAILED -> "FAILED";
        };
        return r.function() + ": " + what + (r.reason() == null || r.reason().isBlank() ? "" : ": " + r.reason());
    }
}
