package org.lsdcfx.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** Runs {@code ./lsdc}'s main class in a separate JVM (as a user would) and reads its output line by line. */
final class ChildJvm implements AutoCloseable {
    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> seen = new ArrayList<>(); // only touched by the test thread

    private ChildJvm(Process process) {
        this.process = process;
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String l; (l = r.readLine()) != null; ) {
                    lines.add(l);
                }
            } catch (IOException ignored) {
                // the process ended
            }
        }, "child-output");
        reader.setDaemon(true);
        reader.start();
    }

    static ChildJvm start(Path home, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Xmx256m", Main.class.getName()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("LSDC_HOME", home.toString());
        pb.environment().put("LSDC_LOG_DIR", home.resolve("logs").toString());
        pb.environment().remove("LSDC_MONGO_URI");
        pb.environment().remove("DISPLAY"); // as on CI: no windows from these tests
        pb.environment().remove("WAYLAND_DISPLAY");
        return new ChildJvm(pb.start());
    }

    /** Waits for a line matching {@code want}; fails with everything printed so far when it does not come. */
    String awaitLine(Predicate<String> want, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            String l = lines.poll(100, TimeUnit.MILLISECONDS);
            if (l != null) {
                seen.add(l);
                if (want.test(l)) {
                    return l;
                }
            } else if (!process.isAlive() && lines.isEmpty()) {
                break;
            }
        }
        throw new AssertionError("expected line not printed within " + timeout + "; output was:\n" + String.join("\n", seen));
    }

    /** Everything printed until the process exits, and its exit code. */
    Result awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("process did not exit within " + timeout);
        }
        long end = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        String l;
        while (System.nanoTime() < end && (l = lines.poll(50, TimeUnit.MILLISECONDS)) != null) {
            seen.add(l);
        }
        return new Result(process.exitValue(), String.join("\n", seen));
    }

    /** SIGTERM, as Ctrl-C or a service manager would stop it. */
    void terminate(Duration timeout) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("process did not stop on SIGTERM within " + timeout);
        }
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }

    record Result(int exitCode, String output) {
    }
}
