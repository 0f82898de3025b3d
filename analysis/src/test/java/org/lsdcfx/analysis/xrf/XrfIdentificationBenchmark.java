package org.lsdcfx.analysis.xrf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Identification over many random synthetic mixtures: prints missed and false elements and the time per
 * spectrum. Not run by the build: {@code mvn -o -pl analysis test -Dtest=XrfIdentificationBenchmark}.
 */
class XrfIdentificationBenchmark {

    private static final String[] POOL = {"Ca", "Mn", "Fe", "Co", "Ni", "Cu", "Zn", "Se", "Br", "As", "Pt", "Au", "Hg", "Pb",
        "Gd", "Yb", "Sm", "I", "K", "Cl", "S"};
    private static final double[] EXCITATIONS = {12700, 13500, 11700, 12300, 14000, 9000};
    private static final double MIN_ENERGY_EV = 2000;

    @Test
    void randomMixtures() {
        EmissionLineTable lines = EmissionLineTable.fromClasspath();
        DetectorResponse detector = DetectorResponse.siliconDrift();
        SyntheticXrfGenerator generator = new SyntheticXrfGenerator(lines, detector);
        // Analysed from 2 keV, so that no element has its lines cut by the lower limit (Br L at 1.5 keV, say), which
        // would make "present" ambiguous.
        XrfIdentifierConfig defaults = XrfIdentifierConfig.defaults();
        XrfIdentifier identifier = new XrfIdentifier(lines, detector, new XrfIdentifierConfig(MIN_ENERGY_EV,
                defaults.peakSignificance(), defaults.elementSignificance(), defaults.lineToleranceEv(),
                defaults.scatteringAngleDeg(), defaults.comptonWidth()));
        SplittableRandom rng = new SplittableRandom(42);
        int spectra = 200;
        int missed = 0;
        int falses = 0;
        int present = 0;
        long nanos = 0;
        List<String> problems = new ArrayList<>();
        for (int n = 0; n < spectra; n++) {
            double excitation = EXCITATIONS[rng.nextInt(EXCITATIONS.length)];
            Map<String, Double> mix = new LinkedHashMap<>();
            int k = 1 + rng.nextInt(4);
            while (mix.size() < k) {
                mix.put(POOL[rng.nextInt(POOL.length)], Math.pow(10, 3.5 + 1.0 * rng.nextDouble()));
            }
            XrfSpectrum spectrum = generator.generate(SyntheticXrfSpec.typical(excitation, mix), rng.split());
            long t0 = System.nanoTime();
            XrfIdentification id = identifier.identify(spectrum);
            nanos += System.nanoTime() - t0;
            Set<String> excitable = new HashSet<>();
            mix.keySet().forEach(e -> {
                ElementLines el = lines.element(e);
                // present: an excited K or L3 shell whose strongest line is inside the analysed range
                for (Shell shell : new Shell[] {Shell.K, Shell.L3}) {
                    if (el.edge(shell).map(edge -> edge.excitedBy(excitation)).orElse(false)
                            && !el.linesOf(shell).isEmpty() && el.linesOf(shell).get(0).energyEv() > MIN_ENERGY_EV) {
                        excitable.add(e);
                    }
                }
            });
            Set<String> found = new HashSet<>(id.symbols());
            present += excitable.size();
            for (String e : excitable) {
                if (!found.contains(e)) {
                    missed++;
                    problems.add(String.format("missed %s at %.0f eV in %s; found %s; notes %s", e, excitation, mix, id.symbols(), id.notes().stream().filter(t -> mix.keySet().stream().anyMatch(m -> t.startsWith(m + ":")) || t.contains("improves")).toList()));
                }
            }
            for (String e : found) {
                if (!excitable.contains(e)) {
                    falses++;
                    problems.add(String.format("false %s at %.0f eV in %s", e, excitation, mix));
                }
            }
        }
        problems.forEach(System.out::println);
        System.out.printf("%d spectra, %d excitable elements present: %d missed, %d false; %.1f ms per spectrum%n",
                spectra, present, missed, falses, nanos / 1e6 / spectra);
    }
}
