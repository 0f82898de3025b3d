package org.lsdcfx.analysis.spots.online;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lsdcfx.analysis.spots.FrameResult;

class PointBundlerTest {

    /** Motor coordinates as the raster would give them. */
    record Xyz(double x, double y, double z) { }

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final MutableClock clock = new MutableClock();
    private final List<CellResult<Xyz>> cells = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    @Test
    void emitsOnlyWhenBothHalvesAreInWhicheverComesFirst() {
        try (PointBundler<Xyz> b = bundler(Duration.ofSeconds(10))) {
            b.acceptSpots(0, result(5));
            b.acceptCoordinates(1, new Xyz(1, 0, 0));
            assertTrue(cells.isEmpty());
            assertEquals(2, b.pendingCount());

            b.acceptCoordinates(0, new Xyz(0, 0, 0));
            b.acceptSpots(1, result(7));
            assertEquals(2, cells.size());
            CellResult<Xyz> first = cells.get(0);
            assertEquals(0, first.pointId());
            assertEquals(CellResult.Status.COMPLETE, first.status());
            assertEquals(5, first.spots().spotCount());
            assertEquals(new Xyz(0, 0, 0), first.coordinates());
            assertEquals(1, cells.get(1).pointId());
            assertEquals(7, cells.get(1).spots().spotCount());
            assertEquals(0, b.pendingCount());
        }
    }

    @Test
    void pairsEveryPointOnceUnderConcurrentArrivalInAnyOrder() throws Exception {
        int points = 500;
        List<Runnable> halves = new ArrayList<>();
        try (PointBundler<Xyz> b = bundler(Duration.ofSeconds(30))) {
            for (int i = 0; i < points; i++) {
                int id = i;
                halves.add(() -> b.acceptSpots(id, result(id)));
                halves.add(() -> b.acceptCoordinates(id, new Xyz(id, 0, 0)));
            }
            Collections.shuffle(halves, new Random(1));
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<CompletableFuture<Void>> all = new ArrayList<>();
                for (Runnable r : halves) {
                    all.add(CompletableFuture.runAsync(r, pool));
                }
                CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
            } finally {
                pool.shutdownNow();
            }
            assertEquals(points, cells.size());
            Map<Integer, CellResult<Xyz>> byId = new ConcurrentHashMap<>();
            for (CellResult<Xyz> c : cells) {
                assertSame(null, byId.put(c.pointId(), c), "point emitted twice: " + c.pointId());
                assertEquals(CellResult.Status.COMPLETE, c.status());
                assertEquals(c.pointId(), c.spots().spotCount());
                assertEquals(c.pointId(), (int) c.coordinates().x());
            }
            assertEquals(0, b.pendingCount());
        }
    }

    @Test
    void aPointMissingAHalfIsEmittedAfterTheTimeoutAndAgainWhenItCompletes() {
        try (PointBundler<Xyz> b = bundler(Duration.ofSeconds(5))) {
            b.acceptSpots(3, result(2));
            clock.advance(Duration.ofSeconds(4));
            assertEquals(0, b.expireOverdue());
            assertTrue(cells.isEmpty());

            clock.advance(Duration.ofSeconds(1));
            assertEquals(1, b.expireOverdue());
            CellResult<Xyz> timedOut = cells.get(0);
            assertEquals(CellResult.Status.TIMED_OUT, timedOut.status());
            assertTrue(timedOut.hasSpots());
            assertNull(timedOut.coordinates());
            assertEquals(0, b.pendingCount());

            b.acceptCoordinates(3, new Xyz(3, 3, 3));
            CellResult<Xyz> late = cells.get(1);
            assertEquals(CellResult.Status.LATE, late.status());
            assertTrue(late.status().hasBothHalves());
            assertEquals(new Xyz(3, 3, 3), late.coordinates());
            assertEquals(2, late.spots().spotCount());
            assertThrows(IllegalStateException.class, () -> b.acceptSpots(3, result(9)));
        }
    }

    @Test
    void theSchedulerSweepsOverduePointsByItself() throws Exception {
        CompletableFuture<CellResult<Xyz>> emitted = new CompletableFuture<>();
        try (PointBundler<Xyz> b = new PointBundler<>("raster-test", Duration.ofMillis(100), Clock.systemUTC(),
                scheduler, Duration.ofMillis(20), emitted::complete)) {
            b.acceptCoordinates(8, new Xyz(8, 0, 0));
            CellResult<Xyz> cell = emitted.get(5, TimeUnit.SECONDS);
            assertEquals(8, cell.pointId());
            assertEquals(CellResult.Status.TIMED_OUT, cell.status());
            assertTrue(!cell.hasSpots() && cell.hasCoordinates());
        }
    }

    @Test
    void aSecondHalfOfTheSameKindIsRefusedAndChangesNothing() {
        try (PointBundler<Xyz> b = bundler(Duration.ofSeconds(10))) {
            b.acceptSpots(1, result(1));
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> b.acceptSpots(1, result(2)));
            assertTrue(e.getMessage().contains("point 1"), e.getMessage());
            b.acceptCoordinates(1, new Xyz(1, 1, 1));
            assertEquals(1, cells.get(0).spots().spotCount(), "the first result is kept");
            assertThrows(IllegalStateException.class, () -> b.acceptCoordinates(1, new Xyz(2, 2, 2)));
            assertEquals(1, cells.size());
        }
    }

    @Test
    void failedSpotFindingStillCompletesTheCell() {
        try (PointBundler<Xyz> b = bundler(Duration.ofSeconds(10))) {
            b.acceptSpotFailure(4, new IllegalStateException("detector file unreadable"));
            b.acceptCoordinates(4, new Xyz(4, 0, 0));
            CellResult<Xyz> c = cells.get(0);
            assertEquals(CellResult.Status.COMPLETE, c.status());
            assertTrue(c.spotFindingFailed() && !c.hasSpots());
            assertTrue(c.spotFailure().contains("detector file unreadable"));
        }
    }

    @Test
    void closeFlushesPendingPointsAndRefusesLaterHalves() {
        PointBundler<Xyz> b = bundler(Duration.ofSeconds(10));
        b.acceptSpots(1, result(1));
        b.acceptCoordinates(2, new Xyz(2, 0, 0));
        b.close();
        assertEquals(2, cells.size());
        assertTrue(cells.stream().allMatch(c -> c.status() == CellResult.Status.TIMED_OUT));
        assertThrows(IllegalStateException.class, () -> b.acceptCoordinates(1, new Xyz(1, 0, 0)));
    }

    @Test
    void aFailingListenerDoesNotBreakTheBundler() throws Exception {
        CountDownLatch calls = new CountDownLatch(2);
        try (PointBundler<Xyz> b = new PointBundler<>("raster-test", Duration.ofSeconds(10), clock, scheduler,
                Duration.ofSeconds(1), c -> {
                    calls.countDown();
                    throw new IllegalStateException("listener bug");
                })) {
            b.acceptSpots(1, result(1));
            b.acceptCoordinates(1, new Xyz(1, 0, 0));
            b.acceptSpots(2, result(1));
            b.acceptCoordinates(2, new Xyz(2, 0, 0));
            assertTrue(calls.await(1, TimeUnit.SECONDS));
            assertEquals(0, b.pendingCount());
        }
    }

    private PointBundler<Xyz> bundler(Duration timeout) {
        // sweeps are driven by hand through expireOverdue(): the scheduled sweep is an hour away
        return new PointBundler<>("raster-test", timeout, clock, scheduler, Duration.ofHours(1), cells::add);
    }

    private static FrameResult result(int spots) {
        return new FrameResult(spots, spots, Double.NaN, 0, 0, List.of(), false);
    }
}
