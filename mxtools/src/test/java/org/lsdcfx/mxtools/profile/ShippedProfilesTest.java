package org.lsdcfx.mxtools.profile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The profiles mxtools ships, read from mxtools' own classes only (no test overrides on that class path). */
class ShippedProfilesTest {

    static ProfileLoader shippedOnly() {
        URL mxtools = ProfileLoader.class.getProtectionDomain().getCodeSource().getLocation();
        return new ProfileLoader(new URLClassLoader(new URL[] {mxtools}, null), Map.of(), Map.of());
    }

    @Test
    void shipsAmxFmxNyxAndSim() {
        assertEquals(Set.of("AMX", "FMX", "NYX", "SIM"), shippedOnly().names());
    }

    @ParameterizedTest
    @ValueSource(strings = {"AMX", "FMX", "NYX", "SIM"})
    void eachShippedProfileLoadsAndValidates(String name) {
        BeamlineProfile p = shippedOnly().load(name.toLowerCase());
        assertEquals(name, p.name());
        assertTrue(ProfileValidator.problems(p).isEmpty());
        for (String d : Descriptors.REQUIRED_PVS) {
            assertFalse(p.pv(d).isBlank(), d);
        }
        for (String m : Descriptors.REQUIRED_MOTORS) {
            MotorSpec spec = p.motor(m);
            assertTrue(spec.low() <= spec.high(), m);
        }
        assertEquals(24, p.dewar().puckCount());
        assertEquals("1A", p.dewar().puckSlots().get(0));
        assertEquals("8C", p.dewar().puckSlots().get(23));
        assertEquals(16, p.dewar().pinsPerPuck());
        assertTrue(p.governor().states().containsAll(java.util.List.of("SE", "SA", "DA", "XF", "BL", "CB", "TA",
                "M")));
        assertTrue(p.energyRange().minEv() < p.energyRange().maxEv());
    }

    @Test
    void realBeamlinesUseTheirNslsIiPrefixes() {
        ProfileLoader loader = shippedOnly();
        assertEquals("XF:17IDB-ES:AMX{Gon:1-Ax:O}Mtr", loader.load("AMX").motor(Descriptors.OMEGA).pv());
        assertEquals("XF:17IDC-ES:FMX{Det:Eig16M}", loader.load("FMX").detector().pvPrefix());
        assertEquals("XF:19ID-ES:NYX{Det:Eig9M}", loader.load("NYX").detector().pvPrefix());
        assertEquals(180.0, loader.load("AMX").detectorSafeDistanceMm());
        assertEquals(200.0, loader.load("FMX").detectorSafeDistanceMm());
    }

    @Test
    void governorRulesFollowLsdc() {
        GovernorSpec g = shippedOnly().load("SIM").governor();
        assertTrue(g.allows("SE", "SA"));
        assertTrue(g.allows("SA", "DA"));
        assertFalse(g.allows("DA", "SE"));
        assertTrue(g.allows("M", "SE"));
        assertFalse(g.allows("M", "SA")); // only SE may follow M
        assertTrue(g.allows("SA", "SA"));
    }
}
