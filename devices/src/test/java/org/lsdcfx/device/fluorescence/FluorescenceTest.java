package org.lsdcfx.device.fluorescence;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lsdcfx.device.Beamline;
import org.lsdcfx.device.DeviceException;
import org.lsdcfx.device.test.SimulatedBeamline;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Mercury MCA against the simulated Se K edge (12658 eV). */
class FluorescenceTest {
    private static final Duration T = Duration.ofSeconds(10);

    @RegisterExtension
    static SimulatedBeamline sim = new SimulatedBeamline("FT", 0.01);

    @Test
    void countsAreHigherAboveTheEdgeThanBelow() {
        Beamline bl = sim.beamline();
        FluorescenceDetector mca = bl.fluorescence();
        McaRoi seKa = new McaRoi(1097, 1147); // Se Kα 11222 eV ± 25 channels of 10 eV
        mca.setRoi(seKa, T);
        assertEquals(seKa, mca.roi());
        bl.fastShutter().open(T);

        bl.energy().setEnergy(12600, T);
        FluorescenceReading below = mca.acquire(1.0, T);
        bl.energy().setEnergy(12720, T);
        FluorescenceReading above = mca.acquire(1.0, T);
        bl.fastShutter().close(T);

        assertTrue(above.roiCounts() > 3 * below.roiCounts(), below.roiCounts() + " -> " + above.roiCounts());
        assertEquals(2048, above.spectrum().length);
        double sum = 0;
        for (int c = seKa.lo(); c <= seKa.hi(); c++) {
            sum += above.spectrum()[c];
        }
        assertEquals(above.roiCounts(), sum, 1e-6);
    }

    @Test
    void closedShutterGivesOnlyBackground() {
        Beamline bl = sim.beamline();
        bl.fastShutter().close(T);
        bl.energy().setEnergy(12720, T);
        FluorescenceReading dark = bl.fluorescence().acquire(1.0, T);
        assertTrue(dark.roiCounts() < 100, "background only: " + dark.roiCounts());
    }

    @Test
    void nonPositiveTimeIsRefused() {
        assertThrows(DeviceException.class, () -> sim.beamline().fluorescence().acquire(0, T));
        assertThrows(IllegalArgumentException.class, () -> new McaRoi(10, 5));
    }
}
