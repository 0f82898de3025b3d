package org.lsdcfx.gui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.epics.pva.client.PVAClient;
import org.epics.pva.data.PVAString;
import org.epics.pva.data.PVAStructure;
import org.epics.pva.data.nt.PVAScalar;
import org.epics.pva.data.nt.PVATimeStamp;
import org.epics.pva.server.PVAServer;
import org.epics.pva.server.ServerPV;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lsdcfx.daq.PvaNetwork;
import org.lsdcfx.daq.test.DaqTestBed;
import org.lsdcfx.daq.test.Quiet;
import org.lsdcfx.gui.testbed.Await;

/** The GUI's PV access against a core-pva server on isolated loopback ports. */
class PvaPvSourceTest {
    private PVAServer server;
    private PVAClient client;
    private PvaPvSource source;

    @BeforeEach
    void start() throws Exception {
        Quiet.pva();
        int[] ports = DaqTestBed.freePorts();
        PvaNetwork.loopback(ports[0], ports[1]).apply();
        server = new PVAServer();
        client = new PVAClient();
        source = new PvaPvSource(client, Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() {
        source.close();
        client.close();
        server.close();
    }

    private static PVAStructure string(String name, String value, Instant time) throws Exception {
        return PVAScalar.stringScalarBuilder(value).name(name).timeStamp(new PVATimeStamp(time)).build();
    }

    @Test
    void aMonitorGetsTheCurrentValueTheChangesAndTheLossOfTheServer() throws Exception {
        Instant t0 = Instant.parse("2026-01-02T03:04:05Z");
        PVAStructure data = string("T:state", "Program Ready", t0);
        ServerPV pv = server.createPV("T:state", data);
        List<PvValue> seen = new CopyOnWriteArrayList<>();
        source.monitor("T:state", seen::add);
        // The first connection includes the UDP search: a lost reply makes core-pva search again only after a
        // back-off of many seconds (seen once in CI), so this wait is longer than the others.
        Await.until(Duration.ofSeconds(90), () -> !seen.isEmpty(), () -> "the current value");
        assertEquals("Program Ready", seen.get(0).text());
        assertEquals(t0, seen.get(0).time(), "the server's time stamp");

        PVAString value = data.get("value");
        value.set("Program Busy");
        pv.update(data);
        Await.until(() -> seen.get(seen.size() - 1).text().equals("Program Busy"), "the change");

        server.close();
        Await.until(() -> !seen.get(seen.size() - 1).connected(), "the disconnect");
        assertEquals("", seen.get(seen.size() - 1).text());
    }

    @Test
    void arraysNumbersAndWrites() throws Exception {
        PVAStructure replies = PVAScalar.stringArrayScalarBuilder("a", "b").name("T:replies").build();
        server.createPV("T:replies", replies);
        PVAStructure number = PVAScalar.doubleScalarBuilder(399.5).name("T:ring").build();
        server.createPV("T:ring", number);
        PVAStructure writable = PVAScalar.stringScalarBuilder("").name("T:cmd").build();
        List<String> written = new CopyOnWriteArrayList<>();
        server.createPV("T:cmd", writable, (tcp, target, changes, data) -> {
            PVAString v = data.get("value");
            written.add(v.get());
            target.update(data);
        });

        List<PvValue> arrays = new CopyOnWriteArrayList<>();
        List<PvValue> numbers = new CopyOnWriteArrayList<>();
        source.monitor("T:replies", arrays::add);
        source.monitor("T:ring", numbers::add);
        Await.until(() -> !arrays.isEmpty() && !numbers.isEmpty(), "both values");
        assertEquals(List.of("a", "b"), List.of(arrays.get(0).strings()));
        assertEquals(399.5, numbers.get(0).number());
        assertTrue(numbers.get(0).flag().orElseThrow(), "a non-zero number reads as a true flag");

        source.write("T:cmd", "{\"function\":\"runDCQueue\"}").get(5, TimeUnit.SECONDS);
        assertEquals(List.of("{\"function\":\"runDCQueue\"}"), written);
    }

    @Test
    void aMissingPvIsNeverReportedConnected() throws Exception {
        try (PvaPvSource quick = new PvaPvSource(client, Duration.ofMillis(300))) {
            List<PvValue> seen = new CopyOnWriteArrayList<>();
            quick.monitor("T:absent", seen::add);
            var write = quick.write("T:absent", "x");
            Await.until(write::isDone, "the write to give up");
            assertTrue(write.isCompletedExceptionally());
            assertFalse(seen.stream().anyMatch(PvValue::connected));
        }
    }

    @Test
    void manyPvsMonitoredAtOnceAllConnect() throws Exception {
        // Channels created while the client already talks to the server connect fastest: the case in which core-pva
        // could report CONNECTED before the channel was known to the source, which then never monitored it.
        server.createPV("T:first", PVAScalar.doubleScalarBuilder(0).name("T:first").build());
        List<PvValue> first = new CopyOnWriteArrayList<>();
        source.monitor("T:first", first::add);
        Await.until(Duration.ofSeconds(30), () -> !first.isEmpty(), () -> "the first PV");
        int n = 200;
        List<ServerPV> pvs = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            pvs.add(server.createPV("T:many" + i, PVAScalar.doubleScalarBuilder(i).name("T:many" + i).build()));
        }
        java.util.Set<String> connected = java.util.concurrent.ConcurrentHashMap.newKeySet();
        for (int i = 0; i < n; i++) {
            source.monitor("T:many" + i, v -> {
                if (v.connected()) {
                    connected.add(v.pv());
                }
            });
        }
        Await.until(Duration.ofSeconds(30), () -> connected.size() == n, () -> connected.size() + " of " + n + " connected");
    }

    @Test
    void aPvServedOnlyLaterIsFoundBySearchingAgain() throws Exception {
        try (PvaPvSource quick = new PvaPvSource(client, Duration.ofMillis(1500))) {
            List<PvValue> seen = new CopyOnWriteArrayList<>();
            quick.monitor("T:late", seen::add);
            var write = quick.write("T:late", "x");
            Await.until(write::isDone, "the write to give up while nobody serves the PV");
            assertTrue(write.isCompletedExceptionally());
            List<String> written = new CopyOnWriteArrayList<>();
            server.createPV("T:late", PVAScalar.stringScalarBuilder("here").name("T:late").build(),
                    (tcp, target, changes, data) -> written.add(((PVAString) data.get("value")).get()));
            Await.until(Duration.ofSeconds(30), () -> seen.stream().anyMatch(v -> v.connected() && v.text().equals("here")),
                    () -> "the PV once served");
            quick.write("T:late", "again").get(5, TimeUnit.SECONDS);
            assertEquals(List.of("again"), written, "a write goes to the channel found by the later search");
        }
    }
}
