package org.lsdcfx.daq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lsdcfx.amostra.NewRequest;
import org.lsdcfx.amostra.Priority;
import org.lsdcfx.amostra.Request;
import org.lsdcfx.amostra.RequestObj;
import org.lsdcfx.amostra.RequestStatus;
import org.lsdcfx.daq.comm.CommPvNames;
import org.lsdcfx.daq.protocols.FailingProtocol;
import org.lsdcfx.daq.protocols.InstantProtocol;
import org.lsdcfx.daq.protocols.ProtocolProbe;
import org.lsdcfx.daq.routine.ProtocolRegistry;
import org.lsdcfx.daq.test.Calls;
import org.lsdcfx.daq.test.DaqTestBed;
import org.lsdcfx.daq.test.Seeds;
import org.lsdcfx.store.test.EmbeddedMongo;

/**
 * {@code runDCQueue} over the real store: priority order, protocol dispatch, done/failed with reasons, an
 * unregistered protocol failing (never "done"), and the queue's refusals (unmounted sample, visit directory).
 * Queue-collect is off, so the mounted sample is recorded in conftrak and no robot is needed.
 */
class RequestQueueTest {
    @RegisterExtension
    static EmbeddedMongo mongo = new EmbeddedMongo();
    private final ProtocolProbe probe = new ProtocolProbe();

    private DaqTestBed start() {
        ProtocolRegistry protocols = new ProtocolRegistry().register(new InstantProtocol("standard", probe))
                .register(new FailingProtocol(probe));
        return DaqTestBed.builder(mongo.connection()).protocols(protocols).start();
    }

    @Test
    void runsRequestsInPriorityOrderAndRecordsEachOutcomeInTheStore() {
        try (DaqTestBed bed = start()) {
            Seeds seeds = new Seeds(mongo.connection(), "sim", bed.visitDirectory()).dewarWithSamples(2).mounted(0);
            Request second = seeds.request(0, "standard", 5000);
            Request first = seeds.request(0, "standard", 6000);
            Request failing = seeds.request(0, "failing", 4000);
            Request unknown = seeds.request(0, "raster", 3000);
            Request unqueued = seeds.request(0, "standard", Priority.UNQUEUED);
            int changesBefore = bed.pvs().integer(CommPvNames.LIVE_Q_CHANGE_FLAG);

            String summary = Calls.done(bed.client(), "runDCQueue").reason();

            assertEquals("2 done, 2 failed; Nothing is queued in dewar primaryDewar", summary);
            assertEquals(List.of(first.uid(), second.uid()), probe.requestUids, "priority order, highest first");
            assertEquals(RequestStatus.DONE, seeds.reload(first).status());
            assertEquals(RequestStatus.DONE, seeds.reload(second).status());
            assertEquals(Priority.FINISHED, seeds.reload(first).priority());
            Request failed = seeds.reload(failing);
            assertEquals(RequestStatus.FAILED, failed.status());
            assertEquals(FailingProtocol.MESSAGE, failed.statusReason());
            assertEquals(1, probe.aborted.get(), "a failed routine gets its on-abort step");
            Request notRegistered = seeds.reload(unknown);
            assertEquals(RequestStatus.FAILED, notRegistered.status(), "an unregistered protocol is never silently done");
            assertEquals("no protocol 'raster' is registered in this server (registered: failing, standard)", notRegistered.statusReason());
            assertEquals(RequestStatus.UNQUEUED, seeds.reload(unqueued).status(), "priority 0 is not run");
            assertEquals(3, probe.cleanedUp.get(), "clean-up ran for every routine");
            assertTrue(bed.pvs().integer(CommPvNames.LIVE_Q_CHANGE_FLAG) > changesBefore, "GUIs were told the queue changed");
            assertEquals("Idle", bed.pvs().string(CommPvNames.QUEUE_STATE));
            assertEquals("", bed.pvs().string(CommPvNames.CURRENT_REQUEST));
            assertEquals(unknown.uid(), seeds.conftrak().currentRequestId().orElse(""), "conftrak currentRequestID: the last one started");
        }
    }

    @Test
    void anEmptyQueueFinishesAtOnceAndArgumentsAreRefused() {
        try (DaqTestBed bed = start()) {
            new Seeds(mongo.connection(), "sim", bed.visitDirectory()).dewarWithSamples(1);
            assertEquals("0 done, 0 failed; Nothing is queued in dewar primaryDewar", Calls.done(bed.client(), "runDCQueue").reason());
            assertTrue(Calls.rejected(bed.client(), "runDCQueue", 1).contains("takes no arguments"));
        }
    }

    @Test
    void requestsOfAnUnmountedSampleStopTheQueueWhenQueueCollectIsOff() {
        try (DaqTestBed bed = start()) {
            Seeds seeds = new Seeds(mongo.connection(), "sim", bed.visitDirectory()).dewarWithSamples(2).mounted(0);
            Request other = seeds.request(1, "standard");
            String reason = Calls.failed(bed.client(), "runDCQueue");
            assertEquals("You can only run requests on the currently mounted sample (queue collect is off): the next request"
                    + " is for sample xtal-2", reason);
            assertEquals(reason, bed.pvs().string(CommPvNames.GUI_POPUP_MESSAGE_STRING));
            assertEquals(RequestStatus.QUEUED, seeds.reload(other).status(), "nothing changed");
            assertEquals(0, probe.created.get());
        }
    }

    @Test
    void aRequestWritingOutsideTheVisitDirectoryBlocksTheQueue() {
        try (DaqTestBed bed = start()) {
            Seeds seeds = new Seeds(mongo.connection(), "sim", bed.visitDirectory()).dewarWithSamples(1).mounted(0);
            RequestObj elsewhere = RequestObj.builder().protocol("standard").set("basePath", "/tmp/someone-else").build();
            Request r = seeds.amostra().requests().create(new NewRequest(seeds.sample(0).uid(), Seeds.OWNER, Seeds.PROPOSAL,
                    elsewhere), Seeds.OWNER);
            String reason = Calls.failed(bed.client(), "runDCQueue");
            assertTrue(reason.contains("writes to /tmp/someone-else, which is not this visit's directory"), reason);
            assertEquals(RequestStatus.QUEUED, seeds.reload(r).status());
            assertEquals(0, probe.created.get());
        }
    }
}
