package org.lsdcfx.processing.exec;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One processing run: a program and its arguments as an argument vector (never a shell string: no argument is ever
 * interpreted by a shell, whatever characters a file prefix contains), the dataset it processes, the directory it
 * runs in and writes to, and how long it may take.
 *
 * @param name             identifies the job in logs, file names and the Slurm job name: 1..64 of {@code [A-Za-z0-9_.-]}
 * @param program          the executable (a name found on PATH, or an absolute path)
 * @param arguments        its arguments, each passed as one argument
 * @param masterFile       the dataset's NXmx master file
 * @param workingDirectory an existing directory (inside the visit) the program runs in
 * @param timeout          after this the job is killed (locally) or cancelled (Slurm)
 * @param environment      variables added to the inherited environment
 */
public record ProcessingJob(String name, String program, List<String> arguments, Path masterFile, Path workingDirectory,
                            Duration timeout, Map<String, String> environment) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    public ProcessingJob {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a job name is 1..64 characters of A-Z a-z 0-9 _ . -, got '" + name + "'");
        }
        if (program == null || program.isBlank() || program.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("job " + name + " needs a program");
        }
        arguments = List.copyOf(arguments);
        for (String a : arguments) {
            if (a.indexOf('\0') >= 0) {
                throw new IllegalArgumentException("job " + name + ": an argument contains a NUL character");
            }
        }
        if (workingDirectory == null || !workingDirectory.isAbsolute()) {
            throw new IllegalArgumentException("job " + name + " needs an absolute working directory, got " + workingDirectory);
        }
        if (masterFile == null) {
            throw new IllegalArgumentException("job " + name + " needs the dataset's master file");
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("job " + name + " needs a positive timeout, got " + timeout);
        }
        environment = Map.copyOf(environment == null ? Map.of() : environment);
    }

    /** The argument vector: program first. */
    public List<String> command() {
        List<String> argv = new ArrayList<>(arguments.size() + 1);
        argv.add(program);
        argv.addAll(arguments);
        return argv;
    }

    /** Where the executor captures the job's standard output and error. */
    public Path logFile() {
        return workingDirectory.resolve(name + ".log");
    }
}
