package org.lsdcfx.datafiles.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VisitDirectoryTest {
    @TempDir
    Path tmp;
    Path base;
    Path outside;
    VisitDirectory visit;

    @BeforeEach
    void setUp() throws IOException {
        base = Files.createDirectory(tmp.resolve("base"));
        outside = Files.createDirectory(tmp.resolve("outside"));
        visit = VisitDirectory.open(base, "mx312345-1", true);
    }

    @Test
    void createsTheVisitDirectoryUnderTheBase() throws IOException {
        assertEquals(base.toRealPath().resolve("mx312345-1"), visit.root());
        assertTrue(Files.isDirectory(visit.root()));
    }

    @Test
    void refusesAMissingVisitWhenNotAllowedToCreateIt() {
        DataLayoutException e = assertThrows(DataLayoutException.class, () -> VisitDirectory.open(base, "other", false));
        assertEquals(Refusal.IO, e.refusal());
        assertFalse(Files.exists(base.resolve("other")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "..", ".", "a/b", "../x", "-x", ".hidden", "mx 1"})
    void refusesBadVisitNames(String name) {
        assertEquals(Refusal.INVALID_VISIT,
                assertThrows(DataLayoutException.class, () -> VisitDirectory.open(base, name, true)).refusal());
    }

    @Test
    void refusesARelativeBasePath() {
        assertEquals(Refusal.WRONG_BASE_PATH,
                assertThrows(DataLayoutException.class, () -> VisitDirectory.open(Path.of("rel"), "v", true)).refusal());
    }

    @Test
    void resolvesRelativePathsInsideTheVisit() {
        assertEquals(visit.root().resolve("lyso/1/P1_3"), visit.confine("lyso/1/P1_3"));
        assertEquals(visit.root().resolve("lyso"), visit.confine(visit.root().resolve("lyso").toString()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../x", "a/../../x", "a/..", ".."})
    void refusesParentReferences(String path) {
        DataLayoutException e = assertThrows(DataLayoutException.class, () -> visit.confine(path));
        assertEquals(Refusal.PARENT_REFERENCE, e.refusal());
        assertTrue(e.getMessage().contains(".."), e.getMessage());
    }

    @Test
    void refusesAbsolutePathsOutsideTheVisit() {
        DataLayoutException e = assertThrows(DataLayoutException.class, () -> visit.confine(outside.resolve("x").toString()));
        assertEquals(Refusal.OUTSIDE_VISIT, e.refusal());
        assertEquals(Refusal.OUTSIDE_VISIT, assertThrows(DataLayoutException.class, () -> visit.confine("/etc/passwd")).refusal());
        // A sibling whose name starts with the visit's name is not inside it.
        assertEquals(Refusal.OUTSIDE_VISIT, assertThrows(DataLayoutException.class,
                () -> visit.confine(visit.root() + "-evil/x")).refusal());
    }

    @Test
    void refusesASymlinkLeadingOutside() throws IOException {
        Files.createSymbolicLink(visit.root().resolve("escape"), outside);
        DataLayoutException e = assertThrows(DataLayoutException.class, () -> visit.confine("escape/data"));
        assertEquals(Refusal.SYMLINK_ESCAPE, e.refusal());
        assertTrue(e.getMessage().contains(outside.toRealPath().toString()), e.getMessage());
        assertThrows(DataLayoutException.class, () -> visit.createDirectories(Path.of("escape/data/deeper")));
        assertFalse(Files.exists(outside.resolve("data")), "nothing may be created through the link");
    }

    @Test
    void refusesADanglingSymlink() throws IOException {
        Files.createSymbolicLink(visit.root().resolve("dangling"), tmp.resolve("nowhere"));
        assertEquals(Refusal.SYMLINK_ESCAPE, assertThrows(DataLayoutException.class, () -> visit.confine("dangling/x")).refusal());
        assertFalse(Files.exists(tmp.resolve("nowhere")));
    }

    @Test
    void followsASymlinkThatStaysInside() throws IOException {
        Path real = Files.createDirectory(visit.root().resolve("real"));
        Files.createSymbolicLink(visit.root().resolve("alias"), real);
        assertEquals(real.resolve("x"), visit.confine("alias/x"));
    }

    @Test
    void createsDirectoriesStepByStepAndAcceptsExistingOnes() {
        Path made = visit.createDirectories(Path.of("a/b/c"));
        assertEquals(visit.root().resolve("a/b/c"), made);
        assertEquals(made, visit.createDirectories(Path.of("a/b/c")));
    }

    @Test
    void refusesToCreateADirectoryWhereAFileIs() throws IOException {
        Files.writeString(visit.root().resolve("file"), "x");
        assertEquals(Refusal.NOT_A_DIRECTORY,
                assertThrows(DataLayoutException.class, () -> visit.createDirectories(Path.of("file/sub"))).refusal());
    }

    @Test
    void newFilesNeverOverwrite() throws IOException {
        Path file = visit.createNewFile(Path.of("one.h5"));
        Files.writeString(file, "precious");
        DataLayoutException e = assertThrows(DataLayoutException.class, () -> visit.createNewFile(Path.of("one.h5")));
        assertEquals(Refusal.FILE_EXISTS, e.refusal());
        assertArrayEquals("precious".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file));
    }

    @Test
    void aDanglingLinkIsNotFollowedWhenCreatingAFile() throws IOException {
        // Placing a link where a data file will be written must not redirect the write.
        Path inside = Files.createDirectory(visit.root().resolve("d"));
        Files.createSymbolicLink(inside.resolve("trap.h5"), visit.root().resolve("d/target.h5"));
        Refusal refusal = assertThrows(DataLayoutException.class, () -> visit.createNewFile(Path.of("d/trap.h5"))).refusal();
        assertTrue(refusal == Refusal.SYMLINK_ESCAPE || refusal == Refusal.FILE_EXISTS, refusal.toString());
        assertFalse(Files.exists(inside.resolve("target.h5"), LinkOption.NOFOLLOW_LINKS));
    }

    @Test
    void newDirectoriesAreClaimedOnce() {
        visit.createNewDirectory(Path.of("claimed"));
        assertEquals(Refusal.FILE_EXISTS,
                assertThrows(DataLayoutException.class, () -> visit.createNewDirectory(Path.of("claimed"))).refusal());
    }

    @Test
    void theVisitItselfMayBeAFacilityLink() throws IOException {
        Path target = Files.createDirectory(tmp.resolve("gpfs-visit"));
        Files.createSymbolicLink(base.resolve("linked"), target);
        VisitDirectory linked = VisitDirectory.open(base, "linked", false);
        assertEquals(target.toRealPath(), linked.root());
        assertTrue(linked.contains(target.resolve("x")));
    }
}
