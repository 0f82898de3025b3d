package org.lsdcfx.processing.exec;

import java.time.Duration;
import java.util.List;

/**
 * How to reach Slurm. Each command is an argument vector prefix, so a site can point at absolute paths or wrappers
 * (e.g. {@code ["ssh", "-n", "submit-host", "sbatch"]}) and tests at stand-in scripts.
 *
 * @param sbatch         submits; called with {@code --parsable} and options, then the script path
 * @param squeue         queue state; called with {@code -h -j <id> -o %T}
 * @param sacct          final state; called with {@code -n -P -X -j <id> -o State,ExitCode}
 * @param scancel        cancels; called with the job id
 * @param partition      {@code --partition}, or null for the cluster default
 * @param extraOptions   more sbatch options, e.g. {@code --cpus-per-task=8}
 * @param pollInterval   how often running jobs are checked
 * @param commandTimeout how long one sbatch/squeue/sacct/scancel call may take
 * @param sacctAttempts  how many polls may find no sacct record (accounting lags) before the job counts as failed
 */
public record SlurmConfig(List<String> sbatch, List<String> squeue, List<String> sacct, List<String> scancel,
                          String partition, List<String> extraOptions, Duration pollInterval, Duration commandTimeout,
                          int sacctAttempts) {
    public SlurmConfig {
        for (List<String> c : List.of(sbatch, squeue, sacct, scancel)) {
            if (c == null || c.isEmpty()) {
                throw new IllegalArgumentException("every Slurm command (sbatch, squeue, sacct, scancel) must be configured");
            }
        }
        sbatch = List.copyOf(sbatch);
        squeue = List.copyOf(squeue);
        sacct = List.copyOf(sacct);
        scancel = List.copyOf(scancel);
        extraOptions = List.copyOf(extraOptions == null ? List.of() : extraOptions);
        if (pollInterval == null || pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("the poll interval must be positive");
        }
        if (commandTimeout == null || commandTimeout.isNegative() || commandTimeout.isZero()) {
            throw new IllegalArgumentException("the command timeout must be positive");
        }
        if (sacctAttempts < 1) {
            throw new IllegalArgumentException("sacctAttempts must be at least 1");
        }
    }

    /** The commands found on PATH, the default partition, polling every 10 s. */
    public static SlurmConfig defaults() {
        return new SlurmConfig(List.of("sbatch"), List.of("squeue"), List.of("sacct"), List.of("scancel"), null, List.of(),
                Duration.ofSeconds(10), Duration.ofSeconds(30), 6);
    }

    /** The same configuration with the four commands taken from {@code directory} (absolute paths). */
    public SlurmConfig withCommandsIn(java.nio.file.Path directory) {
        return new SlurmConfig(List.of(directory.resolve("sbatch").toString()), List.of(directory.resolve("squeue").toString()),
                List.of(directory.resolve("sacct").toString()), List.of(directory.resolve("scancel").toString()), partition,
                extraOptions, pollInterval, commandTimeout, sacctAttempts);
    }

    public SlurmConfig withPollInterval(Duration interval) {
        return new SlurmConfig(sbatch, squeue, sacct, scancel, partition, extraOptions, interval, commandTimeout,
                sacctAttempts);
    }
}
