package org.lsdcfx.gui.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DetectorGeometryTest {
    private static final double RADIUS = 116; // mm, conftrak detRadius default

    @Test
    void wavelengthAndEnergyAreInverse() {
        assertEquals(0.97934, DetectorGeometry.wavelength(12660), 1e-5);
        assertEquals(12398.42, DetectorGeometry.energy(1.0), 1e-9);
        assertEquals(12660, DetectorGeometry.energy(DetectorGeometry.wavelength(12660)), 1e-9);
    }

    @Test
    void resolutionAtTheEdgeFollowsBragg() {
        // 2θ = atan(116/300) = 21.14°, d = λ / (2 sin 10.57°) = 0.97934 / 0.36689 = 2.669 Å
        double d = DetectorGeometry.resolution(300, DetectorGeometry.wavelength(12660), RADIUS, 0);
        assertEquals(2.669, d, 0.001);
        // farther away: lower angle at the edge, worse (larger) d
        assertTrue(DetectorGeometry.resolution(500, 1.0, RADIUS, 0) > DetectorGeometry.resolution(200, 1.0, RADIUS, 0));
    }

    @Test
    void distanceIsTheExactInverseOfResolution() {
        for (double lambda : new double[] {0.7, 0.9793, 1.5}) {
            for (double distance : new double[] {100, 137.5, 300, 999}) {
                double d = DetectorGeometry.resolution(distance, lambda, RADIUS, 0);
                assertEquals(distance, DetectorGeometry.distance(d, lambda, RADIUS, 0).orElseThrow(), 1e-9);
            }
        }
    }

    @Test
    void swingAngleEntersBothWays() {
        double d = DetectorGeometry.resolution(300, 1.0, RADIUS, 10);
        assertTrue(d < DetectorGeometry.resolution(300, 1.0, RADIUS, 0), "a swung detector sees higher resolution");
        assertEquals(300, DetectorGeometry.distance(d, 1.0, RADIUS, 10).orElseThrow(), 1e-9);
    }

    @Test
    void unreachableResolutionsHaveNoDistance() {
        assertTrue(DetectorGeometry.distance(0.4, 1.0, RADIUS, 0).isEmpty(), "below λ/2 no Bragg angle exists");
        assertTrue(DetectorGeometry.distance(0.70, 1.0, RADIUS, 0).isEmpty(), "2θ above 90° does not hit the detector face");
        assertTrue(DetectorGeometry.distance(-2, 1.0, RADIUS, 0).isEmpty());
    }

    @Test
    void nonsenseInputIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> DetectorGeometry.wavelength(0));
        assertThrows(IllegalArgumentException.class, () -> DetectorGeometry.resolution(0, 1, RADIUS, 0));
        assertThrows(IllegalArgumentException.class, () -> DetectorGeometry.resolution(300, Double.NaN, RADIUS, 0));
    }
}
