package org.lsdcfx.processing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lsdcfx.processing.exec.JobStatus;
import org.lsdcfx.processing.exec.LocalProcessExecutor;
import org.lsdcfx.processing.fastdp.FastDpSummaryParser;

class ProcessingServiceTest {
    @TempDir
    Path tmp;
    Path visit;
    Path bin;
    final BlockingQueue<ProcessingOutcome> outcomes = new LinkedBlockingQueue<>();
    final List<ProcessingService> services = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        visit = Files.createDirectories(tmp.resolve("mx312345-1"));
        bin = Files.createDirectories(tmp.resolve("bin"));
    }

    @AfterEach
    void tearDown() {
        services.forEach(ProcessingService::close);
    }

    ProcessingService service(ProcessingConfig config, int concurrency, Consumer<ProcessingOutcome> sink) {
        ProcessingService s = new ProcessingService(config, new LocalProcessExecutor(concurrency, Duration.ofMillis(200),
                Clock.systemUTC()), new FastDpSummaryParser(), sink, Clock.systemUTC());
        services.add(s);
        return s;
    }

    ProcessingConfig config(Path program) {
        return ProcessingConfig.fastDpDefaults().withProgram(program.toString(), List.of("-j", "4", "{master}"));
    }

    CompletedDataset dataset(String run, String protocol, double width, int frames, boolean fastDp) throws Exception {
        Path dir = Files.createDirectories(visit.resolve("lyso/" + run + "/Puck01_1"));
        Path master = Files.writeString(dir.resolve("lyso_1_master.h5"), "stand-in master");
        return new CompletedDataset("req-" + run, "sample-1", protocol, master, visit, width, frames, fastDp);
    }

    ProcessingOutcome next() throws InterruptedException {
        ProcessingOutcome o = outcomes.poll(30, TimeUnit.SECONDS);
        assertNotNull(o, "no processing outcome within 30 s");
        return o;
    }

    @Test
    void processesARotationDatasetAndParsesTheSummary() throws Exception {
        ProcessingService service = service(config(StandIns.fastDp(bin)), 2, outcomes::add);
        CompletedDataset d = dataset("1", "standard", 0.1, 1800, true);
        Submission s = service.onDatasetComplete(d);
        assertTrue(s.submitted(), s.reason());
        ProcessingOutcome o = next();
        assertEquals(d, o.dataset());
        assertEquals(JobStatus.SUCCEEDED, o.result().status());
        ProcessingSummary summary = o.summary();
        assertTrue(summary.succeeded(), summary.detail());
        assertEquals("P 41 21 2", summary.spaceGroup());
        assertEquals(1.85, summary.resolutionHigh(), 1e-9);
        Path workdir = d.masterFile().getParent().resolve("fastDPOutput");
        assertEquals(workdir.toRealPath(), o.job().workingDirectory().toRealPath());
        assertEquals(List.of("-j", "4", d.masterFile().toString()), Files.readAllLines(workdir.resolve("argv.txt")));
        assertEquals(workdir.resolve("fast_dp.log").toString(), summary.logPath());

        // A second run on the same dataset gets its own directory; the first output stays.
        assertTrue(service.onDatasetComplete(d).submitted());
        assertTrue(next().summary().succeeded());
        assertTrue(Files.exists(workdir.resolve("fast_dp.json")));
        assertTrue(Files.isDirectory(d.masterFile().getParent().resolve("fastDPOutput_2")));
        Await.until(Duration.ofSeconds(10), () -> service.inFlight() == 0, "nothing in flight");
    }

    @Test
    void skipsWhatLsdcDoesNotProcess() throws Exception {
        ProcessingService service = service(config(StandIns.fastDp(bin)), 1, outcomes::add);
        assertEquals(Submission.Kind.SKIPPED, service.onDatasetComplete(dataset("s", "standard", 0, 100, true)).kind(),
                "stills");
        Submission shortSweep = service.onDatasetComplete(dataset("t", "standard", 0.1, 40, true));
        assertEquals(Submission.Kind.SKIPPED, shortSweep.kind());
        assertTrue(shortSweep.reason().contains("4.00° is below the 5.00° minimum"), shortSweep.reason());
        assertEquals(Submission.Kind.SKIPPED, service.onDatasetComplete(dataset("r", "raster", 0.1, 900, true)).kind());
        assertEquals(Submission.Kind.SKIPPED, service.onDatasetComplete(dataset("f", "standard", 0.1, 900, false)).kind());
        assertEquals(Submission.Kind.SUBMITTED, service.onDatasetComplete(dataset("v", "vector", 0.1, 50, true)).kind(),
                "exactly 5° qualifies");
        assertEquals("req-v", next().dataset().requestUid());
        assertTrue(outcomes.isEmpty(), "skipped datasets produce no outcome");
        assertFalse(Files.exists(visit.resolve("lyso/s/Puck01_1/fastDPOutput")));
    }

    @Test
    void aFailingProgramGivesAFailedOutcomeWithItsLogTail() throws Exception {
        ProcessingService service = service(config(StandIns.failing(bin)), 1, outcomes::add);
        service.onDatasetComplete(dataset("1", "standard", 0.2, 900, true));
        ProcessingOutcome o = next();
        assertEquals(JobStatus.FAILED, o.result().status());
        assertFalse(o.succeeded());
        assertTrue(o.summary().detail().contains("Autoindexing error"), o.summary().detail());
    }

    @Test
    void aSlowProgramIsKilledAtTheTimeout() throws Exception {
        ProcessingService service = service(config(StandIns.hanging(bin)).withTimeout(Duration.ofSeconds(1)), 1,
                outcomes::add);
        service.onDatasetComplete(dataset("1", "standard", 0.2, 900, true));
        ProcessingOutcome o = next();
        assertEquals(JobStatus.TIMED_OUT, o.result().status());
        assertFalse(o.succeeded());
    }

    @Test
    void aThrowingCallbackDoesNotStopLaterOutcomes() throws Exception {
        ProcessingService service = service(config(StandIns.fastDp(bin)), 1, o -> {
            outcomes.add(o);
            throw new IllegalStateException("store unavailable");
        });
        service.onDatasetComplete(dataset("1", "standard", 0.2, 900, true));
        service.onDatasetComplete(dataset("2", "standard", 0.2, 900, true));
        next();
        next();
        Await.until(Duration.ofSeconds(10), () -> service.inFlight() == 0, "nothing in flight");
    }

    @Test
    void twentyDatasetsNeverBlockTheCallerAndAFullQueueRejects() throws Exception {
        Path gate = tmp.resolve("gate");
        ProcessingService service = service(config(StandIns.gated(bin, gate)).withQueueCapacity(20), 2, outcomes::add);
        List<CompletedDataset> datasets = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            datasets.add(dataset(Integer.toString(i), "standard", 0.2, 900, true));
        }
        for (int i = 0; i < 20; i++) {
            assertTrue(service.onDatasetComplete(datasets.get(i)).submitted()); // returns while no job can finish
        }
        assertEquals(20, service.inFlight());
        Submission overflow = service.onDatasetComplete(datasets.get(20));
        assertEquals(Submission.Kind.REJECTED, overflow.kind());
        assertTrue(overflow.reason().contains("queue is full"), overflow.reason());
        assertTrue(outcomes.isEmpty(), "nothing can have finished before the gate opens");
        Files.createFile(gate);
        for (int i = 0; i < 20; i++) {
            assertEquals(JobStatus.SUCCEEDED, next().result().status());
        }
        Await.until(Duration.ofSeconds(10), () -> service.inFlight() == 0, "nothing in flight");
    }

    @Test
    void aDatasetOutsideTheVisitIsNotProcessed() throws Exception {
        ProcessingService service = service(config(StandIns.fastDp(bin)), 1, outcomes::add);
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Path master = Files.writeString(elsewhere.resolve("x_1_master.h5"), "m");
        service.onDatasetComplete(new CompletedDataset("req-x", "s", "standard", master, visit, 0.2, 900, true));
        ProcessingOutcome o = next();
        assertFalse(o.succeeded());
        assertTrue(o.result().detail().contains("outside the visit directory"), o.result().detail());
        assertFalse(Files.exists(elsewhere.resolve("fastDPOutput")));
    }

    @Test
    void closingDeliversCancelledOutcomesForRunningJobs() throws Exception {
        ProcessingService service = service(config(StandIns.hanging(bin)), 1, outcomes::add);
        service.onDatasetComplete(dataset("1", "standard", 0.2, 900, true));
        service.onDatasetComplete(dataset("2", "standard", 0.2, 900, true));
        Await.until(Duration.ofSeconds(10), () -> Files.exists(visit.resolve("lyso/1/Puck01_1/fastDPOutput/hang.pid")),
                "the first job to run");
        service.close();
        java.util.Map<String, JobStatus> ends = new java.util.HashMap<>();
        for (int i = 0; i < 2; i++) {
            ProcessingOutcome o = next();
            ends.put(o.dataset().requestUid(), o.result().status());
        }
        assertEquals(JobStatus.CANCELLED, ends.get("req-1"), "the running job is ended");
        // The second was queued in the executor (cancelled) or not yet handed to it (rejected): never run.
        assertTrue(ends.get("req-2") == JobStatus.CANCELLED || ends.get("req-2") == JobStatus.REJECTED, ends.toString());
        assertFalse(Files.exists(visit.resolve("lyso/2/Puck01_1/fastDPOutput/hang.pid")));
        assertEquals(Submission.Kind.REJECTED, service.onDatasetComplete(dataset("3", "standard", 0.2, 900, true)).kind());
    }

    @Test
    void unknownPlaceholdersAreRefusedInTheConfiguration() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ProcessingConfig.fastDpDefaults().withProgram("fast_dp", List.of("{mastr}")));
        assertTrue(e.getMessage().contains("{mastr}"), e.getMessage());
    }
}
