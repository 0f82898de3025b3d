package org.lsdcfx.amostra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lsdcfx.store.test.EmbeddedMongo;

class QueueServiceTest {
    @RegisterExtension
    static EmbeddedMongo mongo = new EmbeddedMongo();

    private static final String DEWAR = DewarFixture.DEWAR;
    private static final String VISIT = DewarFixture.VISIT_DIR;

    private Amostra amostra;
    private DewarFixture f;
    private QueueService queue;

    @BeforeEach
    void setUp() {
        amostra = new Amostra(mongo.connection(), new TickingClock());
        amostra.createIndexes();
        f = new DewarFixture(amostra, 3, 4);
        queue = amostra.queue();
    }

    private List<String> order() {
        return queue.queue(DEWAR).stream().map(QueueEntry::requestUid).toList();
    }

    private List<Integer> priorities() {
        return queue.queue(DEWAR).stream().map(e -> e.request().priority()).toList();
    }

    @Test
    void queueIsOrderedByPriorityThenDewarPositionThenCreationTime() {
        Request late = f.request(3, 2, 5000);
        Request r21 = f.request(2, 1, 5000);
        Request r13 = f.request(1, 3, 5000);
        Request high = f.request(1, 1, 6000);
        Request r13second = f.request(1, 3, 5000);
        f.request(1, 2, 0); // unqueued: not in the queue
        Request done = f.request(1, 4, 5000);
        amostra.requests().markRunning(done.uid(), "daq");
        amostra.requests().markDone(done.uid(), "daq");
        amostra.requests().delete(f.request(2, 2, 9000).uid(), "jdoe");
        Sample loose = amostra.samples().create(new NewSample("loose", DewarFixture.OWNER, DewarFixture.PROPOSAL), "jdoe");
        f.request(loose, 9000, DewarFixture.PROPOSAL, VISIT); // not in the dewar

        assertEquals(List.of(high.uid(), r13.uid(), r13second.uid(), r21.uid(), late.uid()), order());
        QueueEntry first = queue.queue(DEWAR).get(0);
        assertEquals("s1-1", first.sample().name());
        assertEquals("1A", first.location().slotLabel());
        assertFalse(queue.queueDone(DEWAR));
    }

    @Test
    void popNextRequestSkipsTheRunningRequestAndChangesNothing() {
        Request a = f.request(1, 1, 5000);
        Request b = f.request(1, 2, 5000);
        assertEquals(a.uid(), queue.popNextRequest(DEWAR, VISIT).request().orElseThrow().uid());
        assertEquals(a.uid(), queue.popNextRequest(DEWAR, VISIT).request().orElseThrow().uid(), "pop does not change state");

        amostra.requests().markRunning(a.uid(), "daq");
        assertEquals(a.uid(), order().get(0), "the running request heads the queue");
        PopResult next = queue.popNextRequest(DEWAR, VISIT);
        assertTrue(next.isRunnable());
        assertEquals(b.uid(), next.request().orElseThrow().uid());
        assertEquals(2, next.next().location().pin());

        amostra.requests().markRunning(b.uid(), "daq");
        amostra.requests().markDone(a.uid(), "daq");
        PopResult empty = queue.popNextRequest(DEWAR, VISIT);
        assertEquals(PopResult.Outcome.EMPTY, empty.outcome());
        assertTrue(queue.queueDone(DEWAR), "a running request does not count");
        amostra.requests().markDone(b.uid(), "daq");
        assertEquals("Nothing is queued in dewar " + DEWAR, queue.popNextRequest(DEWAR, VISIT).reason());
    }

    @Test
    void requestsOfTwoProposalsBlockTheQueueNamingTheOffendingRequest() {
        f.request(1, 1, 6000);
        Request foreign = f.request(f.sample(2, 3), 5000, 999999, VISIT);

        PopResult r = queue.popNextRequest(DEWAR, VISIT);
        assertEquals(PopResult.Outcome.BLOCKED_PROPOSALS, r.outcome());
        assertTrue(r.request().isEmpty());
        assertEquals(List.of(foreign.uid()), r.offending());
        assertTrue(r.reason().contains("proposal 999999: 1 request(s), e.g. request " + foreign.uid() + " on sample s2-3"),
                r.reason());
        assertTrue(r.reason().contains("proposal 311234"), r.reason());

        amostra.requests().setPriority(foreign.uid(), 0, "jdoe");
        assertTrue(queue.popNextRequest(DEWAR, VISIT).isRunnable(), "unqueueing the foreign request unblocks");
    }

    @Test
    void aRequestOutsideTheVisitDirectoryBlocksUnlessTheFolderIsForCommissioning() {
        f.request(1, 1, 6000);
        Request elsewhere = f.request(f.sample(1, 2), 5000, DewarFixture.PROPOSAL, "/nsls2/data/amx/proposals/2024-3/pass-1");

        PopResult r = queue.popNextRequest(DEWAR, VISIT);
        assertEquals(PopResult.Outcome.BLOCKED_VISIT_DIRECTORY, r.outcome());
        assertEquals(List.of(elsewhere.uid()), r.offending());
        assertEquals("Request " + elsewhere.uid() + " on sample s1-2 writes to /nsls2/data/amx/proposals/2024-3/pass-1,"
                + " which is not this visit's directory " + VISIT + "; fix or remove it", r.reason());

        amostra.requests().delete(elsewhere.uid(), "jdoe");
        f.request(f.sample(1, 3), 5000, DewarFixture.PROPOSAL, "/nsls2/data/amx/commissioning/2024-3/");
        f.request(f.sample(1, 4), 5000, DewarFixture.PROPOSAL, VISIT + "/");
        assertTrue(queue.popNextRequest(DEWAR, VISIT).isRunnable(), "commissioning folder and trailing slash are fine");

        f.request(f.sample(2, 1), 5000, DewarFixture.PROPOSAL, "/data/my-commissioning-notes");
        assertEquals(PopResult.Outcome.BLOCKED_VISIT_DIRECTORY, queue.popNextRequest(DEWAR, VISIT).outcome(),
                "'commissioning' must be a whole path component");
    }

    @Test
    void emptyQueueSoftDeletesWaitingRequestsOnly() {
        Request running = f.request(1, 1, 5000);
        amostra.requests().markRunning(running.uid(), "daq");
        Request a = f.request(1, 2, 5000);
        f.request(2, 1, 5000);
        Request unqueued = f.request(2, 2, 0);

        assertEquals(2, queue.emptyQueue(DEWAR, "jdoe"));
        assertEquals(List.of(running.uid()), order());
        assertEquals("inactive", amostra.requests().get(a.uid()).state());
        assertTrue(amostra.requests().get(unqueued.uid()).isActive());
        assertTrue(queue.queueDone(DEWAR));
    }

    @Test
    void movesFollowLsdcArithmeticWhenItGivesTheRequestedOrder() {
        Request a = f.request(1, 1, 5000);
        Request b = f.request(1, 2, 4000);
        Request c = f.request(1, 3, 3000);
        Request d = f.request(1, 4, 2000);

        queue.moveUp(DEWAR, c.uid(), "jdoe");
        assertEquals(List.of(a.uid(), c.uid(), b.uid(), d.uid()), order());
        assertEquals(List.of(5000, 4500, 4000, 2000), priorities(), "up = average of the two above");

        queue.moveDown(DEWAR, c.uid(), "jdoe");
        assertEquals(List.of(a.uid(), b.uid(), c.uid(), d.uid()), order());
        assertEquals(List.of(5000, 4000, 3000, 2000), priorities(), "down = average of the two below");

        queue.moveToTop(DEWAR, d.uid(), "jdoe");
        assertEquals(List.of(5100, 5000, 4000, 3000), priorities(), "top = max + 100");
        queue.moveToBottom(DEWAR, d.uid(), "jdoe");
        assertEquals(List.of(a.uid(), b.uid(), c.uid(), d.uid()), order());
        assertEquals(List.of(5000, 4000, 3000, 2900), priorities(), "bottom = min - 100");

        queue.moveUp(DEWAR, b.uid(), "jdoe");
        assertEquals(List.of(b.uid(), a.uid(), c.uid(), d.uid()), order());
        assertEquals(5100, amostra.requests().get(b.uid()).priority(), "up from second place = top");

        // the ends: nothing to do, nothing written
        long version = amostra.requests().get(b.uid()).version();
        queue.moveUp(DEWAR, b.uid(), "jdoe");
        queue.moveToTop(DEWAR, b.uid(), "jdoe");
        queue.moveDown(DEWAR, d.uid(), "jdoe");
        queue.moveToBottom(DEWAR, d.uid(), "jdoe");
        assertEquals(List.of(b.uid(), a.uid(), c.uid(), d.uid()), order());
        assertEquals(version, amostra.requests().get(b.uid()).version());
    }

    @Test
    void clashesAmongEqualPrioritiesStillGiveTheRequestedOrder() {
        Request a = f.request(1, 1, 5000);
        Request b = f.request(1, 2, 5000);
        Request c = f.request(1, 3, 5000);
        Request d = f.request(1, 4, 5000);
        assertEquals(List.of(a.uid(), b.uid(), c.uid(), d.uid()), order(), "equal priorities follow the dewar");

        queue.moveUp(DEWAR, c.uid(), "jdoe"); // LSDC's +20 would jump over a as well: renumbered
        assertEquals(List.of(a.uid(), c.uid(), b.uid(), d.uid()), order());
        assertStrictlyDecreasingAndQueued(priorities());

        queue.moveDown(DEWAR, a.uid(), "jdoe");
        assertEquals(List.of(c.uid(), a.uid(), b.uid(), d.uid()), order());
        queue.moveDown(DEWAR, a.uid(), "jdoe");
        assertEquals(List.of(c.uid(), b.uid(), a.uid(), d.uid()), order());
        assertStrictlyDecreasingAndQueued(priorities());
    }

    @Test
    void movesStayInsideTheQueuedRangeAtBothEnds() {
        Request a = f.request(1, 1, 99990);
        Request b = f.request(1, 2, 150);
        Request c = f.request(1, 3, 60);

        queue.moveToBottom(DEWAR, a.uid(), "jdoe"); // 60 - 100 would unqueue it
        assertEquals(List.of(b.uid(), c.uid(), a.uid()), order());
        assertStrictlyDecreasingAndQueued(priorities());

        queue.moveToTop(DEWAR, a.uid(), "jdoe");
        queue.moveToTop(DEWAR, c.uid(), "jdoe");
        assertEquals(List.of(c.uid(), a.uid(), b.uid()), order());
        assertStrictlyDecreasingAndQueued(priorities());

        Request running = f.request(2, 1, 5000);
        amostra.requests().markRunning(running.uid(), "daq");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> queue.moveUp(DEWAR, running.uid(), "jdoe"));
        assertEquals("Request " + running.uid() + " is not waiting in the queue of dewar " + DEWAR, e.getMessage());
    }

    private static void assertStrictlyDecreasingAndQueued(List<Integer> p) {
        for (int i = 0; i < p.size(); i++) {
            assertTrue(p.get(i) > 0 && p.get(i) < Priority.RUNNING, "queued priority " + p);
            if (i > 0) {
                assertTrue(p.get(i) < p.get(i - 1), "strictly decreasing " + p);
            }
        }
    }
}
