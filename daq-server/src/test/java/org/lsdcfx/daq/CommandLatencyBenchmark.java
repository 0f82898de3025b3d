package org.lsdcfx.daq;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.epics.pva.client.PVAChannel;
import org.epics.pva.client.PVAClient;
import org.epics.pva.data.PVAStructure;
import org.epics.pva.data.nt.PVAScalar;
import org.epics.pva.server.PVAServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lsdcfx.daq.command.CommandChannel;
import org.lsdcfx.daq.command.CommandReply;
import org.lsdcfx.daq.command.CommandRequest;
import org.lsdcfx.daq.protocols.InstantProtocol;
import org.lsdcfx.daq.protocols.ProtocolProbe;
import org.lsdcfx.daq.protocols.SleepyProtocol;
import org.lsdcfx.daq.routine.ProtocolRegistry;
import org.lsdcfx.daq.test.Await;
import org.lsdcfx.daq.test.Calls;
import org.lsdcfx.daq.test.DaqTestBed;
import org.lsdcfx.daq.test.Seeds;
import org.lsdcfx.daq.test.SimHost;
import org.lsdcfx.mxtools.profile.Descriptors;
import org.lsdcfx.store.test.EmbeddedMongo;

/**
 * Prints, does not assert. Command latency from the PVA put to the routine's start (runDCQueue with one request of
 * an instant protocol), p50/p99, beside a bare PVA put round trip measured in the same run; the decision reply
 * (put + read of the reply); an immediate command's round trip; and abort latency during a long simulated move.
 * Run: {@code mvn -o -pl daq-server test -Dtest=CommandLatencyBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 */
class CommandLatencyBenchmark {
    private static final int BARE_PUTS = 3000;
    private static final int QUEUE_RUNS = 200;
    private static final int IMMEDIATE = 500;
    private static final int ABORTS = 10;
    @RegisterExtension
    static EmbeddedMongo mongo = new EmbeddedMongo();

    @Test
    void measure() throws Exception {
        try (SimHost sim = SimHost.start("BEN", 0.1)) {
            ProtocolProbe instant = new ProtocolProbe();
            ProtocolProbe sleepy = new ProtocolProbe();
            ProtocolRegistry protocols = new ProtocolRegistry().register(new InstantProtocol("standard", instant))
                    .register(new SleepyProtocol(2, 3000, sleepy));
            try (DaqTestBed bed = DaqTestBed.builder(mongo.connection()).simulator(sim).protocols(protocols).start()) {
                Seeds seeds = new Seeds(mongo.connection(), "sim", bed.visitDirectory()).dewarWithSamples(1).mounted(0);
                List<Double> bare = barePutRoundTrips();
                List<Double> toRoutine = new ArrayList<>();
                List<Double> decision = new ArrayList<>();
                for (int i = 0; i < QUEUE_RUNS; i++) {
                    seeds.request(0, "standard");
                    CommandRequest run = bed.client().request("runDCQueue");
                    long t0 = System.nanoTime();
                    CommandReply accepted = bed.client().send(CommandChannel.SERIAL, run, Calls.TIMEOUT);
                    decision.add(ms(System.nanoTime() - t0));
                    bed.client().awaitFinal(accepted.id(), Calls.TIMEOUT);
                    toRoutine.add(ms(instant.runStartedNanos.get() - t0));
                }
                List<Double> immediate = new ArrayList<>();
                for (int i = 0; i < IMMEDIATE; i++) {
                    long t0 = System.nanoTime();
                    bed.client().call(CommandChannel.IMMEDIATE, bed.client().request(i % 2 == 0 ? "takeControl" : "releaseControl"),
                            Calls.TIMEOUT);
                    immediate.add(ms(System.nanoTime() - t0));
                }
                List<Double> abortReply = new ArrayList<>();
                List<Double> abortSeen = new ArrayList<>();
                List<Double> motorAtRest = new ArrayList<>();
                for (int i = 0; i < ABORTS; i++) {
                    seeds.request(0, "sleepy");
                    String run = bed.client().send("runDCQueue").id();
                    double start = sim.sim().controls().motorPosition(Descriptors.OMEGA);
                    Await.until(Duration.ofSeconds(10), () -> Math.abs(sim.sim().controls().motorPosition(Descriptors.OMEGA) - start) > 20,
                            "omega moving");
                    long t0 = System.nanoTime();
                    bed.client().call(CommandChannel.IMMEDIATE, bed.client().request("abort_data_collection"), Calls.TIMEOUT);
                    abortReply.add(ms(System.nanoTime() - t0));
                    Await.until(Duration.ofSeconds(10), () -> !sim.sim().controls().motorMoving(Descriptors.OMEGA), "omega stopped");
                    motorAtRest.add(ms(System.nanoTime() - t0));
                    bed.client().awaitFinal(run, Calls.TIMEOUT);
                    abortSeen.add(ms(sleepy.abortSeenNanos.get() - t0));
                }
                System.out.println();
                System.out.println("CommandLatencyBenchmark (loopback, same JVM; ms)      n     p50     p99     max");
                print("bare PVA put round trip (put-callback)", bare);
                print("command decision (put + reply read)", decision);
                print("runDCQueue put -> routine run() starts", toRoutine);
                print("immediate command put -> final reply", immediate);
                print("abort put -> abort reply (devices stopped)", abortReply);
                print("abort put -> routine on-abort step", abortSeen);
                print("abort put -> omega at rest (polled 5 ms)", motorAtRest);
            }
        }
    }

    private static List<Double> barePutRoundTrips() throws Exception {
        int[] ports = DaqTestBed.freePorts();
        PvaNetwork network = PvaNetwork.loopback(ports[0], ports[1]);
        network.applyServerSettings();
        try (PVAServer server = new PVAServer()) {
            PVAStructure data = PVAScalar.stringScalarBuilder("").name("BEN:echo").build();
            server.createPV("BEN:echo", data, (tcp, pv, changes, written) -> pv.update(written));
            network.applyClientSettings();
            try (PVAClient client = new PVAClient()) {
                PVAChannel ch = client.getChannel("BEN:echo");
                ch.connect().get(5, TimeUnit.SECONDS);
                List<Double> out = new ArrayList<>();
                String json = "{\"function\":\"runDCQueue\",\"args\":[],\"kwargs\":{},\"id\":\"c1-1\"}";
                for (int i = 0; i < BARE_PUTS; i++) {
                    long t0 = System.nanoTime();
                    ch.write(true, "value", json).get(5, TimeUnit.SECONDS);
                    out.add(ms(System.nanoTime() - t0));
                }
                ch.close();
                return out.subList(BARE_PUTS / 10, BARE_PUTS); // without warm-up
            }
        }
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static void print(String what, List<Double> values) {
        List<Double> v = new ArrayList<>(values);
        Collections.sort(v);
        System.out.println(String.format(Locale.ROOT, "%-50s %5d %7.3f %7.3f %7.3f", what, v.size(), pct(v, 50), pct(v, 99),
                v.get(v.size() - 1)));
    }

    private static double pct(List<Double> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
