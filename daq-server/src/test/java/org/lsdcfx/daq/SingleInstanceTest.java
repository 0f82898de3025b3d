package org.lsdcfx.daq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lsdcfx.daq.comm.CommPvNames;
import org.lsdcfx.daq.comm.ServerInfo;
import org.lsdcfx.daq.test.Calls;
import org.lsdcfx.daq.test.DaqTestBed;
import org.lsdcfx.store.test.EmbeddedMongo;

/** A second daq server on the same comm prefix refuses to start and names the one already running. */
class SingleInstanceTest {
    @RegisterExtension
    static EmbeddedMongo mongo = new EmbeddedMongo();

    @Test
    void aSecondServerOnTheSamePrefixIsRefusedWithTheFirstOnesIdentity() {
        String prefix = DaqTestBed.newPrefix();
        try (DaqTestBed first = DaqTestBed.builder(mongo.connection()).prefix(prefix).start()) {
            DaqTestBed.Builder second = DaqTestBed.builder(mongo.connection()).prefix(prefix)
                    .searchAlso(first.network().serverUdpPort()).instanceCheck(Duration.ofSeconds(3));
            AnotherServerRunningException e = assertThrows(AnotherServerRunningException.class, second::start);
            ServerInfo running = first.server().serverInfo();
            assertEquals("Another daq server already serves comm prefix " + prefix + " (host " + running.host() + ", pid "
                    + ProcessHandle.current().pid() + ", started " + running.startTime() + " by " + running.user()
                    + ", beamline SIM); stop it first, or use another prefix", e.getMessage());
            assertEquals(running, e.running());
            // the first server is untouched and still answers
            assertEquals(running.toJson(), first.pvs().string(CommPvNames.SERVER_INFO));
            Calls.doneImmediate(first.client(), "takeControl");
        }
        try (DaqTestBed again = DaqTestBed.builder(mongo.connection()).prefix(prefix).start()) {
            assertTrue(again.server().serverInfo().startTime().length() > 0, "once the first has gone the prefix is free");
        }
    }
}
