package org.lsdcfx.daq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lsdcfx.conftrak.key.SampleHandlingKeys;
import org.lsdcfx.daq.comm.CommPvNames;
import org.lsdcfx.daq.command.CommandChannel;
import org.lsdcfx.daq.command.CommandReply;
import org.lsdcfx.daq.test.Await;
import org.lsdcfx.daq.test.Calls;
import org.lsdcfx.daq.test.DaqTestBed;
import org.lsdcfx.daq.test.HostileInputs;
import org.lsdcfx.daq.test.Seeds;
import org.lsdcfx.daq.test.StoreDump;
import org.lsdcfx.store.test.EmbeddedMongo;

/**
 * 10,000 malformed or hostile inputs over real PVA puts, on both command PVs, from a caller who is staff and
 * control master (so every check down to the argument schema is reached): none is admitted, the store is byte for
 * byte unchanged, and the server still answers a good command.
 */
class CommandFuzzTest {
    private static final int INPUTS = 10_000;
    @RegisterExtension
    static EmbeddedMongo mongo = new EmbeddedMongo();

    @Test
    void hostileInputsAreAllRefusedChangeNothingAndTheServerStillAnswers() {
        try (DaqTestBed bed = DaqTestBed.builder(mongo.connection()).staff(DaqTestBed.ME).start()) {
            Seeds seeds = new Seeds(mongo.connection(), "sim", bed.visitDirectory()).dewarWithSamples(3).mounted(1);
            seeds.request(0, "standard");
            seeds.request(2, "raster", 0);
            seeds.conftrak().set(SampleHandlingKeys.QUEUE_COLLECT, true, "staff");
            Calls.doneImmediate(bed.client(), "takeControl");
            String before = StoreDump.dump(mongo.connection());
            List<String> inputs = new HostileInputs(20251122L, bed.server().commands()).generate(INPUTS);

            long t0 = System.nanoTime();
            int admitted = 0;
            for (int i = 0; i < inputs.size(); i++) {
                CommandChannel channel = i % 2 == 0 ? CommandChannel.SERIAL : CommandChannel.IMMEDIATE;
                if (bed.client().putRaw(channel, inputs.get(i), Duration.ofSeconds(5))) {
                    admitted++;
                    System.err.println("ADMITTED: " + inputs.get(i));
                }
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf("fuzz: %d inputs in %.1f s (%.0f/s)%n", INPUTS, seconds, INPUTS / seconds);

            assertEquals(0, admitted, "no hostile input may be admitted");
            assertEquals(before, StoreDump.dump(mongo.connection()), "the store is unchanged");
            assertEquals("Program Ready", bed.pvs().string(CommPvNames.PROGRAM_STATE));
            assertEquals("Idle", bed.pvs().string(CommPvNames.QUEUE_STATE));
            assertTrue(bed.pvs().string(CommPvNames.ZINGER_FLAG).startsWith(DaqTestBed.ME + "@"), "control untouched");
            CommandReply last = CommandReply.fromJson(bed.pvs().string(CommPvNames.COMMAND_REPLY));
            assertEquals(CommandReply.Phase.REJECTED, last.phase());

            int beat = bed.pvs().integer(CommPvNames.HEARTBEAT);
            Await.until(Duration.ofSeconds(3), () -> bed.pvs().integer(CommPvNames.HEARTBEAT) > beat, "heartbeat goes on");
            assertEquals(CommandReply.Phase.DONE, bed.client().call(CommandChannel.IMMEDIATE,
                    bed.client().request("releaseControl"), Calls.TIMEOUT).phase(), "a good command is still answered");
        }
    }
}
