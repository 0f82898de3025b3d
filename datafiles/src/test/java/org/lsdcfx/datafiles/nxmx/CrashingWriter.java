package org.lsdcfx.datafiles.nxmx;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Child process of {@link JniCrashResumeTest}: opens a dataset, writes some frames, says so, then waits on stdin to be
 * killed (SIGKILL), leaving the dataset exactly as a crashed server would.
 *
 * <p>usage: CrashingWriter DIR PREFIX FRAMES PER_FILE WRITE_BEFORE_WAIT WIDTH HEIGHT
 */
public final class CrashingWriter {
    private CrashingWriter() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int frames = Integer.parseInt(args[2]);
        int perFile = Integer.parseInt(args[3]);
        int before = Integer.parseInt(args[4]);
        int w = Integer.parseInt(args[5]);
        int h = Integer.parseInt(args[6]);
        DatasetSpec spec = TestDatasets.spec(dir, args[1], frames, perFile, PixelType.UINT16, w, h, Compression.none());
        DatasetWriter writer = NxmxBackends.select(NxmxBackends.Preference.JNI).backend().open(spec);
        for (int i = 0; i < before; i++) {
            writer.append(TestDatasets.frame(PixelType.UINT16, i, w, h));
        }
        System.out.println("WROTE " + writer.framesWritten());
        System.out.flush();
        System.in.read(); // the test kills us here; the writer is never completed, aborted or closed
        System.exit(3);
    }
}
