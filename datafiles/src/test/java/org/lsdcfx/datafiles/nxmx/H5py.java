package org.lsdcfx.datafiles.nxmx;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;

/** The independent reader of the tests: Debian's /usr/bin/python3 with h5py, run as a child process. */
final class H5py {
    static final Path PYTHON = Path.of("/usr/bin/python3");

    private H5py() {
    }

    static boolean available() {
        if (!Files.isExecutable(PYTHON)) {
            return false;
        }
        try {
            Process p = new ProcessBuilder(PYTHON.toString(), "-c", "import h5py").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static void assumeAvailable() {
        Assumptions.assumeTrue(available(),
                "python3-h5py is not installed (apt-get install python3-h5py): skipping the independent h5py read-back");
    }

    /** Runs nxmx_describe.py on the master; probes are "frame,y,x". */
    static JsonNode describe(Path master, String... probes) throws IOException, InterruptedException {
        Path script;
        try {
            script = Path.of(H5py.class.getResource("/h5check/nxmx_describe.py").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<String> cmd = new ArrayList<>(List.of(PYTHON.toString(), script.toString(), master.toString()));
        cmd.addAll(List.of(probes));
        Path err = Files.createTempFile("h5py", ".err");
        try {
            // Run from another directory: external links must resolve relative to the master, not the cwd.
            Process p = new ProcessBuilder(cmd).directory(Path.of("/").toFile())
                    .redirectError(err.toFile()).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
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

    /** Runs {@code h5dump -H} (Debian hdf5-tools) and returns its exit code, or -1 when it is not installed. */
    static int h5dumpHeader(Path file) throws IOException, InterruptedException {
        Path h5dump = Path.of("/usr/bin/h5dump");
        if (!Files.isExecutable(h5dump)) {
            return -1;
        }
        Process p = new ProcessBuilder(h5dump.toString(), "-H", file.toString()).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        p.waitFor(60, TimeUnit.SECONDS);
        return p.exitValue();
    }
}
