package org.lsdcfx.device;

import org.epics.pva.client.PVAChannel;
import org.epics.pva.client.PVAClient;
import org.epics.pva.data.PVAString;
import org.epics.pva.data.PVAStructure;
import org.epics.pva.server.PVAServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lsdcfx.device.test.SimulatedBeamline;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The daq-server situation in one JVM: the simulator plus another PVA server (comm PVs) and a fresh client that
 * must reach both.
 */
class SecondServerTest {
    @RegisterExtension
    static SimulatedBeamline sim = new SimulatedBeamline("SS", 0.01);

    @Test
    void aClientCreatedAfterASecondServerReachesBoth() throws Exception {
        sim.addServerPorts();
        try (PVAServer comm = new PVAServer(); PVAClient daqClient = new PVAClient()) {
            comm.createPV("SS{Comm}program_state", new PVAStructure("s", "", new PVAString("value", "Program Ready")));
            PVAChannel state = daqClient.getChannel("SS{Comm}program_state");
            state.connect().get(30, TimeUnit.SECONDS);
            assertEquals("Program Ready", ((PVAString) state.read("").get(5, TimeUnit.SECONDS).get("value")).get());
            try (Beamline bl = BeamlineDevices.connect(daqClient, sim.profile(), SimulatedBeamline.CONNECT_TIMEOUT)) {
                assertEquals(300.0, bl.detectorDistance().moveAndWait(300.0, Duration.ofSeconds(5)), 0.05);
            }
            state.close();
        }
    }
}
