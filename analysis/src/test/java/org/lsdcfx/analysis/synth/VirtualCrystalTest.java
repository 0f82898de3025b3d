package org.lsdcfx.analysis.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VirtualCrystalTest {

    @Test
    void beamThroughTheMiddleOfALargeCrystalHitsAllOfIt() {
        VirtualCrystal big = new VirtualCrystal(0, 0, 0, 0.2, 1);
        assertEquals(1.0, big.beamFraction(0, 0, 0, 0, 0.005, 0.005), 0.002);
    }

    @Test
    void beamThatMissesHitsNothing() {
        VirtualCrystal c = new VirtualCrystal(0, 0, 0, 0.05, 1);
        assertEquals(0, c.beamFraction(0.1, 0, 0, 0, 0.01, 0.01));
        assertEquals(0, c.beamFraction(0, 0.1, 0, 0, 0.01, 0.01));
    }

    @Test
    void smallCrystalInALargeBeamScalesWithItsCrossSection() {
        VirtualCrystal tiny = new VirtualCrystal(0, 0, 0, 0.01, 1);
        double expected = 2.0 / 3 * Math.PI * 0.005 * 0.005 / (0.1 * 0.1);
        assertEquals(expected, tiny.beamFraction(0, 0, 0, 0, 0.1, 0.1), expected * 0.01);
    }

    @Test
    void fractionFallsTowardsTheCrystalEdge() {
        VirtualCrystal c = new VirtualCrystal(0, 0, 0, 0.1, 1);
        double centre = c.beamFraction(0, 0, 0, 0, 0.01, 0.01);
        double halfway = c.beamFraction(0.025, 0, 0, 0, 0.01, 0.01);
        double edge = c.beamFraction(0.05, 0, 0, 0, 0.01, 0.01);
        assertTrue(centre > halfway && halfway > edge && edge > 0, centre + " > " + halfway + " > " + edge);
    }

    @Test
    void omegaRotatesTheOffsetPerpendicularToTheAxis() {
        VirtualCrystal offsetInZ = new VirtualCrystal(0, 0, 0.1, 0.05, 1);
        // at omega 0 the z offset lies along the beam: a beam at the origin goes through the crystal
        assertTrue(offsetInZ.beamFraction(0, 0, 0, 0, 0.01, 0.01) > 0.9);
        // at omega 90 it is vertical, 0.1 mm away from a 10 µm beam
        assertEquals(0, offsetInZ.beamFraction(0, 0, 0, 90, 0.01, 0.01));
        // moving the goniometer so that the crystal comes back onto the beam
        assertTrue(offsetInZ.beamFraction(0, 0, 0.1, 90, 0.01, 0.01) > 0.9);
    }

    @Test
    void hitCarriesTheStrength() {
        CrystalHit hit = new VirtualCrystal(0, 0, 0, 0.2, 0.5).hitAt(0, 0, 0, 0, 0.01, 0.01);
        assertEquals(0.5, hit.strength());
        assertEquals(0.5 * hit.fraction(), hit.weight(), 1e-12);
    }

    @Test
    void rejectsBadInput() {
        assertThrows(IllegalArgumentException.class, () -> new VirtualCrystal(0, 0, 0, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new VirtualCrystal(0, 0, 0, 0.1, -1));
        VirtualCrystal c = new VirtualCrystal(0, 0, 0, 0.1, 1);
        assertThrows(IllegalArgumentException.class, () -> c.beamFraction(0, 0, 0, 0, 0, 0.01));
    }
}
