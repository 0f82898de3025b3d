package org.lsdcfx.daq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lsdcfx.amostra.Request;
import org.lsdcfx.amostra.RequestStatus;
import org.lsdcfx.daq.client.CommandClient;
import org.lsdcfx.daq.comm.CommPvNames;
import org.lsdcfx.daq.command.CommandChannel;
import org.lsdcfx.daq.command.CommandReply;
import org.lsdcfx.daq.command.CommandRequest;
import org.lsdcfx.daq.protocols.ProtocolProbe;
import org.lsdcfx.daq.protocols.SleepyProtocol;
import org.lsdcfx.daq.routine.CurrentRequest;
import org.lsdcfx.daq.routine.ProtocolRegistry;
import org.lsdcfx.daq.test.Await;
import org.lsdcfx.daq.test.Calls;
import org.lsdcfx.daq.test.DaqTestBed;
import org.lsdcfx.daq.test.Seeds;
import org.lsdcfx.daq.test.SimHost;
import org.lsdcfx.mxtools.profile.Descriptors;
import org.lsdcfx.store.test.EmbeddedMongo;

/**
 * Pause, continue, deferred pause, stop-after-request and abort during long simulated moves, over real PVA
 * against beamline-sim: states on the PVs, progress, what the store records, and that an abort stops the motor
 * part-way within a bounded time.
 */
class PauseAbortTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    @RegisterExtension
    static EmbeddedMongo mongo = new EmbeddedMongo();
    static SimHost sim;
    private final ProtocolProbe probe = new ProtocolProbe();

    @BeforeAll
    static void startSimulator() throws Exception {
        sim = SimHost.start("PAT", 0.1);
    }

    @AfterAll
    static void stopSimulator() throws Exception {
        sim.close();
    }

    private DaqTestBed start(int steps, double stepDegrees) {
        return DaqTestBed.builder(mongo.connection()).simulator(sim).staff(DaqTestBed.ME)
                .protocols(new ProtocolRegistry().register(new SleepyProtocol(steps, stepDegrees, probe))).start();
    }

    private static String runQueue(CommandClient client) {
        CommandRequest run = client.request("runDCQueue");
        assertEquals(CommandReply.Phase.ACCEPTED, client.send(CommandChannel.SERIAL, run, Calls.TIMEOUT).phase());
        return run.id();
    }

    @Test
    void pauseHoldsTheRoutineAtItsCheckpointAndContinueResumesIt() {
        try (DaqTestBed bed = start(10, 45)) {
            Seeds seeds = new Seeds(mongo.connection(), "sim", bed.visitDirectory()).dewarWithSamples(1).mounted(0);
            Request request = seeds.request(0, "sleepy");
            String run = runQueue(bed.client());
            Await.until(WAIT, () -> probe.stepsDone.get() >= 2, "two steps done");
            assertEquals("Collecting", bed.pvs().string(CommPvNames.QUEUE_STATE));
            assertEquals("Program Busy", bed.pvs().string(CommPvNames.PROGRAM_STATE));
            CurrentRequest current = CurrentRequest.fromJson(bed.pvs().string(CommPvNames.CURRENT_REQUEST));
            assertEquals(request.uid(), current.uid());
            assertEquals("sleepy", current.protocol());

            assertEquals("paused", Calls.doneImmediate(bed.client(), "pause_data_collection").reason());
            bed.pvs().awaitString(CommPvNames.QUEUE_STATE, "Paused", WAIT);
            assertEquals("Continue", bed.pvs().string(CommPvNames.PAUSE_BUTTON_STATE));
            Await.until(WAIT, () -> !sim.sim().controls().motorMoving(Descriptors.OMEGA), "omega at rest while paused");
            // The step under way may still count itself done after omega stopped: read where the routine holds once
            // a heartbeat has passed (a step is tens of ms), then check that it stays there.
            int beat = bed.pvs().integer(CommPvNames.HEARTBEAT);
            Await.until(WAIT, () -> bed.pvs().integer(CommPvNames.HEARTBEAT) >= beat + 1, "a heartbeat while paused");
            int held = probe.stepsDone.get();
            double percent = bed.pvs().number(CommPvNames.STATE_PERCENT);
            assertTrue(Calls.rejected(bed.client(), "runDCQueue").contains("not allowed while the server is Paused"));
            assertTrue(Calls.rejected(bed.client(), "move_omega", 5).contains("not allowed while the server is Paused"));
            assertTrue(Calls.rejectedImmediate(bed.client(), "pause_data_collection").contains("not allowed while the server is Paused"));
            assertEquals(held, probe.stepsDone.get(), "no step while paused");
            assertEquals(percent, bed.pvs().number(CommPvNames.STATE_PERCENT), "no progress while paused");
            assertTrue(percent > 0 && percent < 100, "progress is published: " + percent);

            assertEquals("continuing", Calls.doneImmediate(bed.client(), "continue_data_collection").reason());
            CommandReply end = bed.client().awaitFinal(run, WAIT);
            assertEquals(CommandReply.Phase.DONE, end.phase(), end.reason());
            assertEquals(10, probe.stepsDone.get());
            assertEquals(RequestStatus.DONE, seeds.reload(request).status());
            assertEquals("Idle", bed.pvs().string(CommPvNames.QUEUE_STATE));
            assertEquals("Pause", bed.pvs().string(CommPvNames.PAUSE_BUTTON_STATE));
            assertEquals("Program Ready", bed.pvs().string(CommPvNames.PROGRAM_STATE));
        }
    }

    @Test
    void abortStopsTheMotorPartWayMarksTheRequestInterruptedAndEndsTheQueue() {
        try (DaqTestBed bed = start(4, 900)) {
            Seeds seeds = new Seeds(mongo.connection(), "sim", bed.visitDirectory()).dewarWithSamples(1).mounted(0);
            Request request = seeds.request(0, "sleepy");
            Request next = seeds.request(0, "sleepy", 1000);
            double start = sim.sim().controls().motorPosition(Descriptors.OMEGA);
            String run = runQueue(bed.client());
            Await.until(WAIT, () -> Math.abs(sim.sim().controls().motorPosition(Descriptors.OMEGA) - start) > 5, "omega moving");

            long t0 = System.nanoTime();
            CommandReply abort = Calls.doneImmediate(bed.client(), "abort_data_collection");
            CommandReply end = bed.client().awaitFinal(run, WAIT);
            double abortMs = (System.nanoTime() - t0) / 1e6;

            assertTrue(abort.reason().startsWith("abort requested"), abort.reason());
            assertTrue(abort.reason().contains("motion stopped, detector disarmed"), abort.reason());
            assertEquals(CommandReply.Phase.FAILED, end.phase());
            assertTrue(end.reason().startsWith("aborted:"), end.reason());
            assertTrue(abortMs < 3000, "abort to queue end took " + abortMs + " ms");
            Await.until(WAIT, () -> !sim.sim().controls().motorMoving(Descriptors.OMEGA), "omega stopped");
            double at = sim.sim().controls().motorPosition(Descriptors.OMEGA);
            assertTrue(Math.abs(at - start) > 1 && Math.abs(at - start) < 899, "stopped part-way: " + start + " -> " + at);
            Request interrupted = seeds.reload(request);
            assertEquals(RequestStatus.INTERRUPTED, interrupted.status());
            assertTrue(interrupted.statusReason().contains("aborted by " + DaqTestBed.ME + "@"), interrupted.statusReason());
            assertEquals(RequestStatus.QUEUED, seeds.reload(next).status(), "the queue ended: the next request did not start");
            assertEquals(1, probe.aborted.get());
            assertEquals(1, probe.cleanedUp.get());
            bed.pvs().awaitString(CommPvNames.QUEUE_STATE, "Idle", WAIT);
            assertEquals("Program Ready", bed.pvs().string(CommPvNames.PROGRAM_STATE));
        }
    }

    @Test
    void deferredPauseHoldsBetweenRequestsAndStopEndsTheQueueAfterTheCurrentOne() {
        try (DaqTestBed bed = start(3, 45)) {
            Seeds seeds = new Seeds(mongo.connection(), "sim", bed.visitDirectory()).dewarWithSamples(1).mounted(0);
            Request first = seeds.request(0, "sleepy", 3000);
            Request second = seeds.request(0, "sleepy", 2000);
            Request third = seeds.request(0, "sleepy", 1000);
            String run = runQueue(bed.client());
            Await.until(WAIT, () -> probe.stepsDone.get() >= 1, "first request running");
            bed.client().call(CommandChannel.IMMEDIATE, bed.client().request("pause_data_collection").withKwarg("after_request", true),
                    Calls.TIMEOUT);
            bed.pvs().awaitString(CommPvNames.QUEUE_STATE, "Paused", WAIT);
            assertEquals(RequestStatus.DONE, seeds.reload(first).status(), "the current request finished first");
            assertEquals(RequestStatus.QUEUED, seeds.reload(second).status(), "held before the next request");
            assertEquals("", bed.pvs().string(CommPvNames.CURRENT_REQUEST));

            Calls.doneImmediate(bed.client(), "continue_data_collection");
            Await.until(WAIT, () -> probe.created.get() == 2, "second request started");
            Calls.doneImmediate(bed.client(), "stopDCQueue", 2);
            CommandReply end = bed.client().awaitFinal(run, WAIT);
            assertEquals("2 done, 0 failed; stopped after the current request as asked", end.reason());
            assertEquals(RequestStatus.DONE, seeds.reload(second).status());
            assertEquals(RequestStatus.QUEUED, seeds.reload(third).status());
        }
    }

    @Test
    void controlCommandsAreRefusedWhenThereIsNothingToControl() {
        try (DaqTestBed bed = start(1, 1)) {
            assertTrue(Calls.rejectedImmediate(bed.client(), "pause_data_collection").contains("not allowed while the server is Idle"));
            assertTrue(Calls.rejectedImmediate(bed.client(), "continue_data_collection").contains("not allowed while the server is Idle"));
            assertTrue(Calls.rejectedImmediate(bed.client(), "stopDCQueue", 2).startsWith("nothing to stop"));
            assertTrue(Calls.rejectedImmediate(bed.client(), "stopDCQueue", 3).contains("outside 1 to 2"));
            assertTrue(Calls.rejectedImmediate(bed.client(), "pause_data_collection", "soon").contains("must be true or false"));
            assertTrue(Calls.rejectedImmediate(bed.client(), "abort_data_collection", 1).contains("takes no arguments"));
            String idleAbort = Calls.doneImmediate(bed.client(), "stopDCQueue", 1).reason();
            assertTrue(idleAbort.startsWith("nothing was running"), idleAbort);
            assertTrue(Calls.rejectedImmediate(bed.client(), "runDCQueue").contains("must be sent on command_s"));
        }
    }

    @Test
    void abortStopsALongStaffMoveAndDropsCommandsWaitingBehindIt() {
        try (DaqTestBed bed = start(1, 1)) {
            double start = sim.sim().controls().motorPosition(Descriptors.OMEGA);
            double target = start > 0 ? -3000 : 3000;
            CommandRequest move = bed.client().request("mvaDescriptor", "omega", target);
            bed.client().send(CommandChannel.SERIAL, move, Calls.TIMEOUT);
            CommandRequest queued = bed.client().request("setTrans", 0.5);
            assertEquals("queued behind the running command", bed.client().send(CommandChannel.SERIAL, queued, Calls.TIMEOUT).reason());
            Await.until(WAIT, () -> sim.sim().controls().motorMoving(Descriptors.OMEGA), "omega moving");
            String abort = Calls.doneImmediate(bed.client(), "stopDCQueue", 1).reason();
            assertTrue(abort.contains("1 waiting command(s) dropped"), abort);
            CommandReply moveEnd = bed.client().awaitFinal(move.id(), WAIT);
            assertEquals(CommandReply.Phase.FAILED, moveEnd.phase());
            assertTrue(moveEnd.reason().startsWith("aborted:"), moveEnd.reason());
            CommandReply dropped = bed.client().awaitFinal(queued.id(), WAIT);
            assertEquals("cancelled before it started: aborted by " + DaqTestBed.ME, dropped.reason().replaceAll("@.*", ""));
            Await.until(WAIT, () -> !sim.sim().controls().motorMoving(Descriptors.OMEGA), "omega stopped");
            assertFalse(Math.abs(sim.sim().controls().motorPosition(Descriptors.OMEGA) - target) < 1, "stopped short of the target");
        }
    }
}
