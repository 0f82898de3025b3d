package org.lsdcfx.daq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lsdcfx.amostra.Priority;
import org.lsdcfx.amostra.Request;
import org.lsdcfx.amostra.RequestStatus;
import org.lsdcfx.daq.client.CommandClient;
import org.lsdcfx.daq.comm.CommPvNames;
import org.lsdcfx.daq.command.CommandReply;
import org.lsdcfx.daq.protocols.InstantProtocol;
import org.lsdcfx.daq.protocols.ProtocolProbe;
import org.lsdcfx.daq.routine.ProtocolRegistry;
import org.lsdcfx.daq.test.Await;
import org.lsdcfx.daq.test.Calls;
import org.lsdcfx.daq.test.ChildDaqServer;
import org.lsdcfx.daq.test.DaqTestBed;
import org.lsdcfx.daq.test.Seeds;
import org.lsdcfx.daq.test.SimHost;
import org.lsdcfx.store.test.EmbeddedMongo;

/**
 * Restart after a kill: a daq server in a child JVM is killed (SIGKILL) while a request runs; the next server on
 * the same store marks that request interrupted, reports it, and does not run it again.
 */
class RecoveryTest {
    @RegisterExtension
    static EmbeddedMongo mongo = new EmbeddedMongo();
    static SimHost sim;

    @BeforeAll
    static void startSimulator() throws Exception {
        sim = SimHost.start("RCT", 0.2);
    }

    @AfterAll
    static void stopSimulator() throws Exception {
        sim.close();
    }

    @Test
    void aRequestLeftRunningByAKilledServerIsMarkedInterruptedAndNotRunAgain() throws Exception {
        Path visit = java.nio.file.Files.createTempDirectory("daq-visit");
        Seeds seeds = new Seeds(mongo.connection(), "sim", visit).dewarWithSamples(1).mounted(0);
        Request request = seeds.request(0, "sleepy");
        String prefix = DaqTestBed.newPrefix();
        int[] ports = DaqTestBed.freePorts();
        Process child = startChild(prefix, ports, visit);
        try {
            PvaNetwork.loopback(DaqTestBed.freePorts()[0], ports[1], sim.udpPort()).applyClientSettings();
            try (CommandClient client = CommandClient.connect(prefix, Duration.ofSeconds(10))) {
                assertEquals(CommandReply.Phase.ACCEPTED, client.send("runDCQueue").phase());
                Await.until(Duration.ofSeconds(10), () -> seeds.reload(request).status() == RequestStatus.RUNNING, "request running");
            }
        } finally {
            child.destroyForcibly(); // SIGKILL: no clean-up of any kind
            child.waitFor(10, TimeUnit.SECONDS);
        }
        assertEquals(Priority.RUNNING, seeds.reload(request).priority(), "the killed server left the request running");

        ProtocolProbe probe = new ProtocolProbe();
        try (DaqTestBed bed = DaqTestBed.builder(mongo.connection()).visitDirectory(visit)
                .protocols(new ProtocolRegistry().register(new InstantProtocol("sleepy", probe))).start()) {
            assertEquals(List.of(request.uid()), bed.server().recoveredAtStart().stream()
                    .map(org.lsdcfx.daq.recovery.InterruptedRequestRecovery.Recovered::requestUid).toList());
            Request after = seeds.reload(request);
            assertEquals(RequestStatus.INTERRUPTED, after.status());
            assertEquals(Priority.UNQUEUED, after.priority(), "not queued again by itself");
            assertTrue(after.statusReason().startsWith("the daq server stopped while this request was running"), after.statusReason());
            String popup = bed.pvs().string(CommPvNames.GUI_POPUP_MESSAGE_STRING);
            assertTrue(popup.contains(request.uid()) && popup.contains("marked interrupted (not re-run)"), popup);

            assertEquals("0 done, 0 failed; Nothing is queued in dewar primaryDewar", Calls.done(bed.client(), "runDCQueue").reason());
            assertEquals(0, probe.created.get(), "nothing is run twice");
        }
    }

    private static Process startChild(String prefix, int[] ports, Path visit) throws Exception {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1",
                "-cp", classpath, ChildDaqServer.class.getName(), mongo.uri(), "RCT", Integer.toString(sim.udpPort()), prefix,
                Integer.toString(ports[0]), Integer.toString(ports[1]), visit.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null && !line.equals("ready")) {
            // skip log lines
        }
        if (line == null) {
            throw new IllegalStateException("child daq server did not start");
        }
        return p;
    }
}
