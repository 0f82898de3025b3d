package org.lsdcfx.gui.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lsdcfx.amostra.RequestObj;

class EtaTest {
    @Test
    void timeLeftExtrapolatesTheElapsedTime() {
        Instant now = Instant.ofEpochSecond(1_000_100);
        assertEquals(Optional.of(Duration.ofSeconds(300)), Eta.timeLeft(25, 1_000_000, now), "100 s for 25 %: 300 s left");
        assertEquals(Optional.of(Duration.ZERO), Eta.timeLeft(100, 1_000_000, now));
        assertTrue(Eta.timeLeft(0, 1_000_000, now).isEmpty(), "no progress, no estimate");
        assertTrue(Eta.timeLeft(50, 0, now).isEmpty(), "no start time, no estimate");
    }

    @Test
    void framesFollowTheProgress() {
        assertEquals(450, Eta.framesDone(25, 1800));
        assertEquals(1800, Eta.framesDone(120, 1800));
        assertEquals(0, Eta.framesDone(-3, 1800));
    }

    @Test
    void theQueueEstimateAddsExposuresAndOverheads() {
        RequestObj a = RequestObj.builder().sweep(0, 180).imgWidth(0.1).exposureTime(0.02).build(); // 36 s
        RequestObj stills = RequestObj.builder().sweep(0, 10).imgWidth(0).exposureTime(1).build();  // 10 s
        Duration q = Eta.queue(Optional.of(Duration.ofSeconds(60)), List.of(a, stills));
        assertEquals(Duration.ofSeconds(60 + 36 + 10).plus(Eta.OVERHEAD_PER_REQUEST.multipliedBy(2)), q);
    }
}
