package org.lsdcfx.processing.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lsdcfx.processing.Await;
import org.lsdcfx.processing.StandIns;

/** The Slurm executor against stand-in sbatch/squeue/sacct/scancel scripts. */
class SlurmExecutorTest {
    @TempDir
    Path tmp;
    FakeSlurm slurm;
    SlurmExecutor executor;

    @BeforeEach
    void setUp() throws Exception {
        slurm = new FakeSlurm(tmp);
        executor = new SlurmExecutor(slurm.config(), Clock.systemUTC());
    }

    @AfterEach
    void tearDown() {
        executor.close();
    }

    ProcessingJob job(String name, Path program, List<String> args, Duration timeout) throws Exception {
        Path wd = Files.createDirectories(tmp.resolve("data dir/" + name));
        return new ProcessingJob(name, program.toString(), args, tmp.resolve("lyso_1_master.h5"), wd, timeout, Map.of());
    }

    static JobResult await(java.util.concurrent.CompletableFuture<JobResult> f) throws Exception {
        return f.get(30, TimeUnit.SECONDS);
    }

    @Test
    void submitsAQuotedBatchScriptAndReportsCompletion() throws Exception {
        List<String> nasty = List.of("lyso 1_master.h5", "$(touch pwned)", "it's; touch pwned2", "`id`", "*");
        ProcessingJob job = job("lsdcfx_fast_dp", StandIns.fastDp(tmp), nasty, Duration.ofMinutes(3));
        JobResult r = await(executor.submit(job));
        assertEquals(JobStatus.SUCCEEDED, r.status(), r.detail());
        assertEquals(0, r.exitCode());
        assertEquals(nasty, Files.readAllLines(job.workingDirectory().resolve("argv.txt")), "arguments arrive verbatim");
        assertTrue(Files.exists(job.workingDirectory().resolve("fast_dp.json")), "ran in the working directory");
        try (var files = Files.list(job.workingDirectory())) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().startsWith("pwned")));
        }
        List<String> argv = slurm.sbatchArgv();
        assertEquals(List.of("--parsable", "--job-name=lsdcfx_fast_dp", "--chdir=" + job.workingDirectory(),
                "--output=" + job.logFile(), "--time=3", job.workingDirectory().resolve("lsdcfx_fast_dp.sbatch").toString()),
                argv);
        assertTrue(Files.readString(job.logFile()).contains("stand-in fast_dp"), "the cluster's output file is the log");
    }

    @Test
    void aFailingJobReportsItsExitCodeAndLogTail() throws Exception {
        JobResult r = await(executor.submit(job("failing", StandIns.failing(tmp), List.of(), Duration.ofMinutes(1))));
        assertEquals(JobStatus.FAILED, r.status());
        assertEquals(3, r.exitCode());
        assertTrue(r.logTail().contains("Autoindexing error"), r.logTail());
    }

    @Test
    void aJobPastItsTimeoutIsCancelled() throws Exception {
        ProcessingJob job = job("hanging", StandIns.hanging(tmp), List.of(), Duration.ofSeconds(2));
        JobResult r = await(executor.submit(job));
        assertEquals(JobStatus.TIMED_OUT, r.status());
        assertEquals(List.of("4001"), slurm.scancelCalls());
        Path pidFile = job.workingDirectory().resolve("child.pid");
        if (Files.exists(pidFile)) { // the stand-in cluster may have been cancelled before the script got that far
            long child = Long.parseLong(Files.readString(pidFile).strip());
            Await.until(Duration.ofSeconds(10), () -> ProcessHandle.of(child).map(p -> !p.isAlive()).orElse(true),
                    "the cancelled job to be gone");
        }
    }

    @Test
    void anSbatchRefusalIsAFailureWithSlurmsMessage() throws Exception {
        Files.createFile(slurm.state.resolve("refuse"));
        JobResult r = await(executor.submit(job("refused", StandIns.fastDp(tmp), List.of(), Duration.ofMinutes(1))));
        assertEquals(JobStatus.FAILED, r.status());
        assertTrue(r.detail().contains("invalid partition"), r.detail());
    }

    @Test
    void theBatchScriptQuotesEveryWord() throws Exception {
        ProcessingJob job = job("quoted", Path.of("/opt/fast dp/bin/fast_dp"), List.of("it's", "$HOME"), Duration.ofMinutes(1));
        String script = SlurmExecutor.batchScript(job);
        assertTrue(script.contains("exec '/opt/fast dp/bin/fast_dp' 'it'\\''s' '$HOME'\n"), script);
        assertTrue(script.contains("cd -- '" + job.workingDirectory() + "' || exit 97"), script);
    }
}
