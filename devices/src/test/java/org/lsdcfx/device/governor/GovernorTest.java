package org.lsdcfx.device.governor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lsdcfx.device.DeviceException;
import org.lsdcfx.device.DeviceException.Fault;
import org.lsdcfx.device.test.SimulatedBeamline;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Governor transitions against the simulated governor (SIM profile rules; 2 s transitions take 0.5 s at time scale
 * 0.25, long enough for a short timeout to expire mid-transition even on a loaded machine).
 */
class GovernorTest {
    private static final Duration T = Duration.ofSeconds(10);

    @RegisterExtension
    static SimulatedBeamline sim = new SimulatedBeamline("GT", 0.25);

    @Test
    void allowedTransitionsAreMadeAndRefusedOnesChangeNothing() throws Exception {
        Governor g = sim.beamline().governor();
        if (!g.state().equals("SE")) {
            g.transitionTo("SE", T);
        }
        g.transitionTo("SA", T);
        assertEquals("SA", g.state());
        assertFalse(g.isBusy());
        g.transitionTo("DA", T);
        assertEquals("DA", g.state());
        g.transitionTo("DA", T); // already there

        assertFalse(g.canReach("SE"));
        DeviceException refused = assertThrows(DeviceException.class, () -> g.transitionTo("SE", T));
        assertEquals(Fault.REFUSED, refused.fault());
        assertTrue(refused.getMessage().contains("DA -> SE") && refused.getMessage().contains("[SA]"),
                refused.getMessage());
        assertEquals("DA", g.state());

        DeviceException unknown = assertThrows(DeviceException.class, () -> g.transitionTo("XX", T));
        assertEquals(Fault.REFUSED, unknown.fault());

        // The simulated IOC enforces the same rules for any client.
        Exception raw = assertThrows(Exception.class,
                () -> sim.put(sim.profile().governor().pvPrefix() + "Cmd:Go-Cmd", "SE"));
        assertTrue(raw.getMessage().contains("Write failed"), raw.getMessage());
        assertEquals("DA", g.state());

        g.transitionTo("SA", T);
        g.transitionTo("SE", T);
        assertEquals("SE", g.state());
    }

    @Test
    void transitionTimesOutWhenGivenTooLittleTime() {
        Governor g = sim.beamline().governor();
        if (!g.state().equals("SE")) {
            g.transitionTo("SE", T);
        }
        String target = "SA";
        DeviceException e = assertThrows(DeviceException.class, () -> g.transitionTo(target, Duration.ofMillis(200)));
        assertEquals(Fault.TIMEOUT, e.fault());
        assertTrue(e.getMessage().contains("governor"), e.getMessage());
        // Our wait gave up; the governor itself carries on and arrives.
        org.lsdcfx.device.test.Await.until(T, () -> g.state().equals(target) && !g.isBusy(), "governor in SA");
    }
}
