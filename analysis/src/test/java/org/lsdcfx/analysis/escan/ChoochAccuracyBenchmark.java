package org.lsdcfx.analysis.escan;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.lsdcfx.analysis.escan.synthetic.EdgeFeatures;
import org.lsdcfx.analysis.escan.synthetic.FluorescenceSignal;
import org.lsdcfx.analysis.escan.synthetic.SyntheticEdgeModel;
import org.lsdcfx.analysis.escan.synthetic.SyntheticScanGenerator;
import org.lsdcfx.analysis.escan.synthetic.WhiteLine;

/**
 * Prints the analysis errors (eV, electrons) for every shipped edge over many noisy synthetic scans, and the
 * time per analysis. Not run by the build: {@code mvn -o -pl analysis test -Dtest=ChoochAccuracyBenchmark}.
 */
class ChoochAccuracyBenchmark {

    private static final int SEEDS = 20;

    @Test
    void printVariants() {
        ElementTables tables = ElementTables.fromClasspath();
        ChoochAnalysis analysis = new ChoochAnalysis(tables, ChoochConfig.defaults());
        System.out.printf("%-6s %-28s %8s %8s %8s %8s%n", "edge", "variant (-20..+20/1 eV)", "|dInfl|", "max", "|dPeak|", "max");
        for (String element : new String[] {"Se", "Pt"}) {
            Edge edge = tables.defaultEdge(element);
            AnomalousTable table = tables.table(element, edge);
            Object[][] variants = {
                {"low counts (500/e)", new WhiteLine(2, 2, 1.5), 0.0, new FluorescenceSignal(500, 200, 0.3)},
                {"very low counts (100/e)", new WhiteLine(2, 2, 1.5), 0.0, new FluorescenceSignal(100, 50, 0.1)},
                {"edge shifted +4 eV", new WhiteLine(2, 2, 1.5), 4.0, FluorescenceSignal.typical()},
                {"edge shifted -3 eV", new WhiteLine(2, 2, 1.5), -3.0, FluorescenceSignal.typical()},
                {"no white line", WhiteLine.NONE, 0.0, FluorescenceSignal.typical()},
                {"strong white line", new WhiteLine(1.5, 6, 1.2), 0.0, FluorescenceSignal.typical()},
            };
            for (Object[] v : variants) {
                SyntheticEdgeModel model = new SyntheticEdgeModel(table, (WhiteLine) v[1], (double) v[2], 1.5);
                SyntheticScanGenerator generator = new SyntheticScanGenerator(model, (FluorescenceSignal) v[3]);
                EdgeFeatures truth = model.features(table.edgeEnergyEv() - 15, table.edgeEnergyEv() + 15);
                double sumInfl = 0, maxInfl = 0, sumPeak = 0, maxPeak = 0;
                for (int seed = 0; seed < SEEDS; seed++) {
                    ChoochResult r = analysis.analyse(generator.scan(-20, 20, 1, new SplittableRandom(seed)), element, edge);
                    double dInfl = Math.abs(r.infl() - truth.inflectionEv());
                    double dPeak = Math.abs(r.peak() - truth.peakEv());
                    sumInfl += dInfl;
                    maxInfl = Math.max(maxInfl, dInfl);
                    sumPeak += dPeak;
                    maxPeak = Math.max(maxPeak, dPeak);
                }
                System.out.printf("%-6s %-28s %8.3f %8.3f %8.3f %8.3f%n", table.key().label(), v[0],
                        sumInfl / SEEDS, maxInfl, sumPeak / SEEDS, maxPeak);
            }
        }
    }

    @Test
    void printErrors() {
        ElementTables tables = ElementTables.fromClasspath();
        ChoochAnalysis analysis = new ChoochAnalysis(tables, ChoochConfig.defaults());
        System.out.printf("%-6s %-22s %8s %8s %8s %8s %8s %8s %7s%n", "edge", "scan", "|dInfl|", "max", "|dPeak|",
                "max", "|df'|", "|df''|", "ms");
        for (EdgeKey key : tables.available()) {
            boolean l3 = key.edge() == Edge.L3;
            WhiteLine white = l3 ? new WhiteLine(3, 4, 3) : new WhiteLine(2, 2, 1.5);
            for (double[] scanSpec : new double[][] {{-20, 20, 1}, {-60, 80, 0.5}}) {
                SyntheticEdgeModel model = new SyntheticEdgeModel(tables.table(key.element(), key.edge()), white, 0, 1.5);
                SyntheticScanGenerator generator = new SyntheticScanGenerator(model, FluorescenceSignal.typical());
                EdgeFeatures truth = model.features(key.edgeEnergyEv() - 15, key.edgeEnergyEv() + 15);
                double sumInfl = 0, maxInfl = 0, sumPeak = 0, maxPeak = 0, sumF1 = 0, sumF2 = 0;
                long nanos = 0;
                for (int seed = 0; seed < SEEDS; seed++) {
                    ScanData scan = generator.scan(scanSpec[0], scanSpec[1], scanSpec[2], new SplittableRandom(seed));
                    long t0 = System.nanoTime();
                    ChoochResult r = analysis.analyse(scan, key.element(), key.edge());
                    nanos += System.nanoTime() - t0;
                    double dInfl = Math.abs(r.infl() - truth.inflectionEv());
                    double dPeak = Math.abs(r.peak() - truth.peakEv());
                    sumInfl += dInfl;
                    maxInfl = Math.max(maxInfl, dInfl);
                    sumPeak += dPeak;
                    maxPeak = Math.max(maxPeak, dPeak);
                    sumF1 += Math.abs(r.fprimeInfl() - truth.fprimeInfl());
                    sumF2 += Math.abs(r.f2primePeak() - truth.f2primePeak());
                }
                System.out.printf("%-6s %-22s %8.3f %8.3f %8.3f %8.3f %8.3f %8.3f %7.1f%n", key.label(),
                        String.format("%+.0f..%+.0f/%.1f eV", scanSpec[0], scanSpec[1], scanSpec[2]),
                        sumInfl / SEEDS, maxInfl, sumPeak / SEEDS, maxPeak, sumF1 / SEEDS, sumF2 / SEEDS,
                        nanos / 1e6 / SEEDS);
            }
        }
    }
}
