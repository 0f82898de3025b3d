package org.lsdcfx.analysis.escan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.lsdcfx.analysis.escan.synthetic.FluorescenceSignal;
import org.lsdcfx.analysis.escan.synthetic.SyntheticEdgeModel;
import org.lsdcfx.analysis.escan.synthetic.SyntheticScanGenerator;
import org.lsdcfx.analysis.escan.synthetic.WhiteLine;

class ChoochJsonTest {

    @Test
    void oneObjectWithLsdcFieldNamesAndTheRemote() throws Exception {
        ElementTables tables = ElementTables.fromClasspath();
        SyntheticEdgeModel model = new SyntheticEdgeModel(tables.table("Se", Edge.K), new WhiteLine(2, 2, 1.5), 0, 1.5);
        ScanData scan = new SyntheticScanGenerator(model, FluorescenceSignal.typical()).scan(-20, 20, 1, new SplittableRandom(9));
        ChoochResult r = new ChoochAnalysis(tables, ChoochConfig.defaults()).analyse(scan, "Se", Edge.K);

        String json = new ChoochJson().toJson(r);

        assertTrue(!json.contains("\n"), "one line");
        JsonNode node = new ObjectMapper().readTree(json);
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        assertEquals(List.of("element", "edge", "edge_energy", "infl", "fprime_infl", "f2prime_infl", "peak", "fprime_peak",
                "f2prime_peak", "remote", "fprime_remote", "f2prime_remote", "choochOutXAxis", "choochOutY1Axis",
                "choochOutY2Axis", "choochInXAxis", "choochInYAxis", "warnings"), names);
        assertEquals("Se", node.get("element").asText());
        assertEquals(r.infl(), node.get("infl").asDouble(), 0.005, "energies in eV to 0.01 eV");
        assertEquals(r.peak(), node.get("peak").asDouble(), 0.005);
        assertEquals(12757.8, node.get("remote").asDouble(), 1e-9);
        assertEquals(r.fprimeInfl(), node.get("fprime_infl").asDouble(), 0.0005);
        assertEquals(r.f2primePeak(), node.get("f2prime_peak").asDouble(), 0.0005);
        assertEquals(r.fprimeRemote(), node.get("fprime_remote").asDouble(), 0.0005);
        assertEquals(r.curves().size(), node.get("choochOutXAxis").size());
        assertEquals(r.curves().size(), node.get("choochOutY1Axis").size());
        assertEquals(r.curves().f2prime()[10], node.get("choochOutY1Axis").get(10).asDouble(), 0.00005);
        assertEquals(r.curves().fprime()[10], node.get("choochOutY2Axis").get(10).asDouble(), 0.00005);
        assertEquals(scan.count(3), node.get("choochInYAxis").get(3).asDouble());
        assertEquals(0, node.get("warnings").size());
    }
}
