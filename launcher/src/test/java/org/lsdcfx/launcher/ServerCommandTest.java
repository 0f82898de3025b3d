package org.lsdcfx.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.lsdcfx.store.test.EmbeddedMongo;

/**
 * {@code ./lsdc server --sim} in its own JVM, commanded by {@code ./lsdc cmd} over PVAccess as a user would; a
 * second server on the same prefix and ports is refused.
 */
class ServerCommandTest {
    @RegisterExtension
    static EmbeddedMongo mongo = new EmbeddedMongo();

    @TempDir
    Path home;

    @Test
    void serverAnswersCmdAndRefusesASecondInstance() throws Exception {
        int daqUdp = FreePorts.udp();
        String[] pva = FreePorts.pvaOptions(daqUdp);
        List<String> args = new ArrayList<>(List.of("server", "--sim", "--time-scale", "0.01", "--mongo", mongo.uri(),
                "--visit", home.resolve("visit").toString()));
        args.addAll(List.of(pva));
        try (ChildJvm server = ChildJvm.start(home, args.toArray(String[]::new))) {
            server.awaitLine(l -> l.startsWith("Ready."), Duration.ofSeconds(90));

            String udp = Integer.toString(daqUdp);
            CommandRun ok = CommandRun.of("cmd", "setTrans", "0.5", "--wait", "--pva-udp-port", udp);
            assertEquals(0, ok.exitCode(), ok.out() + ok.err());
            assertEquals("setTrans: done: transmission 0.5", ok.out().strip());

            CommandRun bad = CommandRun.of("cmd", "setTrans", "7", "--pva-udp-port", udp);
            assertEquals(1, bad.exitCode(), bad.out() + bad.err());
            assertTrue(bad.out().contains("REJECTED") && bad.out().contains("outside 0 to 1"), bad.out());

            CommandRun unknown = CommandRun.of("cmd", "exec", "rm -rf /", "--pva-udp-port", udp);
            assertEquals(1, unknown.exitCode());
            assertTrue(unknown.out().contains("unknown command"), unknown.out());

            try (ChildJvm second = ChildJvm.start(home, args.toArray(String[]::new))) {
                ChildJvm.Result r = second.awaitExit(Duration.ofSeconds(90));
                assertEquals(1, r.exitCode(), r.output());
                assertTrue(r.output().contains("lsdc server: ") && r.output().contains("already"), r.output());
            }
            server.terminate(Duration.ofSeconds(30));
        }
    }

    @Test
    void cmdWithoutAServerSaysSoAndExitsTwo() {
        CommandRun r = CommandRun.of("cmd", "setTrans", "0.5", "--timeout", "1", "--pva-udp-port",
                Integer.toString(FreePorts.udp()));
        assertEquals(2, r.exitCode(), r.out() + r.err());
        assertTrue(r.err().startsWith("lsdc cmd: "), r.err());
    }
}
