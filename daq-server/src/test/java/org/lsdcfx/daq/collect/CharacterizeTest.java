package org.lsdcfx.daq.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lsdcfx.amostra.Priority;
import org.lsdcfx.amostra.Request;
import org.lsdcfx.amostra.RequestStatus;
import org.lsdcfx.analysis.synth.VirtualCrystal;
import org.lsdcfx.analysisstore.Result;
import org.lsdcfx.daq.command.CommandReply;
import org.lsdcfx.daq.routine.collect.CollectionServices;
import org.lsdcfx.daq.routine.collect.strategy.ResolutionGeometry;
import org.lsdcfx.daq.test.SimHost;
import org.lsdcfx.mxtools.profile.DetectorSpec;
import org.lsdcfx.sim.detector.FrameSize;
import org.lsdcfx.store.test.EmbeddedMongo;

/**
 * {@code characterize}: two reference images 90° apart (89° + width, as LSDC), spot finding on the frames read back
 * from their NXmx files, a {@code characterizationStrategy} result whose distance follows LSDC's exact formula from the
 * spots' resolution, and a new unqueued standard request carrying the strategy. Without a crystal in the beam the
 * request fails saying so.
 */
class CharacterizeTest {
    private static final Duration WAIT = Duration.ofSeconds(60);
    @RegisterExtension
    static EmbeddedMongo mongo = new EmbeddedMongo();
    static SimHost sim;

    @BeforeAll
    static void startSimulator() throws Exception {
        sim = CollectionBed.simulator("CHT", 0.01, new FrameSize(128, 128));
    }

    @AfterAll
    static void stopSimulator() throws Exception {
        sim.close();
    }

    private Request characterize(CollectionBed c) {
        return c.queue(0, c.builder(0, "characterize").sweep(30, 31).imgWidth(1.0).exposureTime(0.1).attenuation(0.4)
                .set("characterizationParams", Map.of("aimed_completeness", 0.99, "aimed_multiplicity", "auto",
                        "aimed_resolution", 3.0, "aimed_ISig", 2.0)));
    }

    @Test
    void referenceImagesGiveAStrategyResultAndAnUnqueuedStandardRequest() throws Exception {
        H5py.assumeAvailable();
        try (CollectionBed c = CollectionBed.start(mongo.connection(), sim, CollectionServices.builder().build(), 1)) {
            Request r = characterize(c);
            CommandReply end = c.runQueue(WAIT);
            assertEquals(CommandReply.Phase.DONE, end.phase(), end.reason());
            Request done = c.reload(r);
            assertEquals(RequestStatus.DONE, done.status(), done.statusReason());
            Path dir = Path.of(done.requestObj().directory());
            JsonNode first = H5py.describe(dir.resolve("ref-xtal-1_1_master.h5"));
            JsonNode second = H5py.describe(dir.resolve("ref-xtal-1_2_master.h5"));
            assertEquals(1, first.get("frames").get("count").asInt());
            assertEquals(1, second.get("frames").get("count").asInt());
            assertEquals(30.0, H5py.node(first, "/entry/sample/transformations/omega").get("value").get(0).asDouble(), 1e-9);
            assertEquals(120.0, H5py.node(second, "/entry/sample/transformations/omega").get("value").get(0).asDouble(), 1e-9,
                    "start + 89 + width");

            List<Result> results = c.results().forRequest(r.uid(), "characterizationStrategy");
            assertEquals(1, results.size());
            Document obj = results.get(0).resultObj();
            Document indexing = obj.get("indexing", Document.class);
            Document strategy = obj.get("strategy", Document.class);
            assertEquals(false, indexing.getBoolean("indexed"), "the heuristic does not index");
            assertTrue(indexing.getInteger("spots") >= 10, indexing.toJson());
            double dMin = indexing.getDouble("dMin");
            DetectorSpec d = sim.profile().detector();
            double radius = Math.min(d.nx(), d.ny()) * d.pixelSizeMm() / 2;
            double distance = ResolutionGeometry.distanceFor(12398.42 / CollectionBed.SIM_ENERGY, radius, dMin, 0);
            double clamped = Math.max(100, Math.min(1000, distance)); // the SIM detector distance motor's range
            assertEquals(clamped, strategy.getDouble("detDist"), 0.06, "L = r / tan(2 asin(lambda / 2d)) in the motor range");
            assertEquals(30.0, strategy.getDouble("sweep_start"));
            assertEquals(210.0, strategy.getDouble("sweep_end"));
            assertEquals(0.2, strategy.getDouble("img_width"));
            assertEquals(0.1, strategy.getDouble("exposure_time"));
            assertEquals(0.4, strategy.getDouble("attenuation"));
            assertTrue(Files.readString(Path.of(obj.getString("log"))).contains("strategy by lsdcfx-heuristic"));

            List<Request> created = c.amostra().requests().forSample(c.sample(0).uid()).stream()
                    .filter(x -> !x.uid().equals(r.uid())).toList();
            assertEquals(1, created.size());
            Request next = created.get(0);
            assertEquals(Priority.UNQUEUED, next.priority());
            assertEquals(RequestStatus.UNQUEUED, next.status());
            assertEquals("standard", next.requestObj().protocol());
            assertEquals(strategy.getDouble("detDist"), next.requestObj().detDist());
            assertEquals(0.2, next.requestObj().imgWidth());
            assertEquals(r.uid(), next.requestObj().parentReqID().orElseThrow());
            assertTrue(!next.requestObj().has("characterizationParams") && !next.requestObj().has("directory"));
        }
    }

    @Test
    void withoutACrystalInTheBeamNoStrategyIsProposed() throws Exception {
        List<VirtualCrystal> crystals = sim.sim().controls().crystals();
        sim.sim().controls().clearCrystals();
        try (CollectionBed c = CollectionBed.start(mongo.connection(), sim, CollectionServices.builder().build(), 1)) {
            Request r = characterize(c);
            c.runQueue(WAIT);
            Request failed = c.reload(r);
            assertEquals(RequestStatus.FAILED, failed.status());
            assertTrue(failed.statusReason().startsWith("characterisation found no strategy: only "), failed.statusReason());
            assertEquals(1, c.amostra().requests().forSample(c.sample(0).uid()).size(), "no new request");
        } finally {
            sim.sim().controls().setCrystals(crystals);
        }
    }
}
