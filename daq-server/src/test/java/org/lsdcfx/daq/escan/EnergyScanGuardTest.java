package org.lsdcfx.daq.escan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lsdcfx.amostra.Request;
import org.lsdcfx.amostra.RequestKeys;
import org.lsdcfx.amostra.RequestObj;
import org.lsdcfx.amostra.RequestStatus;
import org.lsdcfx.analysisstore.AnalysisStore;
import org.lsdcfx.daq.command.CommandChannel;
import org.lsdcfx.daq.command.CommandReply;
import org.lsdcfx.daq.command.CommandRequest;
import org.lsdcfx.daq.routine.ProtocolRegistry;
import org.lsdcfx.daq.routine.escan.EnergyScanProtocols;
import org.lsdcfx.daq.test.Calls;
import org.lsdcfx.daq.test.DaqTestBed;
import org.lsdcfx.daq.test.Seeds;
import org.lsdcfx.daq.test.StoreDump;
import org.lsdcfx.mxtools.profile.SimProfile;
import org.lsdcfx.store.test.EmbeddedMongo;

/**
 * Energy-scan inputs checked by the command guard over PVA ({@code queueEnergyScan}): unknown element (known ones
 * listed), an edge outside the monochromator range, zero steps, a negative step size, and more, each refused with its
 * reason and nothing written to the store; a good scan stored with LSDC's request_obj fields. And the same rules at
 * run time: a request edited in the store with bad values fails with exactly the guard's reason and never runs.
 */
class EnergyScanGuardTest {
    @RegisterExtension
    static EmbeddedMongo mongo = new EmbeddedMongo();

    private DaqTestBed start() {
        ProtocolRegistry protocols = new ProtocolRegistry();
        EnergyScanProtocols.registerAll(protocols, SimProfile.load());
        return DaqTestBed.builder(mongo.connection()).staff(DaqTestBed.ME).protocols(protocols).start();
    }

    /** Sends queueEnergyScan for sample 0 with these keyword arguments, checks the refusal wrote nothing, returns the reason. */
    private static String refusal(DaqTestBed bed, Seeds seeds, Object... keysAndValues) {
        String before = StoreDump.dump(mongo.connection());
        String reason = Calls.expect(bed.client(), CommandChannel.SERIAL, CommandReply.Phase.REJECTED,
                scan(bed, seeds, keysAndValues)).reason();
        assertEquals(before, StoreDump.dump(mongo.connection()), "a refused command writes nothing");
        return reason;
    }

    static CommandRequest scan(DaqTestBed bed, Seeds seeds, Object... keysAndValues) {
        Map<String, Object> kwargs = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            kwargs.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return new CommandRequest("queueEnergyScan", List.of(seeds.sample(0).uid()), kwargs, bed.client().newId());
    }

    @Test
    void badInputsAreRejectedWithReasonsAndNothingIsWritten() {
        try (DaqTestBed bed = start()) {
            Seeds seeds = new Seeds(mongo.connection(), "sim", bed.visitDirectory()).dewarWithSamples(1);

            String unknown = refusal(bed, seeds, "element", "Xx");
            assertTrue(unknown.startsWith("unknown element 'Xx' for an energy scan; known edges: Mn K, Fe K"), unknown);
            assertTrue(unknown.contains("Se K") && unknown.contains("Pb L3"), unknown);

            String outOfRange = refusal(bed, seeds, "element", "I");
            assertEquals("the I L3 edge (4557.1 eV) is outside the monochromator range 5000-18000 eV of SIM", outOfRange);

            assertEquals("steps must be 10 to 2000 (Chooch needs at least 10 points), got 0",
                    refusal(bed, seeds, "element", "Se", "steps", 0));
            assertEquals("stepsize must be more than 0 and at most 50 eV, got -1 eV", refusal(bed, seeds, "element", "Se", "stepsize", -1));
            assertEquals("exposure_time must be more than 0 and at most 60 s per point, got 0 s",
                    refusal(bed, seeds, "element", "Se", "exposure_time", 0));
            assertEquals("no L3 edge theory for Se; Se scans use: Se K", refusal(bed, seeds, "element", "Se", "edge", "L3"));
            assertTrue(refusal(bed, seeds, "element", "Se", "edge", "M5").startsWith("unknown edge 'M5'"));
            String offCentre = refusal(bed, seeds, "element", "Se", "scanEnergy", 12700);
            assertTrue(offCentre.startsWith("the scan 12680-12720 eV does not reach far enough around the Se K edge (12657.8 eV)"),
                    offCentre);
            String beyondMono = refusal(bed, seeds, "element", "Br", "steps", 2000, "stepsize", 5);
            assertTrue(beyondMono.startsWith("the scan 8476.2-18471.2 eV is outside the monochromator range"), beyondMono);
            String roi = refusal(bed, seeds, "element", "Se", "mcaRoiLo", 0, "mcaRoiHi", 50);
            assertEquals("the MCA ROI, channels 0-50 (0-500 eV), does not contain the Se Kα1 line (11222 eV, channel 1122)", roi);
            assertTrue(refusal(bed, seeds, "element", "Se", "mcaRoiLo", 1200, "mcaRoiHi", 1100).startsWith(
                    "mcaRoiLo/mcaRoiHi must satisfy 0 <= mcaRoiLo <= mcaRoiHi <= 2047, got 1200/1100"));
            assertEquals("attenuation must be a transmission more than 0 and at most 1, got 2",
                    refusal(bed, seeds, "element", "Se", "attenuation", 2));

            // type errors are the guard's own
            assertTrue(refusal(bed, seeds, "element", "Se", "steps", 10.5).contains("argument 'steps' must be a whole number"));
            assertTrue(refusal(bed, seeds, "element", "Se1").contains("argument 'element'"));
            assertTrue(Calls.rejected(bed.client(), "queueEnergyScan", "../x", "Se").contains("argument 'sampID'"));
        }
    }

    @Test
    void aGoodScanIsStoredWithLsdcFieldsQueuedOrNot() {
        try (DaqTestBed bed = start()) {
            Seeds seeds = new Seeds(mongo.connection(), "sim", bed.visitDirectory()).dewarWithSamples(1);
            String reply = Calls.done(bed.client(), "queueEnergyScan", seeds.sample(0).uid(), "se").reason();
            assertTrue(reply.contains("Se K, 12637.8-12677.8 eV, 41 points of 1 eV, 1 s each, MCA ROI 1097-1147, queued"), reply);
            List<Request> requests = seeds.amostra().requests().forSample(seeds.sample(0).uid());
            assertEquals(1, requests.size());
            Request r = requests.get(0);
            assertEquals(RequestStatus.QUEUED, r.status());
            RequestObj obj = r.requestObj();
            assertEquals("eScan", obj.protocol());
            assertEquals("Se", obj.element());
            assertEquals("K", obj.getString("edge"));
            assertEquals(12657.8, obj.getDouble(RequestKeys.SCAN_ENERGY), 1e-9);
            assertEquals(41, obj.getInt(RequestKeys.STEPS));
            assertEquals(1.0, obj.getDouble(RequestKeys.STEPSIZE));
            assertEquals(1.0, obj.exposureTime());
            assertEquals(1097, obj.getInt(RequestKeys.MCA_ROI_LO));
            assertEquals(1147, obj.getInt(RequestKeys.MCA_ROI_HI));
            assertTrue(obj.getFlag(RequestKeys.RUN_CHOOCH));
            assertFalse(obj.has(RequestKeys.ATTENUATION), "no attenuation given: the scan leaves the attenuators alone");
            assertEquals(bed.visitDirectory().toString(), obj.basePath());
            assertEquals("xtal-1", obj.filePrefix());
            assertEquals(1, obj.runNum());
            assertTrue(obj.directory().endsWith("/mx" + Seeds.PROPOSAL + "-1/xtal-1/1/PUCK-A_1/"), obj.directory());

            Calls.expect(bed.client(), CommandChannel.SERIAL, CommandReply.Phase.DONE, scan(bed, seeds, "element", "Zn", "edge", "K",
                    "steps", 61, "stepsize", 0.5, "exposure_time", 2.0, "attenuation", 0.25, "queue", false));
            Request zn = seeds.amostra().requests().forSample(seeds.sample(0).uid()).get(1);
            assertEquals(RequestStatus.UNQUEUED, zn.status());
            assertEquals(2, zn.requestObj().runNum());
            assertEquals(0.25, zn.requestObj().attenuation());
            assertEquals(61, zn.requestObj().getInt(RequestKeys.STEPS));
        }
    }

    @Test
    void aRequestEditedInTheStoreWithBadValuesFailsWithTheGuardsReasonAndNeverRuns() throws Exception {
        try (DaqTestBed bed = start()) {
            Seeds seeds = new Seeds(mongo.connection(), "sim", bed.visitDirectory()).dewarWithSamples(1).mounted(0);
            List<Object[]> cases = List.of(new Object[] {"element", "Se", "steps", 0}, new Object[] {"element", "Xx"},
                    new Object[] {"element", "Se", "stepsize", -1}, new Object[] {"element", "I"});
            for (Object[] c : cases) {
                String guardReason = refusal(bed, seeds, c);
                Request edited = storeEdited(seeds, c);
                String summary = Calls.done(bed.client(), "runDCQueue").reason();
                assertTrue(summary.startsWith("0 done, 1 failed"), summary);
                Request failed = seeds.reload(edited);
                assertEquals(RequestStatus.FAILED, failed.status());
                assertEquals(guardReason, failed.statusReason(), "same reason as the guard for " + List.of(c));
            }
            assertTrue(new AnalysisStore(mongo.connection(), Clock.systemUTC(), "sim")
                    .forSample(seeds.sample(0).uid()).isEmpty(), "nothing ran: no result stored");
            try (Stream<Path> files = Files.list(bed.visitDirectory())) {
                assertEquals(0, files.count(), "nothing ran: no data directory was claimed");
            }
        }
    }

    /** A queued eScan request written straight into the store (as a script or an old GUI would), bypassing the guard. */
    private static Request storeEdited(Seeds seeds, Object[] keysAndValues) {
        Request good = seeds.request(0, "eScan");
        RequestObj obj = good.requestObj().with(RequestKeys.EXPOSURE_TIME, 1.0);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            obj = obj.with((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        seeds.amostra().requests().update(good.uid(), good.version(), obj, "script");
        return seeds.reload(good);
    }
}
