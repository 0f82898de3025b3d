package org.lsdcfx.datafiles.nxmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The self-contained fallback reads its own datasets back (status, frames, header) and refuses what it cannot do. */
class JhdfReadBackTest {
    @TempDir
    Path dir;

    @Test
    void readsBackStatusFramesAndHeader() {
        NxmxBackend backend = NxmxBackends.select(NxmxBackends.Preference.JHDF).backend();
        String[] expected = new String[7];
        try (DatasetWriter writer = backend.open(TestDatasets.spec(dir, "lyso", 10, 5, PixelType.UINT16, 12, 9,
                Compression.none()))) {
            for (int i = 0; i < 7; i++) {
                Frame f = TestDatasets.frame(PixelType.UINT16, i, 12, 9);
                expected[i] = TestDatasets.sha256(f);
                writer.append(f);
            }
            writer.abort("aborted by the test");
        }
        Path master = dir.resolve("lyso_1_master.h5");
        DatasetState state = backend.inspect(master);
        assertEquals(DatasetStatus.INCOMPLETE, state.status());
        assertEquals("aborted by the test", state.reason());
        assertEquals(7, state.framesWritten());
        assertEquals(10, state.framesPlanned());
        try (FrameSource frames = backend.frames(master)) {
            for (int i = 0; i < 7; i++) {
                assertEquals(expected[i], TestDatasets.sha256(frames.read(i)), "frame " + i);
            }
            assertEquals(250.0, frames.header().distanceMm(), 1e-9);
            assertEquals(0.075, frames.header().pixelSizeYMm(), 1e-12);
        }
        NxmxException e = assertThrows(NxmxException.class, () -> backend.supplement(master,
                MasterSupplement.of(NxmxMetadata.empty())));
        assertTrue(e.getMessage().contains("cannot add fields"), e.getMessage());
        assertThrows(NxmxException.class, () -> backend.resume(master, 3));
    }
}
