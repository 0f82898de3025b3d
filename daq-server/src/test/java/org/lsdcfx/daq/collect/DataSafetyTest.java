package org.lsdcfx.daq.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.lsdcfx.amostra.Request;
import org.lsdcfx.amostra.RequestStatus;
import org.lsdcfx.daq.command.CommandReply;
import org.lsdcfx.daq.dataset.DatasetSettings;
import org.lsdcfx.daq.routine.collect.CollectionServices;
import org.lsdcfx.daq.test.SimHost;
import org.lsdcfx.datafiles.layout.RunPolicy;
import org.lsdcfx.sim.detector.FrameSize;
import org.lsdcfx.store.test.EmbeddedMongo;

/**
 * Data safety end to end: an existing run directory is never reused (next free run, or a clear failure by policy), and
 * whatever a request says ({@code directory} with {@code ..} or elsewhere, a prefix with {@code ..}, a symlink out of
 * the visit, another base path) nothing is written outside the visit directory and the request says why it failed.
 */
class DataSafetyTest {
    private static final Duration WAIT = Duration.ofSeconds(60);
    @RegisterExtension
    static EmbeddedMongo mongo = new EmbeddedMongo();
    static SimHost sim;
    @TempDir
    Path outside;

    @BeforeAll
    static void startSimulator() throws Exception {
        sim = CollectionBed.simulator("DST", 0.01, new FrameSize(32, 32));
    }

    @AfterAll
    static void stopSimulator() throws Exception {
        sim.close();
    }

    private CollectionBed bed(RunPolicy policy, int samples) {
        return CollectionBed.start(mongo.connection(), sim, CollectionServices.builder()
                .datasets(DatasetSettings.defaults().withRunPolicy(policy)).build(), samples);
    }

    @Test
    void anExistingRunDirectoryIsNeverReusedTheNextFreeRunIsTaken() throws Exception {
        try (CollectionBed c = bed(RunPolicy.NEXT_FREE, 1)) {
            Path earlier = Files.createDirectories(c.visitPath().resolve("xtal-1/1/PUCK-A_1"));
            Path kept = Files.writeString(earlier.resolve("xtal-1_1_master.h5"), "an earlier dataset");
            Request r = c.queue(0, c.builder(0, "standard").sweep(0, 2).imgWidth(0.5).exposureTime(0.05));
            assertEquals(CommandReply.Phase.DONE, c.runQueue(WAIT).phase());
            Request done = c.reload(r);
            assertEquals(RequestStatus.DONE, done.status(), done.statusReason());
            assertEquals(2, done.requestObj().runNum());
            assertEquals(c.visitPath().resolve("xtal-1/2/PUCK-A_1").toRealPath() + "/", done.requestObj().directory());
            assertTrue(Files.isRegularFile(Path.of(done.requestObj().directory(), "xtal-1_1_master.h5")));
            assertEquals("an earlier dataset", Files.readString(kept), "the earlier run is untouched");
            assertEquals(List.of(kept), list(earlier));
        }
    }

    @Test
    void withTheFailPolicyAnExistingRunFailsTheRequestWithTheReason() throws Exception {
        try (CollectionBed c = bed(RunPolicy.FAIL_IF_EXISTS, 1)) {
            Path earlier = Files.createDirectories(c.visitPath().resolve("xtal-1/1"));
            Request r = c.queue(0, c.builder(0, "standard").sweep(0, 2).imgWidth(0.5).exposureTime(0.05));
            c.runQueue(WAIT);
            Request failed = c.reload(r);
            assertEquals(RequestStatus.FAILED, failed.status());
            assertTrue(failed.statusReason().contains("RUN_EXISTS"), failed.statusReason());
            assertEquals(List.of(), list(earlier), "nothing written into the existing run");
        }
    }

    @Test
    void requestsPointingOutsideTheVisitFailWithTheReasonAndWriteNothingOutside() throws Exception {
        try (CollectionBed c = bed(RunPolicy.NEXT_FREE, 5)) {
            Path target = Files.createDirectories(outside.resolve("elsewhere"));
            Files.createDirectories(c.visitPath());
            Files.createSymbolicLink(c.visitPath().resolve("xtal-4"), target);
            Request dotDot = c.queue(0, c.builder(0, "standard").sweep(0, 1).imgWidth(0.5)
                    .set("directory", c.visitPath() + "/../../escape/"));
            Request absolute = c.queue(1, c.builder(1, "standard").sweep(0, 1).imgWidth(0.5)
                    .set("directory", target + "/"));
            Request prefix = c.queue(2, c.builder(2, "standard").sweep(0, 1).imgWidth(0.5).set("file_prefix", "../x"));
            Request linked = c.queue(3, c.builder(3, "standard").sweep(0, 1).imgWidth(0.5));
            Request visit = c.queue(4, c.builder(4, "standard").sweep(0, 1).imgWidth(0.5).set("visit_name", ".."));
            c.runQueue(WAIT);
            assertFailed(c, dotDot, "PARENT_REFERENCE");
            assertFailed(c, absolute, "OUTSIDE_VISIT");
            assertFailed(c, prefix, "INVALID_PREFIX");
            assertFailed(c, linked, "SYMLINK_ESCAPE");
            assertFailed(c, visit, "INVALID_VISIT");
            assertEquals(List.of(), list(target), "nothing written through the symlink");
            try (Stream<Path> all = Files.walk(outside)) {
                assertEquals(List.of(outside, target), all.toList(), "nothing written outside the visit");
            }
            assertTrue(list(c.visit()).stream().allMatch(p -> p.getFileName().toString().startsWith("mx" + CollectionBed.PROPOSAL)),
                    "nothing beside the visits: " + list(c.visit()));
            assertTrue(Files.notExists(c.visit().getParent().resolve("escape")), "no escape above the visits");
        }
    }

    @Test
    void anotherBasePathBlocksTheQueueBeforeAnythingIsWritten() throws Exception {
        try (CollectionBed c = bed(RunPolicy.NEXT_FREE, 1)) {
            Request r = c.queue(0, c.builder(0, "standard").sweep(0, 1).imgWidth(0.5).set("basePath", outside.toString()));
            CommandReply end = c.runQueue(WAIT);
            assertEquals(CommandReply.Phase.FAILED, end.phase());
            assertTrue(end.reason().contains(outside.toString()), end.reason());
            assertEquals(RequestStatus.QUEUED, c.reload(r).status(), "not run");
            assertEquals(List.of(), list(outside));
        }
    }

    private static void assertFailed(CollectionBed c, Request r, String refusal) {
        Request failed = c.reload(r);
        assertEquals(RequestStatus.FAILED, failed.status(), failed.statusReason());
        assertTrue(failed.statusReason().contains("the data location is refused (" + refusal + ")"), failed.statusReason());
    }

    private static List<Path> list(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }
}
