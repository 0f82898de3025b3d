package org.lsdcfx.processing.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lsdcfx.processing.Await;
import org.lsdcfx.processing.StandIns;

class LocalProcessExecutorTest {
    static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path tmp;
    LocalProcessExecutor executor;

    @AfterEach
    void tearDown() {
        if (executor != null) {
            executor.close();
        }
    }

    ProcessingJob job(String name, Path program, List<String> args, Duration timeout) throws Exception {
        Path wd = Files.createDirectories(tmp.resolve("work-" + name));
        return new ProcessingJob(name, program.toString(), args, tmp.resolve("lyso_1_master.h5"), wd, timeout, Map.of());
    }

    static JobResult await(CompletableFuture<JobResult> f) throws Exception {
        return f.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    @Test
    void runsTheProgramInItsDirectoryAndCapturesItsOutput() throws Exception {
        executor = new LocalProcessExecutor(2, Clock.systemUTC());
        ProcessingJob job = job("ok", StandIns.fastDp(tmp), List.of("/data/lyso_1_master.h5"), Duration.ofSeconds(30));
        JobResult r = await(executor.submit(job));
        assertEquals(JobStatus.SUCCEEDED, r.status(), r.detail());
        assertEquals(0, r.exitCode());
        assertTrue(Files.exists(job.workingDirectory().resolve("fast_dp.json")), "the program ran in its directory");
        assertTrue(Files.readString(job.logFile()).contains("stand-in fast_dp in " + job.workingDirectory()));
    }

    @Test
    void passesEveryArgumentVerbatimWithoutAShell() throws Exception {
        executor = new LocalProcessExecutor(1, Clock.systemUTC());
        List<String> nasty = List.of("a b", "$(touch pwned)", "`touch pwned2`", "x; touch pwned3", "it's", "*", "\"q\"", "");
        ProcessingJob job = job("argv", StandIns.fastDp(tmp), nasty, Duration.ofSeconds(30));
        assertEquals(JobStatus.SUCCEEDED, await(executor.submit(job)).status());
        List<String> seen = Files.readAllLines(job.workingDirectory().resolve("argv.txt"));
        assertEquals(nasty, seen);
        try (var files = Files.list(job.workingDirectory())) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().startsWith("pwned")), "nothing was interpreted");
        }
    }

    @Test
    void aNonZeroExitIsAFailureWithTheLogTail() throws Exception {
        executor = new LocalProcessExecutor(1, Clock.systemUTC());
        JobResult r = await(executor.submit(job("fail", StandIns.failing(tmp), List.of(), Duration.ofSeconds(30))));
        assertEquals(JobStatus.FAILED, r.status());
        assertEquals(3, r.exitCode());
        assertTrue(r.logTail().contains("Autoindexing error: no spots found"), r.logTail());
    }

    @Test
    void aSlowJobIsKilledWithItsChildrenAtTheTimeout() throws Exception {
        executor = new LocalProcessExecutor(1, Duration.ofMillis(500), Clock.systemUTC());
        ProcessingJob job = job("slow", StandIns.hanging(tmp), List.of(), Duration.ofSeconds(2));
        JobResult r = await(executor.submit(job));
        assertEquals(JobStatus.TIMED_OUT, r.status());
        assertNull(r.exitCode());
        for (String pidFile : List.of("hang.pid", "child.pid")) {
            long pid = Long.parseLong(Files.readString(job.workingDirectory().resolve(pidFile)).strip());
            Await.until(WAIT, () -> ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true), pidFile + " to be gone");
        }
    }

    @Test
    void aMissingProgramFailsWithAReason() throws Exception {
        executor = new LocalProcessExecutor(1, Clock.systemUTC());
        JobResult r = await(executor.submit(job("missing", tmp.resolve("no_such_program"), List.of(), Duration.ofSeconds(5))));
        assertEquals(JobStatus.FAILED, r.status());
        assertTrue(r.detail().contains("could not start"), r.detail());
    }

    @Test
    void twentyJobsWithConcurrencyTwoNeverBlockTheSubmitter() throws Exception {
        executor = new LocalProcessExecutor(2, Clock.systemUTC());
        Path gate = tmp.resolve("gate");
        Path program = StandIns.gated(tmp, gate);
        List<ProcessingJob> jobs = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            jobs.add(job("gated" + i, program, List.of(), Duration.ofSeconds(60)));
        }
        List<CompletableFuture<JobResult>> futures = new ArrayList<>();
        for (ProcessingJob j : jobs) {
            futures.add(executor.submit(j)); // returns at once although no job can finish before the gate opens
        }
        assertTrue(futures.stream().noneMatch(CompletableFuture::isDone), "no job can have finished yet");
        Await.until(WAIT, () -> executor.running() == 2, "two jobs running");
        assertEquals(18, executor.queued());
        Files.createFile(gate);
        for (CompletableFuture<JobResult> f : futures) {
            assertEquals(JobStatus.SUCCEEDED, await(f).status());
        }
        assertEquals(2, executor.peakRunning(), "never more than the concurrency");
    }

    @Test
    void closingEndsRunningAndQueuedJobs() throws Exception {
        executor = new LocalProcessExecutor(1, Duration.ofMillis(200), Clock.systemUTC());
        Path program = StandIns.hanging(tmp);
        CompletableFuture<JobResult> running = executor.submit(job("run", program, List.of(), Duration.ofMinutes(5)));
        CompletableFuture<JobResult> queued = executor.submit(job("queued", program, List.of(), Duration.ofMinutes(5)));
        Await.until(WAIT, () -> executor.running() == 1, "the first job to run");
        executor.close();
        assertEquals(JobStatus.CANCELLED, await(running).status());
        assertEquals(JobStatus.CANCELLED, await(queued).status());
        assertFalse(Files.exists(tmp.resolve("work-queued/hang.pid")), "the queued job never started");
        assertEquals(JobStatus.REJECTED, await(executor.submit(job("late", program, List.of(), Duration.ofMinutes(5)))).status());
    }
}
