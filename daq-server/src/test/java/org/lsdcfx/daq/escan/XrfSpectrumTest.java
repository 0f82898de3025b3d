package org.lsdcfx.daq.escan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lsdcfx.amostra.Request;
import org.lsdcfx.amostra.RequestKeys;
import org.lsdcfx.amostra.RequestStatus;
import org.lsdcfx.analysisstore.Result;
import org.lsdcfx.analysisstore.payload.ResultTypes;
import org.lsdcfx.daq.test.Calls;
import org.lsdcfx.daq.test.DaqTestBed;
import org.lsdcfx.daq.test.Seeds;
import org.lsdcfx.daq.test.SimHost;
import org.lsdcfx.store.test.EmbeddedMongo;

/**
 * {@code xrfSpectrum} end to end over PVA: the simulated MCA's spectrum taken as it is (beamline-sim synthesises the
 * lines of the simulated sample's elements whose edges the beam can excite, with elastic and Compton scatter and a
 * continuum) and the elements in it identified from the emission-line energies. The identified elements are the
 * simulated sample's: Se, Zn and Fe above the Se K edge; below it, where the beam cannot excite Se, only Zn and Fe.
 */
class XrfSpectrumTest {
    @RegisterExtension
    static EmbeddedMongo mongo = new EmbeddedMongo();
    static SimHost sim;

    @BeforeAll
    static void startSimulator() throws Exception {
        sim = SimHost.start("XRT", 0.01);
    }

    @AfterAll
    static void stopSimulator() throws Exception {
        sim.close();
    }

    /** The simulated sample's elements, as the simulator reports them (default: Se with Zn and Fe traces). */
    private static Set<String> simulatedElements() {
        return sim.sim().controls().elements().keySet();
    }

    @Test
    void aSpectrumAboveTheSeEdgeIdentifiesTheSampleElementsAndIsStoredWithItsFile() throws Exception {
        assertEquals(Set.of("Se", "Zn", "Fe"), simulatedElements());
        try (DaqTestBed bed = EscanBench.start(mongo.connection(), sim, EscanBench.farMoves(sim))) {
            Seeds seeds = new Seeds(mongo.connection(), "sim", bed.visitDirectory()).dewarWithSamples(1).mounted(0);
            Request request = xrfRequest(seeds, 13500);
            String summary = Calls.done(bed.client(), "runDCQueue").reason();
            assertTrue(summary.startsWith("1 done, 0 failed"), summary);
            assertEquals(RequestStatus.DONE, seeds.reload(request).status());

            Result result = EscanBench.results(mongo.connection()).latest(request.uid(), "xrfSpectrum").orElseThrow();
            Document doc = result.resultObj();
            System.out.println("XRF at 13500 eV on the simulator: identified " + doc.getList("identified", String.class)
                    + "; peaks " + doc.getList("peaks", Document.class).stream().map(p -> Math.round(p.getDouble("energy"))).toList()
                    + " eV; unexplained " + doc.getList("unexplained_peaks", Document.class).size() + "; notes " + doc.get("notes"));
            assertEquals(simulatedElements(), Set.copyOf(doc.getList("identified", String.class)));
            var typed = EscanBench.results(mongo.connection()).latest(request.uid(), ResultTypes.XRF_SPECTRUM).orElseThrow();
            assertEquals(simulatedElements(), Set.copyOf(typed.identified()), "the typed payload reads the same document");
            assertEquals(13500, typed.excitationEnergy(), 1);
            Document se = doc.getList("elements", Document.class).stream().filter(e -> e.getString("symbol").equals("Se"))
                    .findFirst().orElseThrow();
            System.out.printf("XRF at 13500 eV: Se score %.1f sigma, fitted counts %.0f%n", se.getDouble("score"), se.getDouble("fitted_counts"));
            assertEquals("Se", se.getString("symbol"));
            assertEquals(34, se.getInteger("z"));
            assertTrue(se.getDouble("score") > 10, "score " + se.getDouble("score"));
            assertEquals(List.of("K"), se.getList("shells", String.class));
            Document kAlpha = se.getList("lines", Document.class).stream().filter(l -> l.getString("line").equals("KA1"))
                    .findFirst().orElseThrow();
            assertEquals(11222, kAlpha.getDouble("observed_energy"), 30, "Se Kα1 seen where the simulator puts it");
            assertEquals(13500, doc.getDouble("excitation_energy"), 0.5);
            assertEquals(1.0, doc.getDouble("live_time"));
            assertEquals(new Document("offset_eV", 0.0).append("eV_per_channel", 10.0), doc.get("calibration", Document.class));
            assertEquals(2048, doc.getList("spectrum", Double.class).size());

            Path file = Path.of(doc.getString("dataFile"));
            assertTrue(file.startsWith(bed.visitDirectory().toRealPath()), file.toString());
            assertEquals(2 + 2048, Files.readAllLines(file).size(), "two comment lines and one line per channel");
            assertEquals("SA", EscanBench.governor(bed, sim));
            assertEquals(0, EscanBench.shutter(bed, sim));
        }
    }

    @Test
    void belowTheSeEdgeSeIsNotClaimedButZnAndFeAre() {
        try (DaqTestBed bed = EscanBench.start(mongo.connection(), sim, EscanBench.farMoves(sim))) {
            Seeds seeds = new Seeds(mongo.connection(), "sim", bed.visitDirectory()).dewarWithSamples(1).mounted(0);
            Request request = xrfRequest(seeds, 12000);
            Calls.done(bed.client(), "runDCQueue");
            Document doc = EscanBench.results(mongo.connection()).latest(request.uid(), "xrfSpectrum").orElseThrow().resultObj();
            assertEquals(12000, doc.getDouble("excitation_energy"), 0.5);
            System.out.println("XRF at 12000 eV on the simulator: identified " + doc.getList("identified", String.class) + "; peaks "
                    + doc.getList("peaks", Document.class).stream().map(p -> Math.round(p.getDouble("energy"))).toList()
                    + " eV; unexplained " + doc.getList("unexplained_peaks", Document.class).stream()
                    .map(p -> Math.round(p.getDouble("energy"))).toList() + "; notes " + doc.get("notes"));
            Set<String> identified = Set.copyOf(doc.getList("identified", String.class));
            assertFalse(identified.contains("Se"), "Se (edge 12658 eV) cannot be excited at 12000 eV: " + identified);
            assertEquals(Set.of("Zn", "Fe"), identified, "the simulated sample's elements the beam can excite");
        }
    }

    /** A queued xrfSpectrum request at {@code energy} eV, 1 s, written to the store as the GUI would. */
    private static Request xrfRequest(Seeds seeds, double energy) {
        Request r = seeds.request(0, "xrfSpectrum");
        seeds.amostra().requests().update(r.uid(), r.version(), r.requestObj().with(RequestKeys.ENERGY, energy)
                .with(RequestKeys.EXPOSURE_TIME, 1.0), Seeds.OWNER);
        return seeds.reload(r);
    }
}
