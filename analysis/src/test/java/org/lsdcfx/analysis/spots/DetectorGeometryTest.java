package org.lsdcfx.analysis.spots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DetectorGeometryTest {

    @Test
    void eigerSizesAndGaps() {
        DetectorGeometry m4 = DetectorGeometry.eiger4M(200, 1.0);
        DetectorGeometry m16 = DetectorGeometry.eiger16M(200, 1.0);
        assertEquals(2070, m4.nx());
        assertEquals(2167, m4.ny());
        assertEquals(4150, m16.nx());
        assertEquals(4371, m16.ny());
        // 4M: one 10-column gap, three 37-row gaps
        int gapColumns = 10;
        int gapRows = 3 * 37;
        assertEquals(gapColumns * 2167 + gapRows * 2070 - gapColumns * gapRows, m4.gapMask().maskedCount());
        assertTrue(m4.isInGap(1030, 5));
        assertTrue(m4.isInGap(5, 514));
        assertFalse(m4.isInGap(1029, 513));
        assertFalse(m4.isInGap(1040, 551));
    }

    @Test
    void resolutionFollowsBraggsLaw() {
        // r = L gives 2θ = 45°, d = λ / (2 sin 22.5°)
        DetectorGeometry g = new DetectorGeometry(3000, 3000, 0.1, 100, 0, 0, 1.0, ModuleLayout.NONE);
        double d = g.dSpacing(1000, 0);
        assertEquals(1.0 / (2 * Math.sin(Math.toRadians(22.5))), d, 1e-12);
        assertEquals(1000, g.radiusPxForD(d), 1e-9);
        assertEquals(Double.POSITIVE_INFINITY, g.dSpacing(0, 0));
        assertTrue(Double.isNaN(g.radiusPxForD(0.4))); // below λ/2
        assertTrue(g.dSpacing(100, 0) > g.dSpacing(200, 0));
        assertEquals(g.dSpacing(1000, 0), g.dSpacing(0, 1000), 1e-12);
    }

    @Test
    void pixelCentresAreAtHalfIntegers() {
        DetectorGeometry g = new DetectorGeometry(100, 100, 0.075, 100, 50, 50, 1.0, ModuleLayout.NONE);
        assertEquals(g.dSpacing(60.5, 50.5), g.dSpacingOfPixel(60, 50), 1e-12);
    }

    @Test
    void rejectsImpossibleGeometry() {
        assertThrows(IllegalArgumentException.class, () -> new DetectorGeometry(0, 10, 0.075, 100, 0, 0, 1, ModuleLayout.NONE));
        assertThrows(IllegalArgumentException.class, () -> new DetectorGeometry(10, 10, 0.075, -1, 0, 0, 1, ModuleLayout.NONE));
        assertThrows(IllegalArgumentException.class, () -> new DetectorGeometry(10, 10, 0.075, 100, 0, 0, 0, ModuleLayout.NONE));
        assertThrows(IllegalArgumentException.class, () -> new ModuleLayout(100, 0, 10, 10));
        DetectorGeometry g = TestDetectors.small();
        assertThrows(IllegalArgumentException.class, () -> new Frame(g, new char[10], g.gapMask(), 100));
        assertThrows(IllegalArgumentException.class,
                () -> new Frame(g, new char[g.pixelCount()], PixelMask.none(10, 10), 100));
    }

    @Test
    void maskBytesRoundTrip() {
        PixelMask m = PixelMask.builder(13, 7).set(0, 0).set(12, 6).setDisc(6, 3, 2).build();
        assertEquals(m, PixelMask.fromBytes(13, 7, m.toBytes()));
        assertEquals(m.maskedCount(), PixelMask.fromBytes(13, 7, m.toBytes()).maskedCount());
        assertTrue(m.isMasked(12, 6));
        assertFalse(m.isMasked(11, 6));
    }
}
