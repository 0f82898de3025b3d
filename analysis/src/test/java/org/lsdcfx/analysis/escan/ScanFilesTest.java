package org.lsdcfx.analysis.escan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanFilesTest {

    @TempDir
    Path dir;

    @Test
    void writeThenReadGivesTheSameScan() throws Exception {
        SplittableRandom rng = new SplittableRandom(4);
        double[] e = new double[41];
        double[] c = new double[41];
        for (int i = 0; i < e.length; i++) {
            e[i] = 12637.8 + i + rng.nextDouble() * 0.01;
            c[i] = Math.floor(rng.nextDouble() * 1e5) / 7.0; // not short decimals
        }
        ScanData scan = new ScanData(e, c);
        Path file = dir.resolve("choochData.raw");

        ScanFiles.write(file, scan, "Se scan of sample 1");

        assertEquals(scan, ScanFiles.read(file));
        String text = Files.readString(file);
        assertTrue(text.startsWith("Se scan of sample 1\n41\n"), text);
    }

    @Test
    void writingNeverReplacesAnExistingFile() throws Exception {
        Path file = dir.resolve("scan.txt");
        Files.writeString(file, "precious");
        assertThrows(FileAlreadyExistsException.class, () -> ScanFiles.write(file, ramp(12), "x"));
        assertEquals("precious", Files.readString(file));
    }

    @Test
    void numericTitleIsPrefixedSoTheFileReadsBack() {
        String text = ScanFiles.format(ramp(12), "12658 eV edge");
        assertTrue(text.startsWith("scan 12658 eV edge\n"), text);
        assertEquals(ramp(12), ScanFiles.parse(text, "t"));
    }

    @Test
    void readerToleratesCommentsHeadersSeparatorsAndOrder() {
        String text = "\uFEFF# LSDC spectrumData\r\n"
                + "Energy(eV), Counts\r\n"
                + "12\r\n"
                + "! a comment\r\n"
                + "12005, 110, 3\r\n"       // third column ignored
                + "12000;100\r\n"
                + "\r\n"
                + "12010\t120\r\n";
        for (int i = 3; i < 12; i++) {
            text += (12000 + 5 * i) + " " + (100 + 10 * i) + "\n";
        }
        ScanData scan = ScanFiles.parse(text, "spectrumData.txt");
        assertEquals(12, scan.size());
        assertEquals(12000, scan.minEnergyEv());
        assertEquals(100, scan.count(0));
        assertEquals(110, scan.count(1));
        assertArrayEquals(new double[] {12000, 12005, 12010}, java.util.Arrays.copyOf(scan.energiesEv(), 3));
    }

    @Test
    void badFilesGiveTheFileAndLine() {
        assertMessage("scan.txt: header declares 40 points but 12 were found", "title\n40\n" + rows(12));
        assertMessage("scan.txt line 5: expected 'energy counts', found 'oops'", "t\n" + rows(3) + "oops\n" + rows(9));
        assertMessage("scan.txt line 2: counts 'abc' is not a number", "t\n12000 abc\n" + rows(12));
        assertMessage("scan.txt line 1: energy and counts must be finite numbers", "12000 NaN\n" + rows(12));
        assertMessage("energies look like keV", keVRows(12));
        assertMessage("scan has two points at 12000.0 eV", rows(12) + "12000 5\n");
        assertMessage("at least 10 are needed", rows(5));
        assertMessage("scan.txt: no 'energy counts' lines found", "# nothing\n");
    }

    private static void assertMessage(String expected, String text) {
        ScanFormatException e = assertThrows(ScanFormatException.class, () -> ScanFiles.parse(text, "scan.txt"));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    private static String rows(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(12000 + i).append(' ').append(100 + i).append('\n');
        }
        return b.toString();
    }

    private static String keVRows(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(12.0 + 0.001 * i).append(' ').append(100 + i).append('\n');
        }
        return b.toString();
    }

    private static ScanData ramp(int n) {
        double[] e = new double[n];
        double[] c = new double[n];
        for (int i = 0; i < n; i++) {
            e[i] = 12000 + i;
            c[i] = i;
        }
        return new ScanData(e, c);
    }
}
