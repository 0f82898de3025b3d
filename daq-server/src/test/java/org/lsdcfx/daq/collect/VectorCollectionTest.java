package org.lsdcfx.daq.collect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lsdcfx.amostra.Request;
import org.lsdcfx.amostra.RequestStatus;
import org.lsdcfx.daq.command.CommandReply;
import org.lsdcfx.daq.routine.collect.CollectionServices;
import org.lsdcfx.daq.test.SimHost;
import org.lsdcfx.sim.detector.FrameSize;
import org.lsdcfx.store.test.EmbeddedMongo;

/**
 * {@code vector}: the sample translates from vecStart to vecEnd during the rotation; the master carries the sample
 * position of every frame ({@code sam_x/y/z} on the omega rotation), continuous or in {@code fpp} wedges, and the
 * goniometer ends at the vector's end.
 */
class VectorCollectionTest {
    private static final Duration WAIT = Duration.ofSeconds(60);
    @RegisterExtension
    static EmbeddedMongo mongo = new EmbeddedMongo();
    static SimHost sim;

    @BeforeAll
    static void startSimulator() throws Exception {
        sim = CollectionBed.simulator("VCT", 0.01, new FrameSize(32, 32));
    }

    @AfterAll
    static void stopSimulator() throws Exception {
        sim.close();
    }

    private static Map<String, Object> vector(double[] start, double[] end, int wedges) {
        return Map.of("vecStart", Map.of("x", start[0], "y", start[1], "z", start[2]),
                "vecEnd", Map.of("x", end[0], "y", end[1], "z", end[2]), "fpp", wedges);
    }

    private JsonNode collect(CollectionBed c, int wedges) throws Exception {
        Request r = c.queue(0, c.builder(0, "vector").sweep(0, 20).imgWidth(1.0).exposureTime(0.05)
                .set("vectorParams", vector(new double[] {0, 10, -5}, new double[] {40, -10, 15}, wedges)));
        CommandReply end = c.runQueue(WAIT);
        assertEquals(CommandReply.Phase.DONE, end.phase(), end.reason());
        Request done = c.reload(r);
        assertEquals(RequestStatus.DONE, done.status(), done.statusReason());
        return H5py.describe(Path.of(done.requestObj().directory()).resolve("xtal-1_1_master.h5"));
    }

    @Test
    void aContinuousVectorRecordsTheSamplePositionOfEveryFrame() throws Exception {
        H5py.assumeAvailable();
        try (CollectionBed c = CollectionBed.start(mongo.connection(), sim, CollectionServices.builder().build(), 1)) {
            JsonNode d = collect(c, 1);
            assertEquals(20, d.get("frames").get("count").asInt());
            double[] x = new double[20];
            double[] y = new double[20];
            double[] z = new double[20];
            for (int i = 0; i < 20; i++) {
                x[i] = 40.0 * i / 20;
                y[i] = 10 - 20.0 * i / 20;
                z[i] = -5 + 20.0 * i / 20;
            }
            assertArrayEquals(x, H5py.doubles(H5py.node(d, "/entry/sample/transformations/sam_x").get("value")), 1e-9);
            assertArrayEquals(y, H5py.doubles(H5py.node(d, "/entry/sample/transformations/sam_y").get("value")), 1e-9);
            assertArrayEquals(z, H5py.doubles(H5py.node(d, "/entry/sample/transformations/sam_z").get("value")), 1e-9);
            assertEquals("um", H5py.node(d, "/entry/sample/transformations/sam_x").get("attrs").get("units").asText());
            assertEquals("/entry/sample/transformations/sam_x", H5py.node(d, "/entry/sample/depends_on").get("value").asText());
            assertEquals("/entry/sample/transformations/omega",
                    H5py.node(d, "/entry/sample/transformations/sam_z").get("attrs").get("depends_on").asText());
            assertEquals(40.0, sim.sim().controls().motorPosition("sampleX"), 0.5, "the goniometer ends at vecEnd");
            assertEquals(-10.0, sim.sim().controls().motorPosition("sampleY"), 0.5);
        }
    }

    @Test
    void wedgesCollectEachPartAtOnePointFromStartToEnd() throws Exception {
        H5py.assumeAvailable();
        try (CollectionBed c = CollectionBed.start(mongo.connection(), sim, CollectionServices.builder().build(), 1)) {
            JsonNode d = collect(c, 4);
            double[] x = H5py.doubles(H5py.node(d, "/entry/sample/transformations/sam_x").get("value"));
            double[] expected = new double[20];
            for (int i = 0; i < 20; i++) {
                expected[i] = 40.0 * (i / 5) / 3; // wedge i/5 of 4, the first at vecStart, the last at vecEnd
            }
            assertArrayEquals(expected, x, 1e-9);
            assertEquals(40.0, sim.sim().controls().motorPosition("sampleX"), 0.5, "the last wedge is at vecEnd");
        }
    }
}
