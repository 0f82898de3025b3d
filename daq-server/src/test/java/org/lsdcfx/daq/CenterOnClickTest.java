package org.lsdcfx.daq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lsdcfx.daq.command.CommandChannel;
import org.lsdcfx.daq.test.Calls;
import org.lsdcfx.daq.test.DaqTestBed;
import org.lsdcfx.daq.test.Seeds;
import org.lsdcfx.daq.test.SimHost;
import org.lsdcfx.mxtools.profile.Descriptors;
import org.lsdcfx.store.test.EmbeddedMongo;

/**
 * {@code center_on_click} over real PVA against beamline-sim: a click at a known pixel offset moves the sample stages
 * by the expected micrometres at the current omega (lowMag and highMag calibrations); bad clicks, unknown cameras,
 * the wrong governor state and targets outside the motor limits are refused with nothing moved.
 */
class CenterOnClickTest {
    @RegisterExtension
    static EmbeddedMongo mongo = new EmbeddedMongo();
    static SimHost sim;

    @BeforeAll
    static void startSimulator() throws Exception {
        sim = SimHost.start("C2C", 0.01);
    }

    @AfterAll
    static void stopSimulator() throws Exception {
        sim.close();
    }

    private static double[] xyz() {
        var c = sim.sim().controls();
        return new double[]{c.motorPosition(Descriptors.SAMPLE_X), c.motorPosition(Descriptors.SAMPLE_Y),
                c.motorPosition(Descriptors.SAMPLE_Z)};
    }

    private static void assertMoved(double[] before, double dx, double dy, double dz) {
        double[] now = xyz();
        assertEquals(before[0] + dx, now[0], 1.0, "sample X");
        assertEquals(before[1] + dy, now[1], 1.0, "sample Y");
        assertEquals(before[2] + dz, now[2], 1.0, "sample Z");
    }

    @Test
    void aClickMovesTheSampleByTheClickedOffsetAtTheCurrentOmega() {
        try (DaqTestBed bed = DaqTestBed.builder(mongo.connection()).simulator(sim).staff(DaqTestBed.ME).start()) {
            Seeds seeds = new Seeds(mongo.connection(), "sim", bed.visitDirectory()).dewarWithSamples(1);
            assertTrue(Calls.rejected(bed.client(), "center_on_click", 320, 256, 640, 512).contains("governor in SA"),
                    "refused before a mount (governor in SE)");
            Calls.done(bed.client(), "mountSample", seeds.sample(0).uid()); // governor SE -> SA
            bed.client().call(CommandChannel.SERIAL, bed.client().request("move_omega", 30).withKwarg("relative", false), Calls.TIMEOUT);
            double w = Math.toRadians(sim.sim().controls().motorPosition(Descriptors.OMEGA));

            // lowMag: 1600 x 1280 µm over 640 x 512 px = 2.5 µm/px; 40 px right, 20 px up of the centre
            double[] before = xyz();
            String reply = Calls.done(bed.client(), "center_on_click", 360, 236, 640, 512, "lowMag").reason();
            assertTrue(reply.startsWith("centred: h +100.0 µm, v +50.0 µm at omega 30"), reply);
            assertMoved(before, 100, 50 * Math.cos(w), -50 * Math.sin(w));

            // highMag, a half-size copy of the image: 400 µm over 320 px = 1.25 µm/px; 16 px left, 32 px down
            before = xyz();
            Calls.done(bed.client(), "center_on_click", 144, 160, 320, 256, "highMag");
            assertMoved(before, -20, -40 * Math.cos(w), 40 * Math.sin(w));

            // the centre itself: nothing to do
            before = xyz();
            Calls.done(bed.client(), "center_on_click", 320, 256, 640, 512);
            assertMoved(before, 0, 0, 0);

            // refusals: nothing moves
            before = xyz();
            assertTrue(Calls.rejected(bed.client(), "center_on_click", 1, 1, 640, 512, "sideCam").startsWith("unknown camera 'sideCam'"));
            assertTrue(Calls.rejected(bed.client(), "center_on_click", 700, 10, 640, 512).contains("outside the 640 x 512 px image"));
            assertTrue(Calls.rejected(bed.client(), "center_on_click", 10, 10, 0, 512).startsWith("argument 'width'"));
            assertTrue(Calls.rejected(bed.client(), "center_on_click", 10, 10).startsWith("missing argument 'width'"));
            Calls.done(bed.client(), "mvaDescriptor", Descriptors.SAMPLE_X, 9900);
            before = xyz();
            String refused = Calls.rejected(bed.client(), "center_on_click", 600, 256, 640, 512);
            assertTrue(refused.startsWith("cannot centre there: sampleX would have to move to 10600"), refused);
            assertTrue(refused.contains("outside its limits -10000 to 10000 um; nothing moved"), refused);
            assertMoved(before, 0, 0, 0);
            Calls.done(bed.client(), "mvaDescriptor", Descriptors.SAMPLE_X, 0);
            Calls.done(bed.client(), "unmountSample");
        }
    }
}
