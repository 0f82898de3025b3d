package org.lsdcfx.gui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FxThrottleTest {
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    /** Stands in for the FX thread: batches queue up here until the test runs them. */
    private final ConcurrentLinkedQueue<Runnable> fx = new ConcurrentLinkedQueue<>();
    private final AtomicLong now = new AtomicLong(1_000_000_000L);

    @AfterEach
    void stop() {
        timer.shutdownNow();
    }

    private FxThrottle throttle(Duration period) {
        return new FxThrottle("test", period, fx::add, timer, now::get);
    }

    private void runFx() {
        for (Runnable r; (r = fx.poll()) != null; ) {
            r.run();
        }
    }

    @Test
    void aBurstForOneKeyCollapsesToItsLatestValue() {
        FxThrottle t = throttle(Duration.ofMillis(100));
        List<Integer> seen = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            int v = i;
            t.submit("pv", () -> seen.add(v));
        }
        assertEquals(1, fx.size(), "one batch scheduled for the whole burst");
        runFx();
        assertEquals(List.of(999), seen);
    }

    @Test
    void differentKeysAllRunInOrderOfTheirLatestUpdate() {
        FxThrottle t = throttle(Duration.ofMillis(100));
        List<String> seen = new ArrayList<>();
        t.submit("a", () -> seen.add("a1"));
        t.submit("b", () -> seen.add("b1"));
        t.submit("a", () -> seen.add("a2"));
        runFx();
        assertEquals(List.of("b1", "a2"), seen);
    }

    @Test
    void theFirstUpdateAfterAQuietPeriodGoesOutAtOnceTheNextWaitsForThePeriod() throws Exception {
        FxThrottle t = throttle(Duration.ofMillis(200));
        List<String> seen = new ArrayList<>();
        t.submit("k", () -> seen.add("first"));
        assertEquals(1, fx.size(), "no delay after a quiet period");
        runFx();
        t.submit("k", () -> seen.add("second"));
        assertTrue(fx.isEmpty(), "within the period the batch waits for the timer");
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (fx.isEmpty() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        runFx();
        assertEquals(List.of("first", "second"), seen);
    }

    @Test
    void aFailingUpdateDoesNotStopTheOthers() {
        FxThrottle t = throttle(Duration.ofMillis(100));
        List<String> seen = new ArrayList<>();
        t.submit("bad", () -> {
            throw new IllegalStateException("boom");
        });
        t.submit("good", () -> seen.add("ran"));
        runFx();
        assertEquals(List.of("ran"), seen);
    }

    @Test
    void afterCloseNothingIsDelivered() {
        FxThrottle t = throttle(Duration.ofMillis(100));
        t.close();
        t.submit("k", () -> {
            throw new AssertionError("must not run");
        });
        runFx();
        assertTrue(fx.isEmpty());
    }
}
