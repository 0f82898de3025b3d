package org.lsdcfx.daq.collect;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The independent reader of the collection tests: Debian's /usr/bin/python3 with h5py, in a child process run from
 * another directory (external links must resolve relative to the master). Prints the master's tree, its links and
 * the SHA-256 of every frame read through the master.
 */
public final class H5py {
    private static final Path PYTHON = Path.of("/usr/bin/python3");

    private H5py() {
    }

    public static boolean available() {
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

    public static void assumeAvailable() {
        Assumptions.assumeTrue(available(),
                "python3-h5py is not installed (apt-get install python3-h5py): skipping the independent h5py read-back");
    }

    /** Describes the master (nodes, links, frames with SHA-256 each). */
    public static JsonNode describe(Path master) throws IOException, InterruptedException {
        Path script = Files.createTempFile("nxmx_describe", ".py");
        try (InputStream in = H5py.class.getResourceAsStream("/h5check/nxmx_describe.py")) {
            Files.write(script, in.readAllBytes());
        }
        Path err = Files.createTempFile("h5py", ".err");
        try {
            List<String> cmd = new ArrayList<>(List.of(PYTHON.toString(), script.toString(), master.toString()));
            Process p = new ProcessBuilder(cmd).directory(Path.of("/").toFile()).redirectError(err.toFile()).start();
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
            Files.deleteIfExists(script);
        }
    }

    /** The node at {@code path} of a description, failing when the master lacks it. */
    public static JsonNode node(JsonNode description, String path) {
        JsonNode n = description.get("nodes").get(path);
        if (n == null) {
            throw new AssertionError(path + " is missing from the master file");
        }
        return n;
    }

    public static double[] doubles(JsonNode array) {
        double[] out = new double[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).asDouble();
        }
        return out;
    }

    /** SHA-256 of each frame as read through the master. */
    public static List<String> frameHashes(JsonNode description) {
        List<String> out = new ArrayList<>();
        description.get("frames").get("sha256").forEach(n -> out.add(n.asText()));
        return out;
    }
}
