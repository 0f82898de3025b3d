package org.lsdcfx.daq.collect;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lsdcfx.amostra.Request;
import org.lsdcfx.amostra.RequestStatus;
import org.lsdcfx.daq.command.CommandReply;
import org.lsdcfx.daq.routine.collect.CollectionServices;
import org.lsdcfx.daq.test.SimHost;
import org.lsdcfx.mxtools.profile.BeamlineProfile;
import org.lsdcfx.sim.detector.FrameSize;
import org.lsdcfx.store.test.EmbeddedMongo;

/**
 * Software overhead of a 3,600-frame {@code standard} dataset against the simulated hardware time, at time scale 1
 * with tiny frames (16 × 16) so that writing pixels costs little. Not part of the build; run with
 * {@code mvn -o -pl daq-server test -Dtest=CollectionOverheadBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * ({@code -Dbench.frames=}, {@code -Dbench.period=} to change the dataset).
 *
 * <p>Hardware time is what the simulated devices need at least, from the profile: the series (frames × period), the
 * attenuator (0.5 s), omega to the start at its speed, the governor SA → DA (parallel with arming, so it counts once)
 * and DA → SA at the end. The request's wall time comes from the store (start_time → end_time: from "running" to
 * "done", after the mount); the acquisition window from the master ({@code start_time} at arming, {@code end_time}
 * at the last frame).
 */
class CollectionOverheadBenchmark {
    @RegisterExtension
    static EmbeddedMongo mongo = new EmbeddedMongo();

    @Test
    void overheadOfA3600FrameDataset() throws Exception {
        int frames = Integer.getInteger("bench.frames", 3600);
        double period = Double.parseDouble(System.getProperty("bench.period", "0.005"));
        double width = 0.1;
        try (SimHost sim = CollectionBed.simulator("COB", 1.0, new FrameSize(16, 16));
             CollectionBed c = CollectionBed.start(mongo.connection(), sim, CollectionServices.builder().build(), 1)) {
            Request r = c.queue(0, c.builder(0, "standard").sweep(0, frames * width).imgWidth(width).exposureTime(period)
                    .attenuation(1.0));
            long t0 = System.nanoTime();
            CommandReply end = c.runQueue(Duration.ofMinutes(10));
            double queueSeconds = (System.nanoTime() - t0) / 1e9;
            Request done = c.reload(r);
            if (end.phase() != CommandReply.Phase.DONE || done.status() != RequestStatus.DONE) {
                throw new AssertionError("the benchmark dataset failed: " + end.reason() + " / " + done.statusReason());
            }
            double request = done.endTime() - done.startTime();
            BeamlineProfile p = sim.profile();
            double governor = p.governor().transitionSeconds();
            double series = frames * period;
            double omegaMove = 0; // omega starts at 0, the sweep's start
            double hardware = series + 0.5 + omegaMove + governor + governor;
            String acquisition = "n/a (h5py missing)";
            if (H5py.available()) {
                JsonNode d = H5py.describe(Path.of(done.requestObj().directory()).resolve("xtal-1_1_master.h5"));
                double window = seconds(H5py.node(d, "/entry/end_time")) - seconds(H5py.node(d, "/entry/start_time"));
                acquisition = String.format(Locale.ROOT, "%.2f s from arming to the last frame (series %.2f s + governor"
                        + " %.1f s in parallel with arming): %.3f s beyond", window, series, governor,
                        window - series - governor);
            }
            System.out.printf(Locale.ROOT, "%n=== CollectionOverheadBenchmark: %d frames x %.4f s (time scale 1, 16x16) ===%n",
                    frames, period);
            System.out.printf(Locale.ROOT, "request running -> done (store): %.2f s%n", request);
            System.out.printf(Locale.ROOT, "simulated hardware time: %.2f s (series %.2f, attenuator 0.50, omega %.2f,"
                    + " governor 2 x %.1f)%n", hardware, series, omegaMove, governor);
            System.out.printf(Locale.ROOT, "software overhead: %.2f s = %.1f %% of the hardware time, %.2f ms per frame%n",
                    request - hardware, 100 * (request - hardware) / hardware, 1000 * (request - hardware) / frames);
            System.out.printf(Locale.ROOT, "acquisition: %s%n", acquisition);
            System.out.printf(Locale.ROOT, "whole queue (mount, collect, unmount): %.2f s%n%n", queueSeconds);
        }
    }

    private static double seconds(JsonNode node) {
        Instant t = Instant.parse(node.get("value").asText());
        return t.getEpochSecond() + t.getNano() / 1e9;
    }
}
