package org.lsdcfx.datafiles.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataLayoutTest {
    @TempDir
    Path tmp;
    Path base;
    DataLayout layout;

    @BeforeEach
    void setUp() throws IOException {
        base = Files.createDirectory(tmp.resolve("proposals"));
        layout = new DataLayout(DataLayoutConfig.of(base));
    }

    private static DataLocation location(String basePath, String prefix, int run, String puck, int pin) {
        return new DataLocation(basePath, "mx312345-1", prefix, run, puck, pin);
    }

    @Test
    void buildsLsdcsLayout() throws IOException {
        DataDirectory dir = layout.prepare(location(null, "lyso", 1, "Puck07", 3));
        assertEquals(base.toRealPath().resolve("mx312345-1/lyso/1/Puck07_3"), dir.directory());
        assertTrue(Files.isDirectory(dir.directory()));
        assertEquals(1, dir.runNumber());
        assertEquals("lyso", dir.prefix().value());
    }

    @Test
    void aSecondCollectionGetsANewRunAndLeavesTheFirstAlone() throws IOException {
        DataDirectory first = layout.prepare(location(null, "lyso", 1, "Puck07", 3));
        Files.writeString(first.directory().resolve("lyso_1_master.h5"), "first");
        DataDirectory second = layout.prepare(location(null, "lyso", 1, "Puck07", 3));
        assertEquals(2, second.runNumber());
        assertTrue(second.run().moved());
        assertEquals("first", Files.readString(first.directory().resolve("lyso_1_master.h5")));
    }

    @Test
    void failIfExistsPolicyRefusesTheSecondCollection() {
        DataLayout strict = new DataLayout(DataLayoutConfig.of(base).withRunPolicy(RunPolicy.FAIL_IF_EXISTS));
        strict.prepare(location(null, "lyso", 1, "Puck07", 3));
        assertEquals(Refusal.RUN_EXISTS, assertThrows(DataLayoutException.class,
                () -> strict.prepare(location(null, "lyso", 1, "Puck07", 3))).refusal());
    }

    @Test
    void theRequestsBasePathMayNameTheSameDirectory() throws IOException {
        Path link = Files.createSymbolicLink(tmp.resolve("alias"), base);
        assertTrue(Files.isDirectory(layout.prepare(location(link.toString(), "lyso", 1, "P1", 1)).directory()));
        assertTrue(Files.isDirectory(layout.prepare(location(base + "/", "lyso", 1, "P1", 1)).directory()));
    }

    @Test
    void refusesAnotherBasePath() throws IOException {
        Path other = Files.createDirectory(tmp.resolve("other"));
        DataLayoutException e = assertThrows(DataLayoutException.class,
                () -> layout.prepare(location(other.toString(), "lyso", 1, "P1", 1)));
        assertEquals(Refusal.WRONG_BASE_PATH, e.refusal());
        assertTrue(e.getMessage().contains(other.toString()), e.getMessage());
        assertFalse(Files.exists(other.resolve("mx312345-1")));
    }

    @Test
    void refusesRelativeAndParentBasePaths() {
        assertEquals(Refusal.WRONG_BASE_PATH, assertThrows(DataLayoutException.class,
                () -> layout.prepare(location("relative/dir", "lyso", 1, "P1", 1))).refusal());
        assertEquals(Refusal.PARENT_REFERENCE, assertThrows(DataLayoutException.class,
                () -> layout.prepare(location(base + "/../proposals", "lyso", 1, "P1", 1))).refusal());
    }

    @Test
    void acceptsCommissioningPathsOnlyUnderAConfiguredRoot() throws IOException {
        Path root = Files.createDirectories(tmp.resolve("amx"));
        Path commissioning = Files.createDirectories(root.resolve("commissioning/2025-1"));
        Path stray = Files.createDirectories(tmp.resolve("elsewhere/commissioning"));
        DataLayout withRoot = new DataLayout(DataLayoutConfig.of(base).withCommissioningRoots(List.of(root)));

        DataDirectory dir = withRoot.prepare(location(commissioning.toString(), "beamtest", 1, "P1", 1));
        assertTrue(dir.directory().startsWith(commissioning.toRealPath().resolve("mx312345-1")));

        assertEquals(Refusal.WRONG_BASE_PATH, assertThrows(DataLayoutException.class,
                () -> withRoot.prepare(location(stray.toString(), "beamtest", 1, "P1", 1))).refusal());
        assertEquals(Refusal.WRONG_BASE_PATH, assertThrows(DataLayoutException.class,
                () -> layout.prepare(location(commissioning.toString(), "beamtest", 1, "P1", 1))).refusal(),
                "without configured roots no other base path is accepted");
    }

    @Test
    void refusesBadPrefixPuckPinAndVisitBeforeCreatingAnything() throws IOException {
        assertEquals(Refusal.INVALID_PREFIX, assertThrows(DataLayoutException.class,
                () -> layout.prepare(location(null, "../../etc", 1, "P1", 1))).refusal());
        assertEquals(Refusal.INVALID_SAMPLE_POSITION, assertThrows(DataLayoutException.class,
                () -> layout.prepare(location(null, "lyso", 1, "../P1", 1))).refusal());
        assertEquals(Refusal.INVALID_SAMPLE_POSITION, assertThrows(DataLayoutException.class,
                () -> layout.prepare(location(null, "lyso", 1, "P1", 0))).refusal());
        assertEquals(Refusal.INVALID_VISIT, assertThrows(DataLayoutException.class,
                () -> layout.prepare(new DataLocation(null, "../v", "lyso", 1, "P1", 1))).refusal());
        try (var entries = Files.list(base)) {
            assertEquals(0, entries.count(), "a refused request creates nothing");
        }
    }
}
