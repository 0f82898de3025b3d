package org.lsdcfx.sim;

import org.epics.pva.client.PVAChannel;
import org.epics.pva.client.PVAClient;
import org.epics.pva.data.PVANumber;
import org.epics.pva.data.PVAString;
import org.epics.pva.data.PVAStructure;
import org.epics.pva.server.PVAServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lsdcfx.mxtools.profile.BeamlineProfile;
import org.lsdcfx.mxtools.profile.Descriptors;
import org.lsdcfx.sim.pv.PvInfo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The simulator seen by a plain core-pva client (no device layer), two simulators side by side. */
class SimBeamlineTest {
    private static final Logger PVA_LOG = Logger.getLogger("org.epics.pva");
    @TempDir
    static Path data;
    static SimBeamline one;
    static SimBeamline two;
    static PVAClient client;
    static PVAServer shared;

    @BeforeAll
    static void start() throws Exception {
        PVA_LOG.setLevel(Level.SEVERE);
        // Each simulator gets its own UDP search port; the client searches both (see PvaPorts.searchAll).
        PvaPorts first = PvaPorts.free().applyLoopback();
        one = SimBeamline.start(SimConfig.of("S1", 0.1, data.resolve("one")));
        PvaPorts second = PvaPorts.free().applyLoopback();
        two = SimBeamline.start(SimConfig.of("S2", 0.1, data.resolve("two")));
        PvaPorts third = PvaPorts.free().applyLoopback();
        shared = new PVAServer(); // stands for the daq server's own server in a one-JVM setup
        PvaPorts.searchAll(first, second, third);
        client = new PVAClient();
    }

    @AfterAll
    static void stop() {
        client.close();
        shared.close();
        one.close();
        two.close();
    }

    private static PVAChannel connect(String pv) throws Exception {
        PVAChannel ch = client.getChannel(pv);
        ch.connect().get(30, TimeUnit.SECONDS);
        return ch;
    }

    private static double readDouble(PVAChannel ch) throws Exception {
        return ((PVANumber) ch.read("").get(5, TimeUnit.SECONDS).get("value")).getNumber().doubleValue();
    }

    /** Every PV name the device layer derives from the profile. */
    private static List<String> expectedPvs(BeamlineProfile p) {
        List<String> names = new ArrayList<>(p.pvs().values());
        p.motors().values().forEach(m -> List.of("", ".RBV", ".DMOV", ".STOP").forEach(s -> names.add(m.pv() + s)));
        List.of("cam1:NumImages", "cam1:AcquireTime", "cam1:AcquirePeriod", "cam1:FilePath", "cam1:FWNamePattern",
                "cam1:FWNImagesPerFile", "cam1:PhotonEnergy", "cam1:DetDist", "cam1:OmegaStart", "cam1:OmegaIncr",
                "cam1:TriggerMode", "cam1:Acquire", "cam1:Trigger", "cam1:DetectorState_RBV",
                "cam1:NumImagesCounter_RBV", "cam1:StatusMessage_RBV")
                .forEach(s -> names.add(p.detector().pvPrefix() + s));
        List.of("Cmd:Go-Cmd", "Sts:State-I", "Sts:Busy-Sts", "Sts:Status-Sts", "Cmd:Abort-Cmd")
                .forEach(s -> names.add(p.governor().pvPrefix() + s));
        p.cameras().values().forEach(c -> List.of("image1:ArrayData", "cam1:ArraySizeX_RBV", "cam1:ArraySizeY_RBV")
                .forEach(s -> names.add(c.pvPrefix() + s)));
        return names;
    }

    @Test
    void hostsEveryPvTheProfileNames() throws Exception {
        Set<String> hosted = one.pvs().stream().map(PvInfo::name).collect(Collectors.toSet());
        List<String> expected = expectedPvs(one.profile());
        List<String> missing = expected.stream().filter(n -> !hosted.contains(n)).toList();
        assertTrue(missing.isEmpty(), "not hosted: " + missing);
        // And they answer over PVA (a sample across device kinds).
        for (String pv : List.of(one.profile().pv(Descriptors.BEAM_AVAILABLE),
                one.profile().governor().pvPrefix() + "Sts:State-I",
                one.profile().detector().pvPrefix() + "cam1:DetectorState_RBV")) {
            PVAChannel ch = connect(pv);
            PVAStructure value = ch.read("").get(5, TimeUnit.SECONDS);
            assertTrue(value.getStructureName().startsWith("epics:nt/NTScalar"), value.getStructureName());
            ch.close();
        }
    }

    @Test
    void motorMovesAtFiniteSpeedThroughIntermediatePositions() throws Exception {
        String base = one.profile().motor(Descriptors.SAMPLE_X).pv();
        PVAChannel val = connect(base);
        PVAChannel rbv = connect(base + ".RBV");
        PVAChannel dmov = connect(base + ".DMOV");
        List<Double> seen = new CopyOnWriteArrayList<>();
        AutoCloseable sub = rbv.subscribe("", (ch, changes, overruns, data) -> {
            if (data != null) {
                seen.add(((PVANumber) data.get("value")).getNumber().doubleValue());
            }
        });
        double start = readDouble(rbv);
        double target = start + 500; // 0.5 s simulated at 1000 um/s, 50 ms real
        val.write(true, "value", target).get(5, TimeUnit.SECONDS);
        assertEquals(0.0, readDouble(dmov)); // not done right after the put
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (readDouble(dmov) != 1.0 && System.nanoTime() < deadline) {
            Thread.sleep(5); // polling interval; the condition decides
        }
        assertEquals(1.0, readDouble(dmov));
        assertEquals(target, readDouble(rbv), 1e-9);
        assertTrue(seen.stream().anyMatch(v -> v > start + 1 && v < target - 1), "intermediate readbacks: " + seen);
        sub.close();
        List.of(val, rbv, dmov).forEach(PVAChannel::close);
    }

    @Test
    void twoSimulatorsWithDifferentPrefixesDoNotInteract() throws Exception {
        assertNotEquals(one.tcpPort(), two.tcpPort());
        PVAChannel dump = connect(one.config().controlPrefix() + "Beam:Dump-Cmd");
        PVAChannel availOne = connect(one.profile().pv(Descriptors.BEAM_AVAILABLE));
        PVAChannel availTwo = connect(two.profile().pv(Descriptors.BEAM_AVAILABLE));
        dump.write(true, "value", 1).get(5, TimeUnit.SECONDS);
        assertEquals(0.0, readDouble(availOne));
        assertEquals(1.0, readDouble(availTwo));
        dump.write(true, "value", 0).get(5, TimeUnit.SECONDS);
        assertEquals(1.0, readDouble(availOne));
        List.of(dump, availOne, availTwo).forEach(PVAChannel::close);
    }

    @Test
    void aSimulatorCanShareAnExistingServer() throws Exception {
        try (SimBeamline sim = SimBeamline.start(SimConfig.of("S3", 0.1, data.resolve("three")),
                shared)) {
            assertEquals(shared.getTCPAddress(false).getPort(), sim.tcpPort());
            PVAChannel state = connect(sim.profile().governor().pvPrefix() + "Sts:State-I");
            assertEquals("SE", ((PVAString) state.read("").get(5, TimeUnit.SECONDS).get("value")).get());
            state.close();
        }
        // Closing the simulator left the shared server serving its other PVs.
        shared.createPV("S3:still-here", new PVAStructure("v", "", new PVAString("value", "yes")));
        PVAChannel other = connect("S3:still-here");
        assertEquals("yes", ((PVAString) other.read("").get(5, TimeUnit.SECONDS).get("value")).get());
        other.close();
    }

    @Test
    void governorRefusesAForbiddenTransitionAndExplainsWhy() throws Exception {
        String p = two.profile().governor().pvPrefix();
        PVAChannel go = connect(p + "Cmd:Go-Cmd");
        PVAChannel status = connect(p + "Sts:Status-Sts");
        Exception e = org.junit.jupiter.api.Assertions.assertThrows(Exception.class,
                () -> go.write(true, "value", "DA").get(5, TimeUnit.SECONDS)); // SE -> DA is not allowed
        assertTrue(e.getMessage().contains("Write failed"), e.getMessage());
        String why = ((PVAString) status.read("").get(5, TimeUnit.SECONDS).get("value")).get();
        assertEquals("transition SE -> DA not allowed", why);
        List.of(go, status).forEach(PVAChannel::close);
    }
}
