package org.lsdcfx.sim.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.fail;

/** The independent reader of the NXmx tests: Debian's /usr/bin/python3 with h5py, run as a child process. */
public final class H5py {
    static final Path PYTHON = Path.of("/usr/bin/python3");

    private H5py() {
    }

    public static void assumeAvailable() {
        boolean available = false;
        if (Files.isExecutable(PYTHON)) {
            try {
                Process p = new ProcessBuilder(PYTHON.toString(), "-c", "import h5py").redirectErrorStream(true)
                        .start();
                p.getInputStream().readAllBytes();
                available = p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
            } catch (IOException e) {
                available = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Assumptions.assumeTrue(available,
                "python3-h5py is not installed (apt-get install python3-h5py): skipping the h5py read-back");
    }

    /** Runs {@code h5check/sim_series.py} on {@code master} (from another directory) and parses its JSON. */
    public static JsonNode readSeries(Path master) throws IOException, InterruptedException {
        Path script;
        try {
            script = Path.of(H5py.class.getResource("/h5check/sim_series.py").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        Path err = Files.createTempFile("h5py", ".err");
        try {
            // From another directory: the master's external links must resolve relative to the master.
            Process p = new ProcessBuilder(PYTHON.toString(), script.toString(), master.toString())
                    .directory(Path.of("/").toFile()).redirectError(err.toFile()).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail("h5py did not finish reading " + master);
            }
            if (p.exitValue() != 0) {
                fail("h5py could not read " + master + ": " + Files.readString(err));
            }
            return new ObjectMapper().readTree(new String(out, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(err);
        }
    }
}
