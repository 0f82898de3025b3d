package org.lsdcfx.daq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lsdcfx.daq.comm.CommPvNames;
import org.lsdcfx.daq.command.CommandReply;
import org.lsdcfx.daq.test.Await;
import org.lsdcfx.daq.test.Calls;
import org.lsdcfx.daq.test.DaqTestBed;
import org.lsdcfx.daq.test.ForeignProcess;
import org.lsdcfx.store.test.EmbeddedMongo;

/**
 * Caller identities over real PVA: a second client in its own JVM authenticates as "alice" (PVA "ca" auth sends
 * the user and host), this JVM as the test user. Control master, staff take-over, staff lock and staff-only
 * commands are enforced by the server.
 */
class AccessControlTest {
    @RegisterExtension
    static EmbeddedMongo mongo = new EmbeddedMongo();

    @Test
    void aCommandFromACallerWhoIsNotTheControlMasterIsRefused() throws Exception {
        try (DaqTestBed bed = DaqTestBed.builder(mongo.connection()).start();
             ForeignProcess alice = ForeignProcess.start("alice", bed.prefix(), bed.network())) {
            CommandReply taken = alice.call("I", "takeControl");
            assertEquals(CommandReply.Phase.DONE, taken.phase(), taken.reason());
            assertTrue(taken.reason().startsWith("alice@"), taken.reason());
            assertTrue(bed.pvs().string(CommPvNames.ZINGER_FLAG).startsWith("alice@"));

            String refused = Calls.rejected(bed.client(), "runDCQueue");
            assertTrue(refused.startsWith("control is held by alice@"), refused);
            assertTrue(Calls.rejectedImmediate(bed.client(), "takeControl").endsWith("only staff can take over"));
            assertEquals(CommandReply.Phase.REJECTED, alice.call("I", "lockGUI").phase(), "alice is not staff");

            assertEquals(CommandReply.Phase.DONE, alice.call("I", "releaseControl").phase());
            assertEquals(CommandReply.Phase.ACCEPTED, bed.client().send("runDCQueue").phase(), "free again: anyone may command");
        }
    }

    @Test
    void staffTakeOverAndLockTheBeamline() throws Exception {
        try (DaqTestBed bed = DaqTestBed.builder(mongo.connection()).staff(DaqTestBed.ME).start();
             ForeignProcess alice = ForeignProcess.start("alice", bed.prefix(), bed.network())) {
            assertEquals(CommandReply.Phase.DONE, alice.call("I", "takeControl").phase());
            String takeOver = Calls.doneImmediate(bed.client(), "takeControl").reason();
            assertTrue(takeOver.contains("(taken over from alice@"), takeOver);
            CommandReply aliceRefused = alice.call("S", "runDCQueue");
            assertEquals(CommandReply.Phase.REJECTED, aliceRefused.phase());
            assertTrue(aliceRefused.reason().startsWith("control is held by " + DaqTestBed.ME + "@"), aliceRefused.reason());

            CommandReply notStaff = alice.call("S", "beamCheckOff");
            assertEquals(CommandReply.Phase.REJECTED, notStaff.phase());
            assertTrue(notStaff.reason().startsWith("staff only, and alice@"), notStaff.reason());

            Calls.doneImmediate(bed.client(), "lockGUI");
            CommandReply locked = alice.call("I", "takeControl");
            assertTrue(locked.reason().startsWith("the beamline is locked by staff member " + DaqTestBed.ME + "@"), locked.reason());
        }
    }

    @Test
    void controlEndsWhenTheMastersClientGoesAway() throws Exception {
        try (DaqTestBed bed = DaqTestBed.builder(mongo.connection()).start()) {
            ForeignProcess alice = ForeignProcess.start("alice", bed.prefix(), bed.network());
            assertEquals(CommandReply.Phase.DONE, alice.call("I", "takeControl").phase());
            alice.kill(); // a crashed GUI: no releaseControl
            Await.until(Duration.ofSeconds(10), () -> bed.pvs().string(CommPvNames.ZINGER_FLAG).isEmpty(), "control released");
            assertEquals(CommandReply.Phase.ACCEPTED, bed.client().send("runDCQueue").phase());
        }
    }
}
