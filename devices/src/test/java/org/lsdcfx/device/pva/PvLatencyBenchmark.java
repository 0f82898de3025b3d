package org.lsdcfx.device.pva;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lsdcfx.device.motor.Motor;
import org.lsdcfx.device.test.SimulatedBeamline;

import java.time.Duration;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * Prints device-layer latencies against the simulator (run with {@code -Dtest=PvLatencyBenchmark}): a fresh PV read,
 * a put-callback, a small motor move and a governor transition. Figures only, no asserts.
 */
class PvLatencyBenchmark {
    @RegisterExtension
    static SimulatedBeamline sim = new SimulatedBeamline("LB", 0.001);

    @Test
    void latencies() {
        PvChannel rbv = new PvChannel(sim.client(), "bench", sim.profile().motor("omega").pv() + ".RBV",
                Duration.ofSeconds(5), false);
        rbv.connectAsync().join();
        PvChannel set = new PvChannel(sim.client(), "bench", sim.profile().pv("transmissionSet"),
                Duration.ofSeconds(5), false);
        set.connectAsync().join();
        report("read (GET)", 200, () -> rbv.read(Duration.ofSeconds(5)));
        report("put-callback", 200, () -> {
            set.put(0.5);
            return null;
        });
        Motor omega = sim.beamline().goniometer().omega();
        double[] step = {1};
        report("omega move 1 deg (0.011 s simulated x 0.001)", 50, () -> {
            step[0] = -step[0];
            return omega.moveAndWait(omega.position() + step[0], Duration.ofSeconds(5));
        });
        rbv.close();
        set.close();
    }

    private static void report(String what, int n, Supplier<Object> op) {
        for (int i = 0; i < 5; i++) {
            op.get();
        }
        double[] ms = new double[n];
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            op.get();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("%-45s median %7.2f ms  p90 %7.2f ms  max %7.2f ms%n", what, ms[n / 2],
                ms[(int) (n * 0.9)], ms[n - 1]);
    }
}
