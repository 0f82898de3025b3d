package org.lsdcfx.amostra;

import static com.mongodb.client.model.Filters.eq;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Updates;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lsdcfx.store.ConflictException;
import org.lsdcfx.store.Revision;
import org.lsdcfx.store.test.EmbeddedMongo;

class RequestStoreTest {
    @RegisterExtension
    static EmbeddedMongo mongo = new EmbeddedMongo();

    private RequestStore requests;
    private MongoCollection<Document> raw;
    private Sample sample;

    @BeforeEach
    void setUp() {
        Amostra amostra = new Amostra(mongo.connection(), new TickingClock());
        amostra.createIndexes();
        requests = amostra.requests();
        raw = mongo.connection().amostra().getCollection(Amostra.REQUEST);
        sample = amostra.samples().create(new NewSample("lyso-1", "jdoe", 311234), "jdoe");
    }

    private Request create(int priority) {
        RequestObj obj = RequestObj.builder().protocol("standard").sweep(0, 90).imgWidth(0.1)
                .files("/data/visit", "mx311234-1", "lyso-1", 1, "puck1", 3).build();
        return requests.create(new NewRequest(sample.uid(), "jdoe", 311234, priority, obj), "jdoe");
    }

    @Test
    void createdRequestHasLsdcTopLevelFieldsAndRequestObj() {
        Request r = create(Priority.DEFAULT_QUEUED);

        Document stored = raw.find(eq("uid", r.uid())).first();
        assertEquals(sample.uid(), stored.getString("sample"));
        assertEquals("standard", stored.getString("request_type"));
        assertEquals("jdoe", stored.getString("owner"));
        assertEquals(311234, stored.getInteger("proposalID"));
        assertEquals(5000, stored.getInteger("priority"));
        assertEquals("active", stored.getString("state"));
        assertEquals("queued", stored.getString("status"));
        Document obj = stored.get("request_obj", Document.class);
        assertEquals(sample.uid(), obj.getString("sample"));
        assertEquals(90.0, obj.getDouble("sweep_end"));
        assertEquals("/data/visit/mx311234-1/lyso-1/1/puck1_3/", obj.getString("directory"));
        assertEquals(-1, obj.getInteger("parentReqID"));

        Request read = requests.get(r.uid());
        assertEquals(r, read);
        assertEquals(900, read.requestObj().imageCount());
        assertEquals(RequestStatus.UNQUEUED, create(0).status());
        assertEquals(2, requests.forSample(sample.uid()).size());
        assertEquals(5000, requests.forSample(sample.uid()).get(0).priority(), "highest priority first");
    }

    @Test
    void invalidRequestsAreRefusedAndABadBatchWritesNothing() {
        RequestObj ok = RequestObj.builder().build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> requests.createAll(List.of(
                new NewRequest(sample.uid(), "jdoe", 1, ok),
                new NewRequest("no-such-sample", "jdoe", 1, ok),
                new NewRequest(sample.uid(), "jdoe", 1, Priority.RUNNING, ok),
                new NewRequest(sample.uid(), "jdoe", 1, ok.without(RequestKeys.PROTOCOL))), "jdoe"));
        assertTrue(e.getMessage().contains("sample no-such-sample does not exist"), e.getMessage());
        assertTrue(e.getMessage().contains("priority 99999 is not"), e.getMessage());
        assertTrue(e.getMessage().contains("has no protocol"), e.getMessage());
        assertEquals(0, raw.countDocuments());
    }

    @Test
    void twoClientsEditingOneRequestCannotOverwriteEachOther() {
        Request r = create(5000);
        Request alice = requests.get(r.uid());
        Request bob = requests.get(r.uid());

        requests.update(r.uid(), alice.version(), alice.requestObj().with(RequestKeys.EXPOSURE_TIME, 0.05), "alice");
        ConflictException e = assertThrows(ConflictException.class, () -> requests.update(r.uid(), bob.version(),
                bob.requestObj().with(RequestKeys.EXPOSURE_TIME, 0.5), "bob"));
        assertEquals(bob.version(), e.expectedVersion());

        Request now = requests.get(r.uid());
        assertEquals(0.05, now.requestObj().exposureTime(), "bob's stale edit wrote nothing");
        assertEquals(alice.version() + 1, now.version());
    }

    @Test
    void updateWritesOnlyChangedKeysSoStaffAddedKeysSurvive() {
        Request r = create(5000);
        Request read = requests.get(r.uid());
        // a staff script adds fields behind our back (it does not know about versions)
        raw.updateOne(eq("uid", r.uid()), Updates.combine(Updates.set("request_obj.staff_flag", "check"),
                Updates.set("beamline_note", "ok")));

        Request updated = requests.update(r.uid(), read.version(),
                read.requestObj().with(RequestKeys.SWEEP_END, 45.0).without(RequestKeys.XIA2)
                        .with(RequestKeys.PROTOCOL, "vector")
                        .with(RequestKeys.VECTOR_PARAMS, Map.of("vecStart", Map.of("x", 1.0), "fpp", 2)), "jdoe");

        assertEquals(45.0, updated.requestObj().sweepEnd());
        assertEquals("check", updated.requestObj().get("staff_flag"));
        assertEquals("ok", updated.extra().get("beamline_note"));
        assertFalse(updated.requestObj().has(RequestKeys.XIA2));
        assertEquals("vector", updated.requestType());
        assertEquals(2, updated.requestObj().vectorParams().get("fpp"));
        Document stored = raw.find(eq("uid", r.uid())).first().get("request_obj", Document.class);
        assertEquals(1.0, stored.get("vectorParams", Document.class).get("vecStart", Document.class).getDouble("x"),
                "nested blocks are stored as sub-documents");
    }

    @Test
    void priorityAndStatusStayConsistentThroughTheLifecycle() {
        Request r = create(5000);
        assertEquals(RequestStatus.UNQUEUED, requests.setPriority(r.uid(), 0, "jdoe").status());
        Request queued = requests.setPriority(r.uid(), 7000, "jdoe");
        assertEquals(RequestStatus.QUEUED, queued.status());
        assertEquals(7000, queued.priority());

        Request running = requests.markRunning(r.uid(), "daq");
        assertEquals(Priority.RUNNING, running.priority());
        assertEquals(RequestStatus.RUNNING, running.status());
        assertNotNull(running.startTime());
        assertEquals(List.of(r.uid()), requests.running().stream().map(Request::uid).toList());
        assertThrows(IllegalStateException.class, () -> requests.markRunning(r.uid(), "daq"), "already running");
        assertThrows(IllegalStateException.class, () -> requests.setPriority(r.uid(), 5000, "jdoe"));
        assertThrows(IllegalStateException.class, () -> requests.delete(r.uid(), "jdoe"));

        Request done = requests.markDone(r.uid(), "daq");
        assertEquals(Priority.FINISHED, done.priority());
        assertEquals(RequestStatus.DONE, done.status());
        assertNotNull(done.endTime());
        assertTrue(requests.running().isEmpty());
        IllegalStateException again = assertThrows(IllegalStateException.class, () -> requests.setPriority(r.uid(), 5000, "jdoe"));
        assertEquals("Request " + r.uid() + " is done; it cannot become queued", again.getMessage());
        assertThrows(IllegalArgumentException.class, () -> requests.setPriority(r.uid(), -1, "jdoe"));
        assertThrows(IllegalArgumentException.class, () -> requests.setPriority(r.uid(), Priority.RUNNING, "jdoe"));
    }

    @Test
    void failedSkippedAndInterruptedKeepTheirReasonAndCanBeRequeued() {
        Request a = create(5000);
        Request failed = requests.markFailed(a.uid(), "mount failed: tilted pin", "daq");
        assertEquals(-1, failed.priority());
        assertEquals(RequestStatus.FAILED, failed.status());
        assertEquals("mount failed: tilted pin", failed.statusReason());
        assertEquals("failed", raw.find(eq("uid", a.uid())).first().getString("status"));
        Request requeued = requests.setPriority(a.uid(), 5000, "jdoe");
        assertEquals(RequestStatus.QUEUED, requeued.status());
        assertNull(requeued.statusReason());

        Request b = create(5000);
        assertEquals(RequestStatus.SKIPPED, requests.markSkipped(b.uid(), "no loop found", "daq").status());
        assertThrows(IllegalStateException.class, () -> requests.markDone(b.uid(), "daq"), "done needs running");

        Request c = create(5000);
        assertThrows(IllegalStateException.class, () -> requests.markInterrupted(c.uid(), "abort", "daq"));
        requests.markRunning(c.uid(), "daq");
        Request interrupted = requests.markInterrupted(c.uid(), "server restarted while collecting", "daq");
        assertEquals(Priority.UNQUEUED, interrupted.priority(), "not run again until someone re-queues it");
        assertEquals(RequestStatus.INTERRUPTED, interrupted.status());
        assertEquals(List.of("create", "failed", "priority"),
                requests.history(a.uid()).stream().map(Revision::action).toList());
    }

    @Test
    void deleteIsSoftAndRevertBringsTheRequestBack() {
        Request r = create(5000);
        Request edited = requests.update(r.uid(), r.version(), r.requestObj().with(RequestKeys.DET_DIST, 250.0), "alice");
        requests.delete(r.uid(), "bob");

        assertEquals("inactive", raw.find(eq("uid", r.uid())).first().getString("state"));
        assertTrue(requests.forSample(sample.uid()).isEmpty());
        assertThrows(IllegalStateException.class, () -> requests.markRunning(r.uid(), "daq"), "deleted");

        List<Revision> history = requests.history(r.uid());
        assertEquals(List.of("create", "update", "delete"), history.stream().map(Revision::action).toList());
        Request restored = requests.revert(history.get(2).uid(), "carol");
        assertTrue(restored.isActive());
        assertEquals(250.0, restored.requestObj().detDist());
        Request older = requests.revert(history.get(1).uid(), "carol");
        assertEquals(300.0, older.requestObj().detDist());
        assertEquals(edited.version() + 3, older.version());
        assertThrows(IllegalArgumentException.class, () -> requests.revert(
                new Amostra(mongo.connection(), new TickingClock()).samples().history(sample.uid()).get(0).uid(), "x"),
                "a sample revision is not a request revision");
    }

    @Test
    void requestsWrittenByLsdcWithoutStatusOrVersionAreReadAndUpdated() {
        raw.insertOne(new Document("uid", "lsdc-req").append("time", 1.7e9).append("sample", sample.uid())
                .append("request_type", "standard").append("owner", "jdoe").append("proposalID", 311234)
                .append("priority", 99999).append("state", "active")
                .append("request_obj", new Document("protocol", "standard").append("sweep_start", 0)
                        .append("sweep_end", 10).append("img_width", 0.1).append("runNum", 2)));
        Request r = requests.get("lsdc-req");
        assertEquals(RequestStatus.RUNNING, r.status(), "status implied by priority");
        assertEquals(0, r.version());
        assertEquals(100, r.requestObj().imageCount());
        assertEquals(List.of("lsdc-req"), requests.running().stream().map(Request::uid).toList());

        Request interrupted = requests.markInterrupted("lsdc-req", "found running at start-up", "daq");
        assertEquals(RequestStatus.INTERRUPTED, interrupted.status());
        assertEquals(1, interrupted.version());
    }
}
