package org.lsdcfx.sim;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lsdcfx.analysis.xrf.DetectorResponse;
import org.lsdcfx.analysis.xrf.EmissionLineTable;
import org.lsdcfx.analysis.xrf.EnergyCalibration;
import org.lsdcfx.analysis.xrf.XrfIdentification;
import org.lsdcfx.analysis.xrf.XrfIdentifier;
import org.lsdcfx.analysis.xrf.XrfIdentifierConfig;
import org.lsdcfx.analysis.xrf.XrfSpectrum;
import org.lsdcfx.mxtools.profile.Descriptors;
import org.lsdcfx.sim.sample.SimSample;
import org.lsdcfx.sim.support.Await;
import org.lsdcfx.sim.support.SimClient;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The simulated MCA's spectrum as a PVA client reads it: the sample's elements fluoresce when the monochromator
 * energy is above their edges (identified by analysis' {@link XrfIdentifier} from the line energies), and the
 * elements are set through {@code {Sim}Elements-SP} (refusals change nothing and say why) or {@code SimControls}.
 */
class XrfSpectrumSimTest {
    private static final Logger PVA_LOG = Logger.getLogger("org.epics.pva");
    private static final EnergyCalibration MERCURY = new EnergyCalibration(0, 10);

    @TempDir
    static Path data;
    static SimBeamline sim;
    static SimClient pva;
    static String ctl;
    static XrfIdentifier identifier;

    @BeforeAll
    static void start() throws Exception {
        PVA_LOG.setLevel(Level.SEVERE);
        PvaPorts.free().applyLoopback();
        sim = SimBeamline.start(SimConfig.of("XS", 0.01, data));
        ctl = sim.config().controlPrefix();
        pva = new SimClient(sim.profile());
        pva.openShutter();
        identifier = new XrfIdentifier(EmissionLineTable.fromClasspath(), DetectorResponse.siliconDrift(),
                XrfIdentifierConfig.defaults());
    }

    @AfterAll
    static void stop() {
        pva.close();
        sim.close();
    }

    @BeforeEach
    void defaultElements() {
        sim.controls().setElements(SimSample.DEFAULT_ELEMENTS);
    }

    /** One 1 s acquisition at {@code energyEv}, read over PVA and identified. */
    private static XrfIdentification spectrumAt(double energyEv) throws Exception {
        pva.move(Descriptors.ENERGY, energyEv);
        String mca = sim.profile().pv(Descriptors.MERCURY_SPECTRUM);
        pva.put(sim.profile().pv(Descriptors.MERCURY_PRESET_REAL), 1.0);
        pva.put(sim.profile().pv(Descriptors.MERCURY_ERASE_START), 1);
        String acquiring = sim.profile().pv(Descriptors.MERCURY_ACQUIRING);
        Await.until(Duration.ofSeconds(10), () -> {
            try {
                return pva.readDouble(acquiring) == 0;
            } catch (Exception e) {
                return false;
            }
        }, "MCA acquisition done");
        double[] counts = pva.readDoubles(mca);
        assertEquals(2048, counts.length);
        return identifier.identify(new XrfSpectrum(counts, MERCURY, energyEv, 1.0));
    }

    @Test
    void theDefaultSampleShowsSeZnAndFeAboveTheSeEdge() throws Exception {
        assertEquals(Map.of("Se", 1.0, "Zn", 0.2, "Fe", 0.1), sim.controls().elements());
        XrfIdentification id = spectrumAt(13500);
        assertEquals(Set.of("Se", "Zn", "Fe"), Set.copyOf(id.symbols()), id.toString());
        // Each element's Kα1 is seen where the table puts it.
        Map<String, Double> kAlpha1 = Map.of("Se", 11222.0, "Zn", 8638.9, "Fe", 6403.8);
        id.elements().forEach(e -> {
            double seen = e.lines().stream().filter(l -> l.line().name().equals("KA1")).findFirst().orElseThrow()
                    .observedEnergyEv();
            assertEquals(kAlpha1.get(e.symbol()), seen, 40, e.symbol() + " Kα1");
        });
    }

    @Test
    void belowTheSeEdgeOnlyZnAndFeFluoresce() throws Exception {
        XrfIdentification id = spectrumAt(12000);
        assertEquals(Set.of("Zn", "Fe"), Set.copyOf(id.symbols()), id.toString());
        // Below the Zn K edge (9659 eV) only Fe is left.
        assertEquals(List.of("Fe"), spectrumAt(9000).symbols());
    }

    @Test
    void elementsSetThroughThePvReachTheSpectrum() throws Exception {
        pva.put(ctl + "Elements-SP", "{\"cu\": 0.5, \"Se\": 1}");
        assertEquals("{\"Cu\":0.5,\"Se\":1.0}", pva.readString(ctl + "Elements-SP"));
        assertEquals("", pva.readString(ctl + "Status-I"));
        assertEquals(Map.of("Cu", 0.5, "Se", 1.0), sim.controls().elements());
        assertEquals(Set.of("Cu", "Se"), Set.copyOf(spectrumAt(13500).symbols()));

        // A Java change shows on the PV.
        sim.controls().setElements(Map.of("Fe", 0.3));
        assertEquals("{\"Fe\":0.3}", pva.readString(ctl + "Elements-SP"));
        assertEquals(List.of("Fe"), spectrumAt(13500).symbols());
    }

    @Test
    void badElementsAreRefusedWithTheReasonAndChangeNothing() throws Exception {
        String good = pva.readString(ctl + "Elements-SP");
        String[][] bad = {
                {"{\"Se\": 1", "not valid JSON"},
                {"[\"Se\"]", "expected a JSON object"},
                {"{\"Xx\": 1}", "unknown element 'Xx'"},
                {"{\"Se\": \"lots\"}", "element Se: amount must be a finite number"},
                {"{\"Se\": -1}", "amount of Se must be within [0, 100.0]"},
                {"{\"Se\": 1, \"se\": 2}", "element Se is given twice"},
                {"{\"Se\": 1} x", "not valid JSON"},
        };
        for (String[] b : bad) {
            Exception refused = assertThrows(Exception.class, () -> pva.put(ctl + "Elements-SP", b[0]), b[0]);
            assertTrue(refused.getMessage().contains("Write failed"), refused.getMessage());
            String why = pva.readString(ctl + "Status-I");
            assertTrue(why.startsWith(ctl + "Elements-SP: ") && why.contains(b[1]), b[0] + " -> " + why);
            assertEquals(good, pva.readString(ctl + "Elements-SP"));
            assertEquals(SimSample.DEFAULT_ELEMENTS, sim.controls().elements());
        }
        IllegalArgumentException javaRefusal = assertThrows(IllegalArgumentException.class,
                () -> sim.controls().setElements(Map.of("Unobtainium", 1.0)));
        assertTrue(javaRefusal.getMessage().contains("unknown element 'Unobtainium'"), javaRefusal.getMessage());
        assertEquals(SimSample.DEFAULT_ELEMENTS, sim.controls().elements());
        assertEquals(Set.of("Se", "Zn", "Fe"), Set.copyOf(spectrumAt(13500).symbols()), "nothing changed");
    }
}
