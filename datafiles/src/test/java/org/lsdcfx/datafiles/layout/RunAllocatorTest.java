package org.lsdcfx.datafiles.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunAllocatorTest {
    @TempDir
    Path tmp;
    VisitDirectory visit;
    final FilePrefix lyso = FilePrefix.of("lyso");

    @BeforeEach
    void setUp() {
        visit = VisitDirectory.open(tmp, "visit", true);
    }

    @Test
    void takesTheRequestedRunWhenFree() {
        AllocatedRun run = new RunAllocator(RunPolicy.NEXT_FREE).allocate(visit, lyso, 4);
        assertEquals(4, run.runNumber());
        assertFalse(run.moved());
        assertEquals(visit.root().resolve("lyso/4"), run.directory());
        assertTrue(Files.isDirectory(run.directory()));
    }

    @Test
    void movesToTheNextFreeRunAndNeverReusesOne() throws IOException {
        Path prefixDir = Files.createDirectories(visit.root().resolve("lyso"));
        Files.createDirectory(prefixDir.resolve("1"));
        Files.writeString(Files.createDirectory(prefixDir.resolve("2")).resolve("old_master.h5"), "old");
        Files.writeString(prefixDir.resolve("3"), "a file also takes the name");
        AllocatedRun run = new RunAllocator(RunPolicy.NEXT_FREE).allocate(visit, lyso, 1);
        assertEquals(4, run.runNumber());
        assertEquals(1, run.requestedRun());
        assertTrue(run.moved());
        assertEquals("old", Files.readString(prefixDir.resolve("2/old_master.h5")));
        assertEquals(5, new RunAllocator(RunPolicy.NEXT_FREE).allocate(visit, lyso, 1).runNumber());
    }

    @Test
    void failsWithAReasonWhenConfiguredTo() throws IOException {
        Files.createDirectories(visit.root().resolve("lyso/2"));
        DataLayoutException e = assertThrows(DataLayoutException.class,
                () -> new RunAllocator(RunPolicy.FAIL_IF_EXISTS).allocate(visit, lyso, 2));
        assertEquals(Refusal.RUN_EXISTS, e.refusal());
        assertTrue(e.getMessage().contains("run 2") && e.getMessage().contains("never reused"), e.getMessage());
        assertFalse(Files.exists(visit.root().resolve("lyso/3")), "no other run may be taken");
    }

    @Test
    void refusesWhenNoRunIsLeft() throws IOException {
        for (int i = 1; i <= 3; i++) {
            Files.createDirectories(visit.root().resolve("lyso/" + i));
        }
        assertEquals(Refusal.NO_FREE_RUN, assertThrows(DataLayoutException.class,
                () -> new RunAllocator(RunPolicy.NEXT_FREE, 3).allocate(visit, lyso, 1)).refusal());
    }

    @Test
    void refusesRunNumbersOutOfRange() {
        RunAllocator allocator = new RunAllocator(RunPolicy.NEXT_FREE, 10);
        assertEquals(Refusal.INVALID_RUN, assertThrows(DataLayoutException.class, () -> allocator.allocate(visit, lyso, 0)).refusal());
        assertEquals(Refusal.INVALID_RUN, assertThrows(DataLayoutException.class, () -> allocator.allocate(visit, lyso, 11)).refusal());
    }

    @Test
    void aPrefixDirectoryLinkedOutsideIsRefused() throws IOException {
        Path outside = Files.createDirectory(tmp.resolve("outside"));
        Files.createSymbolicLink(visit.root().resolve("lyso"), outside);
        assertEquals(Refusal.SYMLINK_ESCAPE, assertThrows(DataLayoutException.class,
                () -> new RunAllocator(RunPolicy.NEXT_FREE).allocate(visit, lyso, 1)).refusal());
        try (var entries = Files.list(outside)) {
            assertEquals(0, entries.count(), "nothing may be created outside the visit");
        }
    }

    @Test
    void concurrentAllocationsGetDistinctRuns() throws Exception {
        RunAllocator allocator = new RunAllocator(RunPolicy.NEXT_FREE);
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<AllocatedRun>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return allocator.allocate(visit, lyso, 1);
                }));
            }
            start.countDown();
            Set<Integer> runs = new HashSet<>();
            for (Future<AllocatedRun> f : futures) {
                runs.add(f.get(10, TimeUnit.SECONDS).runNumber());
            }
            assertEquals(Set.of(1, 2, 3, 4, 5, 6, 7, 8), runs);
        } finally {
            pool.shutdownNow();
        }
    }
}
