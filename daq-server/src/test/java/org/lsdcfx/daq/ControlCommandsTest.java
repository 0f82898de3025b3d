package org.lsdcfx.daq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lsdcfx.conftrak.Conftrak;
import org.lsdcfx.conftrak.key.SampleHandlingKeys;
import org.lsdcfx.daq.comm.CommPvNames;
import org.lsdcfx.daq.test.Calls;
import org.lsdcfx.daq.test.DaqTestBed;
import org.lsdcfx.daq.test.Seeds;
import org.lsdcfx.store.test.EmbeddedMongo;

/**
 * Accept and reject paths of the control, staff-switch and bookkeeping commands over real PVA (no beamline needed):
 * takeControl, releaseControl, lockGUI, unlockGUI, beamCheckOn/Off, queueCollectOn/Off, clearMountedSample.
 */
class ControlCommandsTest {
    @RegisterExtension
    static EmbeddedMongo mongo = new EmbeddedMongo();

    private Conftrak conftrak() {
        return new Conftrak(mongo.connection(), Clock.systemUTC(), "sim");
    }

    @Test
    void takeAndReleaseControlPublishTheMasterOnZingerFlag() {
        try (DaqTestBed bed = DaqTestBed.builder(mongo.connection()).start()) {
            String me = Calls.doneImmediate(bed.client(), "takeControl").reason();
            assertTrue(me.endsWith(" has control"), me);
            String flag = bed.pvs().string(CommPvNames.ZINGER_FLAG);
            assertTrue(flag.startsWith(DaqTestBed.ME + "@"), flag);
            Calls.doneImmediate(bed.client(), "releaseControl");
            assertEquals("", bed.pvs().string(CommPvNames.ZINGER_FLAG));
            assertTrue(Calls.rejectedImmediate(bed.client(), "releaseControl", 1).contains("takes no arguments"));
            assertTrue(Calls.rejectedImmediate(bed.client(), "takeControl", "now").contains("takes no arguments"));
        }
    }

    @Test
    void lockGuiIsStaffOnlyAndLocksOthersOut() {
        try (DaqTestBed bed = DaqTestBed.builder(mongo.connection()).staff(DaqTestBed.ME).start()) {
            Calls.doneImmediate(bed.client(), "lockGUI");
            assertTrue(bed.pvs().string(CommPvNames.ZINGER_FLAG).startsWith("-" + DaqTestBed.ME + "@"));
            Calls.doneImmediate(bed.client(), "unlockGUI");
            assertFalse(bed.pvs().string(CommPvNames.ZINGER_FLAG).startsWith("-"));
            assertTrue(Calls.failed(bed.client(), "unlockGUI") .contains("not locked"), "unlocking twice fails at run time");
        }
        try (DaqTestBed bed = DaqTestBed.builder(mongo.connection()).start()) {
            String reason = Calls.rejectedImmediate(bed.client(), "lockGUI");
            assertTrue(reason.startsWith("staff only, and " + DaqTestBed.ME + "@"), reason);
            assertTrue(Calls.rejectedImmediate(bed.client(), "unlockGUI").startsWith("staff only"));
            assertEquals("", bed.pvs().string(CommPvNames.ZINGER_FLAG), "a rejected lockGUI changed nothing");
        }
    }

    @Test
    void staffSwitchesWriteConftrakAndAreRefusedForOthers() {
        try (DaqTestBed bed = DaqTestBed.builder(mongo.connection()).staff(DaqTestBed.ME).start()) {
            Calls.done(bed.client(), "queueCollectOn");
            assertTrue(conftrak().get(SampleHandlingKeys.QUEUE_COLLECT));
            Calls.done(bed.client(), "queueCollectOff");
            assertFalse(conftrak().get(SampleHandlingKeys.QUEUE_COLLECT));
            Calls.done(bed.client(), "beamCheckOff");
            assertFalse(conftrak().get(SampleHandlingKeys.BEAM_CHECK));
            Calls.done(bed.client(), "beamCheckOn");
            assertTrue(conftrak().get(SampleHandlingKeys.BEAM_CHECK));
            assertTrue(conftrak().history(SampleHandlingKeys.BEAM_CHECK).stream()
                    .allMatch(r -> r.who().startsWith(DaqTestBed.ME + "@")), "conftrak records who changed it");
        }
        try (DaqTestBed bed = DaqTestBed.builder(mongo.connection()).start()) {
            for (String f : new String[] {"beamCheckOn", "beamCheckOff", "queueCollectOn", "queueCollectOff"}) {
                assertTrue(Calls.rejected(bed.client(), f).startsWith("staff only"), f);
            }
            assertFalse(conftrak().get(SampleHandlingKeys.QUEUE_COLLECT), "refused switches changed nothing");
        }
    }

    @Test
    void clearMountedSampleForgetsTheMountForStaffOnly() throws Exception {
        try (DaqTestBed bed = DaqTestBed.builder(mongo.connection()).staff(DaqTestBed.ME).start()) {
            Seeds seeds = new Seeds(mongo.connection(), "sim", bed.visitDirectory()).dewarWithSamples(1).mounted(0);
            Calls.done(bed.client(), "clearMountedSample");
            assertFalse(seeds.conftrak().mountedSample().isMounted());
            assertEquals("", bed.pvs().string(CommPvNames.MOUNTED_PIN));
            assertTrue(Calls.rejected(bed.client(), "clearMountedSample", "x").contains("takes no arguments"));
        }
        try (DaqTestBed bed = DaqTestBed.builder(mongo.connection()).start()) {
            assertTrue(Calls.rejected(bed.client(), "clearMountedSample").startsWith("staff only"));
        }
    }
}
