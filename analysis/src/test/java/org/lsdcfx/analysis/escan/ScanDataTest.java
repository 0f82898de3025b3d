package org.lsdcfx.analysis.escan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ScanDataTest {

    @Test
    void invalidPointsAreNamed() {
        double[] e = ramp(12, 12000);
        double[] c = ramp(12, 0);
        assertMessage("at least 10", ramp(9, 12000), ramp(9, 0));
        assertMessage("12 energies but 11 counts", e, ramp(11, 0));
        c[3] = Double.NaN;
        assertMessage("scan point 4 (12003.0 eV): counts NaN is not a number", e, c);
        double[] badEnergy = ramp(12, 12000);
        badEnergy[0] = -1;
        assertMessage("scan point 1: energy -1.0 eV is not a positive number", badEnergy, ramp(12, 0));
        double[] unsorted = ramp(12, 12000);
        unsorted[5] = 11000;
        assertMessage("point 6 (11000.0 eV) follows 12004.0 eV", unsorted, ramp(12, 0));
    }

    @Test
    void sortedAcceptsAnyOrderAndTheArraysCannotBeChangedFromOutside() {
        double[] e = {12009, 12000, 12008, 12001, 12007, 12002, 12006, 12003, 12005, 12004};
        double[] c = {9, 0, 8, 1, 7, 2, 6, 3, 5, 4};
        ScanData scan = ScanData.sorted(e, c);
        for (int i = 0; i < scan.size(); i++) {
            assertEquals(12000 + i, scan.energyEv(i));
            assertEquals(i, scan.count(i));
        }
        scan.counts()[0] = 99;
        e[1] = 0;
        assertEquals(0, scan.count(0));
        assertEquals(12000, scan.minEnergyEv());
    }

    private static void assertMessage(String expected, double[] e, double[] c) {
        IllegalArgumentException x = assertThrows(IllegalArgumentException.class, () -> new ScanData(e, c));
        assertTrue(x.getMessage().contains(expected), x.getMessage());
    }

    private static double[] ramp(int n, double from) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = from + i;
        }
        return v;
    }
}
