package org.lsdcfx.daq.test;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.lsdcfx.daq.PvaNetwork;
import org.lsdcfx.daq.command.CommandReply;

/** Runs {@link ForeignClient} in a child JVM as another user and talks to it line by line. */
public final class ForeignProcess implements AutoCloseable {
    private final Process process;
    private final BufferedReader out;
    private final Writer in;

    private ForeignProcess(Process process) {
        this.process = process;
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
    }

    /** Starts a client authenticating as {@code user}, searching where {@code network}'s client searches. */
    public static ForeignProcess start(String user, String prefix, PvaNetwork network) throws IOException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.name=" + user, "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                "-DEPICS_PVA_ADDR_LIST=" + network.searchAddresses(), "-DEPICS_PVA_AUTO_ADDR_LIST=NO",
                "-DEPICS_PVA_BROADCAST_PORT=" + network.serverUdpPort(), "-cp", classpath, ForeignClient.class.getName(), prefix));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD);
        ForeignProcess p = new ForeignProcess(pb.start());
        String first = p.out.readLine();
        if (!"ready".equals(first)) {
            p.close();
            throw new IOException("foreign client did not start: " + first);
        }
        return p;
    }

    /** Sends on command_s ("S") or immediate_command_s ("I") and returns the final reply. */
    public CommandReply call(String channel, String function, Object... args) throws IOException {
        in.write(channel + " " + function + " " + new ObjectMapper().writeValueAsString(args) + "\n");
        in.flush();
        String line = out.readLine();
        if (line == null) {
            throw new IOException("foreign client ended");
        }
        return CommandReply.fromJson(line);
    }

    /** Ends the process abruptly, as a crashed GUI would. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        try {
            in.close();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (IOException | InterruptedException e) {
            process.destroyForcibly();
        }
    }
}
