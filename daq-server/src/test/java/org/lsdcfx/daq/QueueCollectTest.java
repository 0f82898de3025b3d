package org.lsdcfx.daq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lsdcfx.amostra.Request;
import org.lsdcfx.amostra.RequestStatus;
import org.lsdcfx.conftrak.key.SampleHandlingKeys;
import org.lsdcfx.daq.comm.CommPvNames;
import org.lsdcfx.daq.command.CommandReply;
import org.lsdcfx.daq.protocols.InstantProtocol;
import org.lsdcfx.daq.protocols.ProtocolProbe;
import org.lsdcfx.daq.routine.ProtocolRegistry;
import org.lsdcfx.daq.test.Await;
import org.lsdcfx.daq.test.DaqTestBed;
import org.lsdcfx.daq.test.Seeds;
import org.lsdcfx.daq.test.SimHost;
import org.lsdcfx.store.test.EmbeddedMongo;

/** Queue-collect mode against beamline-sim: the queue mounts each sample with the robot, skips failed mounts, waits for beam, unmounts at the end. */
class QueueCollectTest {
    private static final Duration WAIT = Duration.ofSeconds(15);
    @RegisterExtension
    static EmbeddedMongo mongo = new EmbeddedMongo();
    static SimHost sim;
    private final ProtocolProbe probe = new ProtocolProbe();

    @BeforeAll
    static void startSimulator() throws Exception {
        sim = SimHost.start("QCT", 0.01);
    }

    @AfterAll
    static void stopSimulator() throws Exception {
        sim.close();
    }

    private DaqTestBed start() {
        return DaqTestBed.builder(mongo.connection()).simulator(sim)
                .protocols(new ProtocolRegistry().register(new InstantProtocol("standard", probe))).start();
    }

    private Seeds seeds(DaqTestBed bed, int samples, boolean beamCheck) {
        Seeds seeds = new Seeds(mongo.connection(), "sim", bed.visitDirectory()).dewarWithSamples(samples);
        seeds.conftrak().set(SampleHandlingKeys.QUEUE_COLLECT, true, "staff");
        seeds.conftrak().set(SampleHandlingKeys.BEAM_CHECK, beamCheck, "staff");
        return seeds;
    }

    @Test
    void theQueueMountsEachSampleRunsItAndUnmountsAtTheEnd() {
        try (DaqTestBed bed = start()) {
            Seeds seeds = seeds(bed, 2, false);
            Request a = seeds.request(0, "standard", 6000);
            Request b = seeds.request(1, "standard", 5000);
            String id = bed.client().send("runDCQueue").id();
            CommandReply end = bed.client().awaitFinal(id, WAIT);
            assertEquals("2 done, 0 failed; Nothing is queued in dewar primaryDewar", end.reason());
            assertEquals(List.of(a.uid(), b.uid()), probe.requestUids);
            assertEquals(RequestStatus.DONE, seeds.reload(b).status());
            assertFalse(seeds.conftrak().mountedSample().isMounted(), "unmounted at the end of the queue");
            assertEquals("", bed.pvs().string(CommPvNames.MOUNTED_PIN));
            assertEquals("", sim.sim().controls().mountedPin());
        }
    }

    @Test
    void aFailedMountSkipsThatRequestAndTheQueueGoesOn() {
        try (DaqTestBed bed = start()) {
            Seeds seeds = seeds(bed, 2, false);
            Request a = seeds.request(0, "standard", 6000);
            Request b = seeds.request(1, "standard", 5000);
            sim.sim().controls().failNextMount("pin not detected");
            CommandReply end = bed.client().awaitFinal(bed.client().send("runDCQueue").id(), WAIT);
            assertEquals("1 done, 0 failed, 1 skipped; Nothing is queued in dewar primaryDewar", end.reason());
            Request skipped = seeds.reload(a);
            assertEquals(RequestStatus.SKIPPED, skipped.status());
            assertTrue(skipped.statusReason().startsWith("mount failed: ") && skipped.statusReason().contains("pin not detected"),
                    skipped.statusReason());
            assertEquals(RequestStatus.DONE, seeds.reload(b).status());
        }
    }

    @Test
    void withBeamCheckOnTheQueueWaitsForBeam() throws Exception {
        try (DaqTestBed bed = start()) {
            Seeds seeds = seeds(bed, 1, true);
            Request a = seeds.request(0, "standard");
            sim.sim().controls().dumpBeam();
            try {
                // the server learns of the dump by a PV monitor: wait until it has, or the queue may start first
                var beam = bed.server().beamline().require().beamMonitor();
                Await.until(WAIT, () -> !beam.beamAvailable(), "the server seeing the beam dumped");
                String id = bed.client().send("runDCQueue").id();
                bed.pvs().awaitString(CommPvNames.GUI_POPUP_MESSAGE_STRING,
                        "Waiting for beam: the queue continues when the beam is back (beamCheck is on)", WAIT);
                assertEquals("Collecting", bed.pvs().string(CommPvNames.QUEUE_STATE));
                assertEquals(0, probe.created.get(), "nothing runs without beam");
                assertEquals(RequestStatus.QUEUED, seeds.reload(a).status());
                sim.sim().controls().restoreBeam();
                CommandReply end = bed.client().awaitFinal(id, WAIT);
                assertEquals(CommandReply.Phase.DONE, end.phase(), end.reason());
                assertEquals(RequestStatus.DONE, seeds.reload(a).status());
                Await.until(WAIT, () -> "killMessage".equals(bed.pvs().string(CommPvNames.GUI_POPUP_MESSAGE_STRING)), "popup closed");
            } finally {
                sim.sim().controls().restoreBeam();
            }
        }
    }
}
