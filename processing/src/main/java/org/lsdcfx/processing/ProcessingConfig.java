package org.lsdcfx.processing;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When and how to process a dataset.
 *
 * @param enabled                 master switch
 * @param program                 the processing program (fast_dp-like): a name on PATH or an absolute path
 * @param argumentTemplate        its arguments; placeholders {@code {master}}, {@code {workdir}}, {@code {frames}},
 *                                {@code {first}} and {@code {last}} are replaced by values (each argument stays one
 *                                argument, whatever the value contains)
 * @param minimumSweepDegrees     datasets covering less rotation are not processed (LSDC: 5°)
 * @param protocols               request protocols that are processed (LSDC: standard, vector, stepVector)
 * @param workingDirectoryName    output directory created next to the master (LSDC: fastDPOutput); a second run gets
 *                                {@code _2}, ... and never reuses a directory
 * @param timeout                 a job running longer is killed (locally) or cancelled (Slurm)
 * @param queueCapacity           datasets waiting or being processed at once; more are rejected, never queued
 *                                without bound
 */
public record ProcessingConfig(boolean enabled, String program, List<String> argumentTemplate, double minimumSweepDegrees,
                               Set<String> protocols, String workingDirectoryName, Duration timeout, int queueCapacity) {
    public static final Set<String> PLACEHOLDERS = Set.of("master", "workdir", "frames", "first", "last");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");
    private static final Pattern DIRECTORY_NAME = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    public ProcessingConfig {
        if (program == null || program.isBlank()) {
            throw new IllegalArgumentException("a processing program is required");
        }
        argumentTemplate = List.copyOf(argumentTemplate);
        for (String arg : argumentTemplate) {
            Matcher m = PLACEHOLDER.matcher(arg);
            while (m.find()) {
                if (!PLACEHOLDERS.contains(m.group(1))) {
                    throw new IllegalArgumentException("unknown placeholder {" + m.group(1) + "} in processing argument '"
                            + arg + "'; known: " + PLACEHOLDERS);
                }
            }
        }
        protocols = Set.copyOf(protocols);
        if (workingDirectoryName == null || !DIRECTORY_NAME.matcher(workingDirectoryName).matches()
                || workingDirectoryName.equals(".") || workingDirectoryName.equals("..")) {
            throw new IllegalArgumentException("the processing directory name must be 1..64 of A-Z a-z 0-9 _ . -, got '"
                    + workingDirectoryName + "'");
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the processing timeout must be positive");
        }
        if (queueCapacity < 1) {
            throw new IllegalArgumentException("the processing queue capacity must be at least 1");
        }
        if (!(minimumSweepDegrees >= 0)) {
            throw new IllegalArgumentException("the minimum sweep must be 0 or more degrees");
        }
    }

    /** LSDC's behaviour: fast_dp on the master, for standard/vector/stepVector sweeps of at least 5°. */
    public static ProcessingConfig fastDpDefaults() {
        return new ProcessingConfig(true, "fast_dp", List.of("{master}"), 5.0, Set.of("standard", "vector", "stepVector"),
                "fastDPOutput", Duration.ofMinutes(30), 32);
    }

    public ProcessingConfig withProgram(String newProgram, List<String> arguments) {
        return new ProcessingConfig(enabled, newProgram, arguments, minimumSweepDegrees, protocols, workingDirectoryName,
                timeout, queueCapacity);
    }

    public ProcessingConfig withTimeout(Duration newTimeout) {
        return new ProcessingConfig(enabled, program, argumentTemplate, minimumSweepDegrees, protocols, workingDirectoryName,
                newTimeout, queueCapacity);
    }

    public ProcessingConfig withQueueCapacity(int capacity) {
        return new ProcessingConfig(enabled, program, argumentTemplate, minimumSweepDegrees, protocols, workingDirectoryName,
                timeout, capacity);
    }

    /** The arguments for one dataset. */
    public List<String> arguments(Values values) {
        return argumentTemplate.stream().map(arg -> {
            Matcher m = PLACEHOLDER.matcher(arg);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(out, Matcher.quoteReplacement(values.of(m.group(1))));
            }
            m.appendTail(out);
            return out.toString();
        }).toList();
    }

    /** Placeholder values for one dataset. */
    public record Values(String master, String workdir, int frames) {
        String of(String placeholder) {
            return switch (placeholder) {
                case "master" -> master;
                case "workdir" -> workdir;
                case "frames", "last" -> Integer.toString(frames);
                case "first" -> "1";
                default -> throw new IllegalArgumentException("unknown placeholder " + placeholder);
            };
        }
    }
}
