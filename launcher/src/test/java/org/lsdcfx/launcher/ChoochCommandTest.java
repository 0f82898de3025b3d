package org.lsdcfx.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lsdcfx.analysis.escan.AnomalousTable;
import org.lsdcfx.analysis.escan.Edge;
import org.lsdcfx.analysis.escan.ElementTables;
import org.lsdcfx.analysis.escan.ScanData;
import org.lsdcfx.analysis.escan.ScanFiles;
import org.lsdcfx.analysis.escan.synthetic.EdgeFeatures;
import org.lsdcfx.analysis.escan.synthetic.FluorescenceSignal;
import org.lsdcfx.analysis.escan.synthetic.SyntheticEdgeModel;
import org.lsdcfx.analysis.escan.synthetic.SyntheticScanGenerator;
import org.lsdcfx.analysis.escan.synthetic.WhiteLine;

/** {@code ./lsdc chooch} on a scan file written from the shipped tables with a known white line and noise. */
class ChoochCommandTest {
    @TempDir
    Path dir;

    @Test
    void jsonHasLsdcFieldNamesAndFindsTheEdgeFeatures() throws Exception {
        AnomalousTable se = ElementTables.fromClasspath().table("Se", Edge.K);
        SyntheticEdgeModel model = new SyntheticEdgeModel(se, new WhiteLine(2, 2, 1.5), 0, 1.5);
        ScanData scan = new SyntheticScanGenerator(model, FluorescenceSignal.typical()).scan(-20, 20, 1, new SplittableRandom(3));
        EdgeFeatures truth = model.features(se.edgeEnergyEv() - 10, se.edgeEnergyEv() + 10);
        Path file = dir.resolve("se.scan");
        ScanFiles.write(file, scan, "Se K test scan");

        CommandRun r = CommandRun.of("chooch", "--element", "Se", "--edge", "K", file.toString(), "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        for (String f : new String[] {"infl", "peak", "fprime_infl", "f2prime_infl", "fprime_peak", "f2prime_peak",
                "remote", "fprime_remote", "f2prime_remote"}) {
            assertTrue(j.has(f) && j.get(f).isNumber(), "field " + f + " in " + r.out());
        }
        assertEquals(truth.inflectionEv(), j.get("infl").asDouble(), 1.0);
        assertEquals(truth.peakEv(), j.get("peak").asDouble(), 1.0);
        assertEquals(se.edgeEnergyEv() + 100, j.get("remote").asDouble(), 0.01);
        assertTrue(j.get("fprime_infl").asDouble() < -5, "f' at the inflection is strongly negative");
    }

    @Test
    void badInputIsOneSentence() throws Exception {
        Path file = Files.writeString(dir.resolve("junk.scan"), "12650 abc\n");
        CommandRun junk = CommandRun.of("chooch", "--element", "Se", file.toString());
        assertEquals(1, junk.exitCode());
        assertTrue(junk.err().startsWith("lsdc chooch: "), junk.err());

        AnomalousTable se = ElementTables.fromClasspath().table("Se", Edge.K);
        SyntheticEdgeModel model = new SyntheticEdgeModel(se, new WhiteLine(2, 2, 1.5), 0, 1.5);
        Path good = dir.resolve("se.scan");
        ScanFiles.write(good, new SyntheticScanGenerator(model, FluorescenceSignal.typical())
                .scan(-20, 20, 1, new SplittableRandom(3)), "Se");
        CommandRun unknown = CommandRun.of("chooch", "--element", "Xx", good.toString());
        assertEquals(1, unknown.exitCode());
        assertTrue(unknown.err().contains("Se"), "lists the known elements: " + unknown.err());
    }
}
