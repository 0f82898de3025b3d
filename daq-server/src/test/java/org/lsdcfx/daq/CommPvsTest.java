package org.lsdcfx.daq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lsdcfx.daq.comm.CommPvNames;
import org.lsdcfx.daq.comm.ServerInfo;
import org.lsdcfx.daq.command.CommandChannel;
import org.lsdcfx.daq.command.CommandReply;
import org.lsdcfx.daq.test.Await;
import org.lsdcfx.daq.test.DaqTestBed;
import org.lsdcfx.daq.test.PvReader;
import org.lsdcfx.store.test.EmbeddedMongo;

/** The comm PVs exist under the prefix with LSDC's names, initial values and meanings, over real PVA. */
class CommPvsTest {
    @RegisterExtension
    static EmbeddedMongo mongo = new EmbeddedMongo();

    @Test
    void statusPvsAreServedWithLsdcNamesAndInitialValues() {
        try (DaqTestBed bed = DaqTestBed.builder(mongo.connection()).start()) {
            PvReader pvs = bed.pvs();
            for (String name : CommPvNames.ALL) {
                pvs.read(name); // every PV answers a get
            }
            assertEquals("Program Ready", pvs.string(CommPvNames.PROGRAM_STATE));
            assertEquals("Pause", pvs.string(CommPvNames.PAUSE_BUTTON_STATE));
            assertEquals("Idle", pvs.string(CommPvNames.QUEUE_STATE));
            assertEquals("", pvs.string(CommPvNames.MOUNTED_PIN));
            assertEquals("", pvs.string(CommPvNames.ZINGER_FLAG));
            assertEquals(0.0, pvs.number(CommPvNames.STATE_PERCENT));
            ServerInfo info = ServerInfo.fromJson(pvs.string(CommPvNames.SERVER_INFO));
            assertEquals(ProcessHandle.current().pid(), info.pid());
            assertEquals(bed.prefix(), info.prefix());
            assertTrue(pvs.string(CommPvNames.MESSAGE_STRING).startsWith("daq server ready"));
        }
    }

    @Test
    void heartbeatCountsUpEverySecond() {
        try (DaqTestBed bed = DaqTestBed.builder(mongo.connection()).start()) {
            int first = bed.pvs().integer(CommPvNames.HEARTBEAT);
            Await.until(Duration.ofSeconds(3), () -> bed.pvs().integer(CommPvNames.HEARTBEAT) >= first + 2, "two heartbeats");
        }
    }

    @Test
    void unknownCommandIsRejectedOnCommandReplyAndMessageStringAndThePutFails() {
        try (DaqTestBed bed = DaqTestBed.builder(mongo.connection()).start()) {
            boolean putSucceeded = bed.client().putRaw(CommandChannel.SERIAL,
                    "{\"function\": \"rm_rf\", \"args\": [], \"kwargs\": {}, \"id\": \"x1\"}", Duration.ofSeconds(5));
            assertFalse(putSucceeded, "the PVA put itself fails for a rejected command");
            CommandReply reply = CommandReply.fromJson(bed.pvs().string(CommPvNames.COMMAND_REPLY));
            assertEquals("x1", reply.id());
            assertEquals("rm_rf", reply.function());
            assertFalse(reply.accepted());
            assertEquals(CommandReply.Phase.REJECTED, reply.phase());
            assertTrue(reply.reason().startsWith("unknown command; known commands: "), reply.reason());
            assertTrue(reply.reason().contains("runDCQueue"), reply.reason());
            assertTrue(bed.pvs().string(CommPvNames.MESSAGE_STRING).contains("rm_rf rejected"));
            assertEquals("", bed.pvs().string(CommPvNames.COMMAND_S), "a rejected command does not become the PV's value");
        }
    }
}
