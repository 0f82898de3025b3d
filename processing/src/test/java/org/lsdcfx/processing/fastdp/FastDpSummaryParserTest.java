package org.lsdcfx.processing.fastdp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lsdcfx.processing.ProcessingSummary;
import org.lsdcfx.processing.StandIns;
import org.lsdcfx.processing.UnitCell;

class FastDpSummaryParserTest {
    @TempDir
    Path dir;
    final FastDpSummaryParser parser = new FastDpSummaryParser();

    /** fast_dp's ISPyB XML (fast_dp/templates/ispyb.xml) filled with the same run's figures. */
    static final String FAST_DP_XML = """
            <?xml version="1.0" ?>
            <AutoProcContainer>
            <AutoProcProgramContainer><AutoProcProgram>
            <processingCommandLine>fast_dp lyso_1_master.h5</processingCommandLine>
            <processingPrograms>fast_dp</processingPrograms></AutoProcProgram></AutoProcProgramContainer>
            <AutoProc><spaceGroup>P 41 21 2</spaceGroup>
            <refinedCell_a>78.910000</refinedCell_a><refinedCell_b>78.910000</refinedCell_b><refinedCell_c>37.020000</refinedCell_c>
            <refinedCell_alpha>90.000000</refinedCell_alpha><refinedCell_beta>90.000000</refinedCell_beta>
            <refinedCell_gamma>90.000000</refinedCell_gamma></AutoProc>
            <AutoProcScalingContainer>
            <AutoProcScalingStatistics><scalingStatisticsType>innerShell</scalingStatisticsType>
            <rMerge>0.030000</rMerge><resolutionLimitLow>38.940000</resolutionLimitLow>
            <resolutionLimitHigh>8.270000</resolutionLimitHigh><meanIOverSigI>48.400000</meanIOverSigI>
            <completeness>99.500000</completeness><multiplicity>6.100000</multiplicity><ccHalf>0.999000</ccHalf>
            </AutoProcScalingStatistics>
            <AutoProcScalingStatistics><scalingStatisticsType>overall</scalingStatisticsType>
            <rMerge>0.061000</rMerge><resolutionLimitLow>38.940000</resolutionLimitLow>
            <resolutionLimitHigh>1.850000</resolutionLimitHigh><meanIOverSigI>15.300000</meanIOverSigI>
            <completeness>99.900000</completeness><multiplicity>6.600000</multiplicity><ccHalf>0.998000</ccHalf>
            </AutoProcScalingStatistics>
            </AutoProcScalingContainer>
            </AutoProcContainer>
            """;

    static void assertLysozyme(ProcessingSummary s) {
        assertTrue(s.succeeded(), s.detail());
        assertEquals("fast_dp", s.program());
        assertEquals("P 41 21 2", s.spaceGroup());
        assertEquals(new UnitCell(78.91, 78.91, 37.02, 90, 90, 90), s.unitCell());
        assertEquals(38.94, s.resolutionLow(), 1e-9);
        assertEquals(1.85, s.resolutionHigh(), 1e-9);
        assertEquals(99.9, s.completeness(), 1e-9);
        assertEquals(6.6, s.multiplicity(), 1e-9);
        assertEquals(15.3, s.iSigma(), 1e-9);
        assertEquals(0.061, s.rMerge(), 1e-9);
        assertEquals(0.998, s.ccHalf(), 1e-9);
    }

    @Test
    void readsFastDpJsonFirst() throws Exception {
        Files.writeString(dir.resolve("fast_dp.json"), StandIns.FAST_DP_JSON);
        Files.writeString(dir.resolve("fast_dp.log"), "unrelated");
        ProcessingSummary s = parser.parse("fast_dp", dir, dir.resolve("captured.log"));
        assertLysozyme(s);
        assertEquals(dir.resolve("fast_dp.log").toString(), s.logPath());
        assertEquals("from fast_dp.json", s.detail());
    }

    @Test
    void readsTheIspybXmlWhenThereIsNoJson() throws Exception {
        Files.writeString(dir.resolve("fast_dp.xml"), FAST_DP_XML);
        ProcessingSummary s = parser.parse("fast_dp", dir, dir.resolve("captured.log"));
        assertLysozyme(s);
        assertEquals("from fast_dp.xml", s.detail());
    }

    @Test
    void readsTheLogSummaryAsALastResort() throws Exception {
        Files.writeString(dir.resolve("fast_dp.log"), StandIns.FAST_DP_LOG);
        ProcessingSummary s = parser.parse("fast_dp", dir, dir.resolve("captured.log"));
        assertLysozyme(s);
        assertEquals("from fast_dp.log", s.detail());
    }

    @Test
    void aFastDpErrorInTheLogIsAFailure() throws Exception {
        Files.writeString(dir.resolve("fast_dp.log"), "Fast_DP version 1.6.2\nAutoindexing error: no spots\n");
        ProcessingSummary s = parser.parse("fast_dp", dir, null);
        assertFalse(s.succeeded());
        assertTrue(s.detail().contains("no spots"), s.detail());
        assertNull(s.spaceGroup());
    }

    @Test
    void noResultsAtAllIsAFailureNotAnException() {
        ProcessingSummary s = parser.parse("fast_dp", dir, dir.resolve("captured.log"));
        assertFalse(s.succeeded());
        assertTrue(s.detail().contains("no fast_dp.json"), s.detail());
    }

    @Test
    void malformedJsonIsAFailureNotAnException() throws Exception {
        Files.writeString(dir.resolve("fast_dp.json"), "{\"spacegroup\": ");
        ProcessingSummary s = parser.parse("fast_dp", dir, null);
        assertFalse(s.succeeded());
        assertTrue(s.detail().startsWith("cannot read"), s.detail());
    }

    @Test
    void xmlWithADoctypeIsRefused() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "P 1");
        Files.writeString(dir.resolve("fast_dp.xml"), "<?xml version=\"1.0\"?>\n<!DOCTYPE a [<!ENTITY x SYSTEM \"file://"
                + secret + "\">]>\n<AutoProcContainer><AutoProc><spaceGroup>&x;</spaceGroup></AutoProc></AutoProcContainer>");
        ProcessingSummary s = parser.parse("fast_dp", dir, null);
        assertFalse(s.succeeded(), "external entities are never expanded");
    }
}
