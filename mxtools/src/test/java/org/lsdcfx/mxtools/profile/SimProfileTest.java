package org.lsdcfx.mxtools.profile;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SimProfileTest {

    private static List<String> allPvNames(BeamlineProfile p) {
        List<String> names = new ArrayList<>(p.pvs().values());
        p.motors().values().forEach(m -> names.add(m.pv()));
        p.cameras().values().forEach(c -> names.add(c.pvPrefix()));
        names.add(p.detector().pvPrefix());
        names.add(p.governor().pvPrefix());
        names.add(p.commPrefix());
        return names;
    }

    @Test
    void everyPvMovesToTheNewPrefix() {
        BeamlineProfile sim = SimProfile.load();
        BeamlineProfile t1 = SimProfile.withPrefix("T1");
        assertTrue(allPvNames(sim).stream().allMatch(n -> n.startsWith("SIM{")));
        assertTrue(allPvNames(t1).stream().allMatch(n -> n.startsWith("T1{")), allPvNames(t1).toString());
        assertEquals("T1{Gon:1-Ax:O}Mtr", t1.motor(Descriptors.OMEGA).pv());
        assertEquals("T1{Comm}", t1.commPrefix());
        assertEquals(sim.motor(Descriptors.OMEGA).high(), t1.motor(Descriptors.OMEGA).high());
        assertEquals(allPvNames(sim).size(), allPvNames(t1).size());
    }

    @Test
    void badPrefixIsRefused() {
        assertThrows(ProfileException.class, () -> SimProfile.withPrefix("has space"));
        assertThrows(ProfileException.class, () -> SimProfile.withPrefix(""));
        assertThrows(ProfileException.class, () -> SimProfile.withPrefix("X{"));
    }

    @Test
    void profilesAreImmutable() {
        BeamlineProfile sim = SimProfile.load();
        assertThrows(UnsupportedOperationException.class, () -> sim.pvs().put("x", "y"));
        assertThrows(UnsupportedOperationException.class, () -> sim.staffUsers().add("mallory"));
        assertThrows(ProfileException.class, () -> sim.pv("noSuchDescriptor"));
    }
}
