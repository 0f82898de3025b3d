package org.lsdcfx.daq.raster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lsdcfx.amostra.NewRequest;
import org.lsdcfx.amostra.Priority;
import org.lsdcfx.amostra.Request;
import org.lsdcfx.amostra.RequestObj;
import org.lsdcfx.analysis.spots.DetectorGeometry;
import org.lsdcfx.analysis.spots.io.FrameIO;
import org.lsdcfx.daq.command.CommandReply;
import org.lsdcfx.daq.dataset.DatasetSettings;
import org.lsdcfx.daq.routine.ProtocolRegistry;
import org.lsdcfx.daq.routine.raster.RasterDef;
import org.lsdcfx.daq.routine.raster.RasterDefiner;
import org.lsdcfx.daq.routine.raster.RasterProtocols;
import org.lsdcfx.daq.routine.raster.RasterServices;
import org.lsdcfx.daq.routine.raster.RasterSettings;
import org.lsdcfx.daq.test.DaqTestBed;
import org.lsdcfx.daq.test.Seeds;
import org.lsdcfx.daq.test.SimHost;
import org.lsdcfx.datafiles.nxmx.NxmxBackend;
import org.lsdcfx.datafiles.nxmx.NxmxBackends;
import org.lsdcfx.sim.detector.BinaryFrameFormat;
import org.lsdcfx.sim.detector.FrameSize;
import org.lsdcfx.store.test.EmbeddedMongo;
import org.slf4j.LoggerFactory;

/**
 * Raster figures (not in the build): a 15 × 11 raster at 20 µm over the demo crystal, 256 × 256 frames; the routine
 * logs cells/s of the flight and the heat-map latency (last cell published after the detector finished); and, for
 * Eiger 4M (2070 × 2167) and 16M (4150 × 4371) 16-bit frames, spot finding on all cores beside the time to read each
 * frame once from NXmx files ({@link NxmxFrameBench}). Run with
 * {@code mvn -o -pl daq-server test -Dtest=RasterBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class RasterBenchmark {
    @RegisterExtension
    static EmbeddedMongo mongo = new EmbeddedMongo();

    @Test
    void spotFindingBesideNxmxReads() throws Exception {
        NxmxBackend backend = NxmxBackends.active().backend();
        NxmxFrameBench.run("4M", DetectorGeometry.eiger4M(200, 0.979), 8, backend);
        NxmxFrameBench.run("16M", DetectorGeometry.eiger16M(200, 0.979), 4, backend);
    }

    @Test
    void raster15x11() throws Exception {
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("org.lsdcfx.daq.routine.raster"))
                .setLevel(ch.qos.logback.classic.Level.INFO);
        try (SimHost sim = SimHost.start("RSB", 1.0, c -> c.withFrameSize(new FrameSize(256, 256)));
             RasterServices services = new RasterServices(new FrameIO(List.of(new BinaryFrameFormat())), 2,
                     DatasetSettings.defaults(), RasterSettings.defaults().withDataFileExtension("bin"))) {
            Files.createDirectories(sim.dataRoot().resolve("mx" + Seeds.PROPOSAL + "-1"));
            try (DaqTestBed bed = DaqTestBed.builder(mongo.connection()).simulator(sim).staff(DaqTestBed.ME)
                    .visitDirectory(sim.dataRoot())
                    .protocols(RasterProtocols.registerAll(new ProtocolRegistry(), services)).start()) {
                Seeds seeds = new Seeds(mongo.connection(), "sim", sim.dataRoot()).dewarWithSamples(1).mounted(0);
                RasterDef def = new RasterDefiner(6).define(300, 220, 20, new double[]{30, 20, -10, 0}, false);
                RequestObj obj = RequestObj.builder().protocol("raster").sweep(0, 0.1).exposureTime(0.1)
                        .files(sim.dataRoot().toString(), "mx" + Seeds.PROPOSAL + "-1", seeds.sample(0).name(), 1,
                                "PUCK-A", 1)
                        .set("rasterDef", def.toMap()).build();
                Request req = seeds.amostra().requests().create(new NewRequest(seeds.sample(0).uid(), Seeds.OWNER,
                        Seeds.PROPOSAL, Priority.DEFAULT_QUEUED, obj), Seeds.OWNER);
                long t0 = System.nanoTime();
                CommandReply end = bed.client().awaitFinal(bed.client().send("runDCQueue").id(), Duration.ofMinutes(5));
                assertEquals(CommandReply.Phase.DONE, end.phase(), end.reason());
                System.out.printf("raster %s: %d cells, request start to end %.1f s%n", req.uid(), def.numCells(),
                        (System.nanoTime() - t0) / 1e9);
            }
        }
    }
}
