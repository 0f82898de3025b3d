package org.lsdcfx.daq.center;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lsdcfx.amostra.Request;
import org.lsdcfx.amostra.RequestStatus;
import org.lsdcfx.daq.collect.CollectionBed;
import org.lsdcfx.daq.command.CommandReply;
import org.lsdcfx.daq.routine.center.LoopBox;
import org.lsdcfx.daq.routine.center.LoopCentringSettings;
import org.lsdcfx.daq.test.SimHost;
import org.lsdcfx.sim.detector.FrameSize;
import org.lsdcfx.store.test.EmbeddedMongo;

/**
 * AutoLoop end to end over PVA: the simulated beamline renders the low-mag camera image (pin, 100 µm-radius loop
 * face-on at omega 0, the demo crystal inside) where the goniometer puts it; the loop is centred on the sample-frame
 * origin, so it is on the beam when sample X/Y/Z (coarse + fine) read 0 (beamline-sim GoniometerPose). From a
 * start several hundred µm off in X, Y and Z at an oblique omega, optical centring brings the loop centre within
 * {@value #TOLERANCE_UM} µm (4 camera pixels) of the beam and leaves omega within {@value #OMEGA_TOLERANCE}° of
 * face-on; a standard request with centeringOption AutoLoop and no saved centre centres, records
 * {@code sample_detection} and collects; with no loop in view the request fails with the reason and nothing is
 * collected.
 */
class AutoLoopCentringTest {
    private static final Duration WAIT = Duration.ofSeconds(120);
    private static final double TOLERANCE_UM = 10;
    private static final double OMEGA_TOLERANCE = 3;
    /** The simulator's loop seen face-on: 2 × (100 µm radius + 8 µm wire), plus the finder's ~1 px smoothing. */
    private static final double LOOP_BOX_UM = 216;
    @RegisterExtension
    static EmbeddedMongo mongo = new EmbeddedMongo();
    static SimHost sim;

    @BeforeAll
    static void startSimulator() throws Exception {
        sim = CollectionBed.simulator("ALC", 0.01, new FrameSize(64, 64));
    }

    @AfterAll
    static void stopSimulator() throws Exception {
        sim.close();
    }

    private static AutoLoopBed bed() {
        return new AutoLoopBed(mongo.connection(), sim, LoopCentringSettings.defaults());
    }

    /** Distance of {@code omega} from face-on (0 or 180, modulo 360). */
    private static double fromFaceOn(double omega) {
        double d = Math.abs(omega) % 180;
        return Math.min(d, 180 - d);
    }

    @Test
    void aDisplacedLoopIsCentredOnTheBeamAndLeftFaceOn() {
        // the last start has the loop partly out of view (cut by the left and bottom edges, the pin out of view)
        double[][] starts = {{300, -250, 200, 30}, {-350, 180, -280, 120}, {150, 300, 250, -60}, {680, 560, -100, 10}};
        try (AutoLoopBed b = bed()) {
            for (double[] s : starts) {
                b.goniometerAt(s[0], s[1], s[2], s[3]);
                Request r = b.queue(0, b.builder(0, LoopOnlyProtocol.NAME));
                long t0 = System.nanoTime();
                CommandReply end = b.runQueue(WAIT);
                double seconds = (System.nanoTime() - t0) / 1e9;
                assertEquals(CommandReply.Phase.DONE, end.phase(), end.reason());
                assertEquals(RequestStatus.DONE, b.reload(r).status(), b.reload(r).statusReason());
                double[] pose = b.pose();
                LoopBox box = b.loopOnly().last.get();
                System.out.printf(Locale.ROOT, "AutoLoop from X/Y/Z %.0f/%.0f/%.0f omega %.0f: loop centre off the beam"
                                + " by X %.1f Y %.1f Z %.1f um, omega %.2f (face-on error %.2f deg), box %.0f x %.0f"
                                + " um, side %.0f um, %.1f s with the queue%n", s[0], s[1], s[2], s[3], pose[1],
                        pose[2], pose[3], pose[0], fromFaceOn(pose[0]), box.widthUm(), box.faceOnHeightUm(),
                        box.sideHeightUm(), seconds);
                assertEquals(0, pose[1], TOLERANCE_UM, "X: loop centre along the axis on the beam");
                assertEquals(0, pose[2], TOLERANCE_UM, "Y");
                assertEquals(0, pose[3], TOLERANCE_UM, "Z");
                assertTrue(fromFaceOn(pose[0]) <= OMEGA_TOLERANCE, "omega left face-on, was " + pose[0]);
                assertEquals(pose[0], box.faceOnOmega(), 0.05, "the box says where omega was left");
                assertEquals(LOOP_BOX_UM, box.widthUm(), 10, "width along the axis");
                assertEquals(LOOP_BOX_UM, box.faceOnHeightUm(), 10, "face-on height");
                // edge-on the loop is thin; the demo crystal (60 µm, inside the loop) stands out of its plane
                assertTrue(box.sideHeightUm() < 80, "side-view height " + box.sideHeightUm());
                assertEquals(pose[1], box.x(), 1, "X of the box is the goniometer's");
            }
        }
    }

    @Test
    void aStandardRequestWithAutoLoopAndNoSavedCentreCentresAndCollects() {
        try (AutoLoopBed b = bed()) {
            b.goniometerAt(-250, 200, -150, 45);
            Request r = b.queue(1, b.builder(1, "standard").sweep(0, 2).imgWidth(0.5).exposureTime(0.05)
                    .centeringOption("AutoLoop"));
            CommandReply end = b.runQueue(WAIT);
            assertEquals(CommandReply.Phase.DONE, end.phase(), end.reason());
            Request done = b.reload(r);
            assertEquals(RequestStatus.DONE, done.status(), done.statusReason());
            Map<String, Object> d = done.requestObj().getBlock("sample_detection");
            assertNotNull(d, "sample_detection recorded on the request");
            assertEquals(Boolean.TRUE, d.get("sample_detected"));
            assertEquals(0, num(d, "center_x"), TOLERANCE_UM);
            assertEquals(0, num(d, "center_y"), TOLERANCE_UM);
            assertEquals(0, num(d, "center_z"), TOLERANCE_UM);
            assertTrue(fromFaceOn(num(d, "face_on_omega")) <= OMEGA_TOLERANCE, d.toString());
            assertEquals(LOOP_BOX_UM, num(d, "large_box_width"), 10, d.toString());
            assertEquals(LOOP_BOX_UM, num(d, "large_box_height"), 10, d.toString());
            assertTrue(num(d, "small_box_height") < 80, d.toString());
            assertEquals("complete", done.requestObj().getBlock("lsdcfx_dataset").get("status"), "collected");
            assertEquals(0, b.pose()[1], TOLERANCE_UM, "collected with the loop on the beam");
        }
    }

    @Test
    void withNoLoopInViewTheRequestFailsWithTheReasonAndCollectsNothing() {
        try (AutoLoopBed b = bed()) {
            b.goniometerAt(0, 3000, 0, 0); // the loop is 3 mm below the beam: out of the 1.3 mm high view
            Request r = b.queue(0, b.builder(0, "standard").sweep(0, 2).imgWidth(0.5).exposureTime(0.05)
                    .centeringOption("AutoLoop"));
            b.runQueue(WAIT);
            Request failed = b.reload(r);
            assertEquals(RequestStatus.FAILED, failed.status());
            String why = failed.statusReason();
            assertTrue(why.contains("AutoLoop centring failed: no loop found on the lowMag camera at omega 0.0")
                    && why.contains("nor after moving sample X by 200 um") && why.contains("nothing in view"), why);
            assertEquals(200, b.pose()[1], 1, "only LSDC's retry shift moved the sample");
            assertEquals(3000, b.pose()[2], 1, "nothing else moved");
            assertFalse(failed.requestObj().asMap().containsKey("sample_detection"));
            String dir = failed.requestObj().directory();
            assertTrue(dir == null || !Files.exists(Path.of(dir).resolve("xtal-1_1_master.h5")), "nothing collected");
        }
    }

    private static double num(Map<String, Object> m, String key) {
        return ((Number) m.get(key)).doubleValue();
    }
}
