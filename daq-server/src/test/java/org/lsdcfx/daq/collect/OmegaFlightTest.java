package org.lsdcfx.daq.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.epics.pva.client.PVAChannel;
import org.epics.pva.client.PVAClient;
import org.epics.pva.data.PVANumber;
import org.epics.pva.data.PVAString;
import org.epics.pva.data.nt.PVATimeStamp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lsdcfx.amostra.Request;
import org.lsdcfx.amostra.RequestStatus;
import org.lsdcfx.daq.comm.CommPvNames;
import org.lsdcfx.daq.command.CommandReply;
import org.lsdcfx.daq.routine.collect.CollectionServices;
import org.lsdcfx.daq.test.Await;
import org.lsdcfx.daq.test.Calls;
import org.lsdcfx.daq.test.SimHost;
import org.lsdcfx.sim.detector.FrameSize;
import org.lsdcfx.store.test.EmbeddedMongo;

/**
 * A rotation flies omega as LSDC does: at img_width / period while the detector takes its frames (seen on the simulated
 * motor's {@code .VELO} and in the rotation's duration on the simulator's clock, through PVA monitors), with the
 * profile speed back afterwards, also after an abort; a vector's axes move at the speeds that bring them to the end
 * with omega; a sweep faster than omega can turn fails before anything moves.
 */
class OmegaFlightTest {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final double PROFILE_SPEED = 90.0;
    @RegisterExtension
    static EmbeddedMongo mongo = new EmbeddedMongo();
    static SimHost sim;

    @BeforeAll
    static void startSimulator() throws Exception {
        sim = CollectionBed.simulator("OFT", 0.01, new FrameSize(32, 32));
    }

    @AfterAll
    static void stopSimulator() throws Exception {
        sim.close();
    }

    private static CollectionBed bed() {
        return CollectionBed.start(mongo.connection(), sim, CollectionServices.builder().build(), 1);
    }

    private static String motorPv(String motor) {
        return sim.profile().motor(motor).pv();
    }

    @Test
    void omegaTurnsAtWidthOverPeriodWithTheDetectorAndGetsItsSpeedBack() throws Exception {
        int frames = 100;
        double start = 10;
        double width = 0.2;
        try (CollectionBed c = bed(); Monitors m = new Monitors(c.bed().pva())) {
            String velo = motorPv("omega") + ".VELO";
            String rbv = motorPv("omega") + ".RBV";
            String state = sim.profile().detector().pvPrefix() + "cam1:DetectorState_RBV";
            m.watch(velo);
            m.watch(rbv);
            m.watch(state);
            Request r = c.queue(0, c.builder(0, "standard").sweep(start, start + frames * width).imgWidth(width)
                    .exposureTime(0.5));
            CommandReply reply = c.runQueue(WAIT);
            assertEquals(CommandReply.Phase.DONE, reply.phase(), reply.reason());
            assertEquals(RequestStatus.DONE, c.reload(r).status(), c.reload(r).statusReason());

            // omega's speed: the profile's, width / period for the rotation, the profile's again
            assertSpeeds(List.of(PROFILE_SPEED, width / 0.5, PROFILE_SPEED), m.distinct(velo));
            assertEquals(PROFILE_SPEED, sim.sim().controls().motorSpeed("omega"));
            double end = start + frames * width;
            assertEquals(end, sim.sim().controls().motorPosition("omega"), 0.01);
            // The rotation's duration on the simulator's clock (its PV time stamps are real time, simulated time is real
            // time / time scale): from omega's first readback past the start to the one at the end. At width / period
            // it is frames x period = 50 s; at the profile speed it would be 0.2 s. Finer than a physics tick (up to
            // several frames at this time scale) it cannot be resolved, so the bound is loose.
            List<Update> readbacks = m.updates(rbv);
            int atStart = readbacks.size() - 1;
            while (atStart >= 0 && Math.abs(readbacks.get(atStart).value() - start) > 1e-6) {
                atStart--; // the last readback at the start, where the move to the start ended
            }
            List<Update> rotation = readbacks.subList(atStart + 1, readbacks.size());
            Update first = rotation.get(0);
            Update last = rotation.stream().filter(u -> Math.abs(u.value() - end) < 1e-6).findFirst().orElseThrow();
            double simSeconds = Duration.between(first.time(), last.time()).toNanos() / 1e9 / sim.sim().config().timeScale();
            Update acquiring = m.updates(state).stream().filter(u -> u.text().equals("Acquiring")).reduce((x, y) -> y)
                    .orElseThrow();
            double lead = Duration.between(acquiring.time(), first.time()).toNanos() / 1e9
                    / sim.sim().config().timeScale();
            System.out.printf("rotation of %d x %.1f deg every 0.5 s: %.2f s simulated (planned %.1f s); omega moving"
                    + " %.2f s simulated after the trigger%n", frames, width, simSeconds, frames * 0.5, lead);
            assertTrue(simSeconds >= 0.8 * frames * 0.5, "the rotation took " + simSeconds + " s simulated");
            assertTrue(simSeconds <= 1.5 * frames * 0.5, "the rotation took " + simSeconds + " s simulated");
        }
    }

    @Test
    void anAbortedRotationStopsOmegaAndPutsItsSpeedBack() throws Exception {
        try (CollectionBed c = bed()) {
            double start = sim.sim().controls().motorPosition("omega");
            c.queue(0, c.builder(0, "standard").sweep(start, start + 150 * 0.2).imgWidth(0.2).exposureTime(0.5));
            String queue = c.startQueue();
            Await.until(WAIT, () -> c.bed().pvs().number(CommPvNames.STATE_PERCENT) >= 20, "20 % of the frames");
            assertEquals(0.4, sim.sim().controls().motorSpeed("omega"), 1e-9, "omega flies at 0.2 deg / 0.5 s");
            Calls.doneImmediate(c.bed().client(), "abort_data_collection");
            CommandReply end = c.bed().client().awaitFinal(queue, Duration.ofSeconds(10));
            assertEquals(CommandReply.Phase.FAILED, end.phase(), end.reason());
            assertEquals(PROFILE_SPEED, sim.sim().controls().motorSpeed("omega"), "the speed is restored");
            Await.until(WAIT, () -> !sim.sim().controls().motorMoving("omega"), "omega at rest");
            assertTrue(sim.sim().controls().motorPosition("omega") < start + 150 * 0.2 - 1,
                    "omega stopped where the abort found it");
        }
    }

    @Test
    void aContinuousVectorMovesEachAxisSoThatItArrivesWithOmega() throws Exception {
        try (CollectionBed c = bed(); Monitors m = new Monitors(c.bed().pva())) {
            for (String axis : List.of("sampleX", "sampleY", "sampleZ", "omega")) {
                m.watch(motorPv(axis) + ".VELO");
            }
            // 20 frames of 0.05 s: 1 s for 40, 20 and 20 um, and 20 deg.
            Request r = c.queue(0, c.builder(0, "vector").sweep(0, 20).imgWidth(1.0).exposureTime(0.05)
                    .set("vectorParams", Map.of("vecStart", Map.of("x", 0, "y", 10, "z", -5),
                            "vecEnd", Map.of("x", 40, "y", -10, "z", 15), "fpp", 1)));
            CommandReply end = c.runQueue(WAIT);
            assertEquals(CommandReply.Phase.DONE, end.phase(), end.reason());
            assertEquals(RequestStatus.DONE, c.reload(r).status(), c.reload(r).statusReason());
            assertSpeeds(List.of(1000.0, 40.0, 1000.0), m.distinct(motorPv("sampleX") + ".VELO"));
            assertSpeeds(List.of(1000.0, 20.0, 1000.0), m.distinct(motorPv("sampleY") + ".VELO"));
            assertSpeeds(List.of(1000.0, 20.0, 1000.0), m.distinct(motorPv("sampleZ") + ".VELO"));
            assertSpeeds(List.of(PROFILE_SPEED, 20.0, PROFILE_SPEED), m.distinct(motorPv("omega") + ".VELO"));
        }
    }

    @Test
    void aRotationFasterThanOmegaCanTurnFailsBeforeAnythingMoves() throws Exception {
        try (CollectionBed c = bed()) {
            double omega = sim.sim().controls().motorPosition("omega");
            // 30 deg per 0.1 s frame: 300 deg/s.
            Request r = c.queue(0, c.builder(0, "standard").sweep(0, 90).imgWidth(30).exposureTime(0.1));
            c.runQueue(WAIT);
            Request failed = c.reload(r);
            assertEquals(RequestStatus.FAILED, failed.status());
            assertTrue(failed.statusReason().contains("needs omega to move at 300.0 deg/s, above its maximum of 90.00 "
                    + "deg/s"), failed.statusReason());
            assertEquals(omega, sim.sim().controls().motorPosition("omega"), "omega did not move");
            assertEquals(PROFILE_SPEED, sim.sim().controls().motorSpeed("omega"));
            assertFalse(Files.exists(c.visitPath().resolve("xtal-1")), "no data directory claimed");
        }
    }

    private static void assertSpeeds(List<Double> expected, List<Double> seen) {
        assertEquals(expected.size(), seen.size(), "speeds " + seen);
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), seen.get(i), 1e-6, "speeds " + seen);
        }
    }

    /** One monitor update: a number or a text, with the server's time stamp. */
    private record Update(String pv, double value, String text, Instant time) {
    }

    /** Monitors of PVs, recording every update in the order they arrive. */
    private static final class Monitors implements AutoCloseable {
        private final PVAClient client;
        private final List<Update> updates = new CopyOnWriteArrayList<>();
        private final List<PVAChannel> channels = new ArrayList<>();

        Monitors(PVAClient client) {
            this.client = client;
        }

        void watch(String pv) throws Exception {
            PVAChannel ch = client.getChannel(pv);
            ch.connect().get(10, TimeUnit.SECONDS);
            channels.add(ch);
            ch.subscribe("", (channel, changes, overruns, data) -> {
                if (data != null) {
                    Instant t = PVATimeStamp.getTimeStamp(data).instant();
                    if (data.get("value") instanceof PVANumber n) {
                        updates.add(new Update(pv, n.getNumber().doubleValue(), "", t));
                    } else if (data.get("value") instanceof PVAString str) {
                        updates.add(new Update(pv, Double.NaN, str.get(), t));
                    }
                }
            });
            Await.until(Duration.ofSeconds(10), () -> updates.stream().anyMatch(u -> u.pv().equals(pv)),
                    "the first value of " + pv);
        }

        List<Update> updates(String pv) {
            return updates.stream().filter(u -> u.pv().equals(pv)).toList();
        }

        /** The values of {@code pv}, repeats removed. */
        List<Double> distinct(String pv) {
            List<Double> values = new ArrayList<>();
            for (Update u : updates(pv)) {
                if (values.isEmpty() || values.get(values.size() - 1) != u.value()) {
                    values.add(u.value());
                }
            }
            return values;
        }

        @Override
        public void close() {
            channels.forEach(PVAChannel::close);
        }
    }
}
