package org.lsdcfx.daq.escan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lsdcfx.amostra.Request;
import org.lsdcfx.analysisstore.payload.ChoochResult;
import org.lsdcfx.analysisstore.payload.ResultTypes;
import org.lsdcfx.daq.command.CommandChannel;
import org.lsdcfx.daq.command.CommandReply;
import org.lsdcfx.daq.test.Calls;
import org.lsdcfx.daq.test.DaqTestBed;
import org.lsdcfx.daq.test.Seeds;
import org.lsdcfx.daq.test.SimHost;
import org.lsdcfx.sim.physics.AbsorptionEdge;
import org.lsdcfx.store.test.EmbeddedMongo;

/**
 * Accuracy of the whole eScan chain on the simulated beamline (not run by the build): repeated Se K scans through the
 * daq server (PVA, MCA, Chooch-equivalent analysis, analysisstore), peak and inflection compared with the features of
 * the simulator's own yield curve ({@link AbsorptionEdge#SE_K}: arctan step at 12658 eV plus a white line). Prints
 * figures, asserts nothing. Run:
 *
 * <pre>flock /tmp/daq-build.lock mvn -o -pl daq-server test -Dtest=EnergyScanBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
class EnergyScanBenchmark {
    private static final int REPEATS = 10;
    @RegisterExtension
    static EmbeddedMongo mongo = new EmbeddedMongo();

    @Test
    void seKScansOnTheSimulator() throws Exception {
        double[] truth = simulatorFeatures(AbsorptionEdge.SE_K);
        System.out.printf(Locale.ROOT, "simulator Se K yield: steepest rise %.2f eV, maximum %.2f eV%n", truth[0], truth[1]);
        try (SimHost sim = SimHost.start("ESB", 0.01);
             DaqTestBed bed = EscanBench.start(mongo.connection(), sim, EscanBench.farMoves(sim))) {
            Seeds seeds = new Seeds(mongo.connection(), "sim", bed.visitDirectory()).dewarWithSamples(1).mounted(0);
            run(bed, seeds, truth, "41 x 1 eV, 1 s (LSDC default)", "steps", 41, "stepsize", 1.0);
            run(bed, seeds, truth, "81 x 0.5 eV, 1 s", "steps", 81, "stepsize", 0.5);
            run(bed, seeds, truth, "41 x 1 eV, 0.1 s (low counts)", "steps", 41, "stepsize", 1.0, "exposure_time", 0.1);
        }
    }

    private static void run(DaqTestBed bed, Seeds seeds, double[] truth, String label, Object... kwargs) {
        List<Double> infl = new ArrayList<>();
        List<Double> peak = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int i = 0; i < REPEATS; i++) {
            Object[] all = new Object[kwargs.length + 2];
            all[0] = "element";
            all[1] = "Se";
            System.arraycopy(kwargs, 0, all, 2, kwargs.length);
            Calls.expect(bed.client(), CommandChannel.SERIAL, CommandReply.Phase.DONE, EnergyScanGuardTest.scan(bed, seeds, all));
            Calls.done(bed.client(), "runDCQueue");
            Request done = seeds.amostra().requests().forSample(seeds.sample(0).uid()).stream()
                    .filter(r -> r.requestObj().protocol().equals("eScan")).reduce((a, b) -> a.time() >= b.time() ? a : b).orElseThrow();
            ChoochResult c = EscanBench.results(mongo.connection()).latest(done.uid(), "choochResult").orElseThrow()
                    .payload(ResultTypes.CHOOCH_RESULT);
            infl.add(c.inflection().energy());
            peak.add(c.peak().energy());
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "%-32s inflection mean %.2f eV, |Δ| vs steepest rise mean %.2f max %.2f; peak mean %.2f eV,"
                        + " |Δ| vs maximum mean %.2f max %.2f; %.2f s per scan (time scale 0.01)%n", label, mean(infl),
                meanAbs(infl, truth[0]), maxAbs(infl, truth[0]), mean(peak), meanAbs(peak, truth[1]), maxAbs(peak, truth[1]),
                seconds / REPEATS);
    }

    /** The steepest rise and the maximum of the simulator's yield, on a 0.01 eV grid around the edge. */
    private static double[] simulatorFeatures(AbsorptionEdge edge) {
        double steepest = 0;
        double slope = -1;
        double top = 0;
        double max = -1;
        for (double e = edge.edgeEv() - 20; e <= edge.edgeEv() + 20; e += 0.01) {
            double y = edge.yield(e);
            double s = (edge.yield(e + 0.005) - edge.yield(e - 0.005)) / 0.01;
            if (s > slope) {
                slope = s;
                steepest = e;
            }
            if (y > max) {
                max = y;
                top = e;
            }
        }
        return new double[] {steepest, top};
    }

    private static double mean(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    private static double meanAbs(List<Double> v, double truth) {
        return v.stream().mapToDouble(x -> Math.abs(x - truth)).average().orElse(Double.NaN);
    }

    private static double maxAbs(List<Double> v, double truth) {
        return v.stream().mapToDouble(x -> Math.abs(x - truth)).max().orElse(Double.NaN);
    }
}
