package org.lsdcfx.daq.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lsdcfx.daq.test.Await;

class RunControlTest {
    private final RunControl control = new RunControl();
    private final List<String> published = new CopyOnWriteArrayList<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor();

    RunControlTest() {
        control.addListener(s -> published.add(s.label()));
    }

    @AfterEach
    void stop() {
        worker.shutdownNow();
    }

    @Test
    void pauseHoldsTheCheckpointUntilResume() throws Exception {
        control.begin(true);
        control.pause();
        Future<?> step = worker.submit(() -> {
            control.checkpoint();
            return null;
        });
        assertThrows(java.util.concurrent.TimeoutException.class, () -> step.get(100, TimeUnit.MILLISECONDS));
        control.resume();
        step.get(2, TimeUnit.SECONDS);
        assertEquals(List.of("Idle", "Collecting", "Paused", "Collecting"), published);
    }

    @Test
    void abortReleasesAPausedCheckpointWithAbortedException() throws Exception {
        control.begin(true);
        control.pause();
        Future<?> step = worker.submit(() -> {
            control.checkpoint();
            return null;
        });
        Await.until(Duration.ofSeconds(2), () -> control.state() == RunState.PAUSED, "paused");
        assertTrue(control.abort("aborted by test"));
        ExecutionException e = assertThrows(ExecutionException.class, () -> step.get(2, TimeUnit.SECONDS));
        assertEquals("aborted by test", e.getCause().getMessage());
        control.end();
        assertEquals(RunState.IDLE, control.state());
    }

    @Test
    void deferredPauseHappensAtTheRequestBoundaryAndStopEndsTheQueue() throws Exception {
        control.begin(true);
        control.pauseAfterRequest();
        assertEquals("Collecting (pause after this request)", control.snapshot().label());
        control.checkpoint(); // inside a request: a deferred pause does not hold
        Future<Boolean> boundary = worker.submit(control::awaitRequestBoundary);
        Await.until(Duration.ofSeconds(2), () -> control.state() == RunState.PAUSED, "paused at the boundary");
        assertTrue(control.isPausedAtBoundary());
        control.stopAfterRequest(); // while held between requests: ends the queue at once
        assertFalse(boundary.get(2, TimeUnit.SECONDS));
    }

    @Test
    void stopAfterRequestEndsTheQueueAtTheNextBoundary() throws Exception {
        control.begin(true);
        assertTrue(control.awaitRequestBoundary());
        control.stopAfterRequest();
        assertFalse(control.awaitRequestBoundary());
    }

    @Test
    void illegalTransitionsSayWhy() {
        IllegalStateException e = assertThrows(IllegalStateException.class, control::pause);
        assertTrue(e.getMessage().contains("not running"), e.getMessage());
        assertThrows(IllegalStateException.class, control::resume);
        assertFalse(control.abort("nothing runs"), "abort while idle changes nothing");
        control.begin(false);
        assertThrows(IllegalStateException.class, control::pause, "a serial command (BUSY) cannot be paused");
        assertThrows(IllegalStateException.class, () -> control.begin(false), "one serial thing at a time");
    }

    @Test
    void waitUnlessAbortedReturnsEarlyOnAbort() throws Exception {
        control.begin(true);
        Future<?> wait = worker.submit(() -> {
            control.waitUnlessAborted(Duration.ofSeconds(30));
            return null;
        });
        long t0 = System.nanoTime();
        control.abort("stop");
        assertThrows(ExecutionException.class, () -> wait.get(2, TimeUnit.SECONDS));
        assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(2));
    }
}
