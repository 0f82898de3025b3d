package org.lsdcfx.gui.dewar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.lsdcfx.amostra.RequestStatus;

class RequestLookTest {
    @Test
    void lsdcPrioritiesGiveLsdcColoursAndBoxes() {
        RequestLook running = RequestLook.of(99999, RequestStatus.RUNNING);
        assertEquals("request-running", running.styleClass());
        assertTrue(running.checked());
        assertFalse(running.checkable(), "a running request cannot be unqueued from the tree");

        RequestLook queued = RequestLook.of(5000, RequestStatus.QUEUED);
        assertTrue(queued.checked());
        assertTrue(queued.checkable());
        assertEquals(RequestLook.QUEUED, RequestLook.of(1, RequestStatus.QUEUED));

        RequestLook unqueued = RequestLook.of(0, RequestStatus.UNQUEUED);
        assertFalse(unqueued.checked());
        assertTrue(unqueued.checkable());

        RequestLook done = RequestLook.of(-1, RequestStatus.DONE);
        assertEquals("request-done", done.styleClass());
        assertFalse(done.checked());
        assertFalse(done.checkable(), "LSDC: finished requests are cyan and not checkable");
    }

    @Test
    void failedSkippedAndInterruptedRequestsCanBeQueuedAgain() {
        assertTrue(RequestLook.of(-1, RequestStatus.FAILED).checkable());
        assertTrue(RequestLook.of(-1, RequestStatus.SKIPPED).checkable());
        assertEquals(RequestLook.INTERRUPTED, RequestLook.of(0, RequestStatus.INTERRUPTED));
        assertTrue(RequestLook.INTERRUPTED.checkable());
    }
}
