package org.lsdcfx.daq.escan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lsdcfx.amostra.Container;
import org.lsdcfx.amostra.NewSample;
import org.lsdcfx.amostra.Request;
import org.lsdcfx.amostra.RequestKeys;
import org.lsdcfx.amostra.RequestObj;
import org.lsdcfx.amostra.RequestStatus;
import org.lsdcfx.amostra.Sample;
import org.lsdcfx.analysisstore.Result;
import org.lsdcfx.analysisstore.ResultContext;
import org.lsdcfx.analysisstore.payload.ChoochResult;
import org.lsdcfx.analysisstore.payload.ChoochResult.Curves;
import org.lsdcfx.analysisstore.payload.ChoochResult.EnergyPoint;
import org.lsdcfx.analysisstore.payload.EScanResult;
import org.lsdcfx.analysisstore.payload.ResultTypes;
import org.lsdcfx.daq.routine.ProtocolRegistry;
import org.lsdcfx.daq.routine.escan.EnergyScanProtocols;
import org.lsdcfx.daq.test.Calls;
import org.lsdcfx.daq.test.DaqTestBed;
import org.lsdcfx.daq.test.Seeds;
import org.lsdcfx.daq.test.StoreDump;
import org.lsdcfx.mxtools.profile.SimProfile;
import org.lsdcfx.store.test.EmbeddedMongo;

/**
 * {@code createMadRequests} ("use these energies") over PVA: from a stored Chooch result to peak, inflection and
 * remote standard requests for the scanned sample in one command; subsets, unqueued, long prefixes; bad result uids
 * and bad choices refused with nothing written.
 */
class MadRequestsTest {
    private static final double INFL = 12658.37;
    private static final double PEAK = 12661.2;
    private static final double REMOTE = 12757.8;
    @RegisterExtension
    static EmbeddedMongo mongo = new EmbeddedMongo();

    private DaqTestBed start() {
        ProtocolRegistry protocols = new ProtocolRegistry();
        EnergyScanProtocols.registerAll(protocols, SimProfile.load());
        return DaqTestBed.builder(mongo.connection()).staff(DaqTestBed.ME).protocols(protocols).start();
    }

    /** The sample's eScan request (through the command) and a Chooch result on it, as the eScan routine stores it. */
    private static Result scanned(DaqTestBed bed, Sample sample, EnergyPoint remote) {
        Calls.done(bed.client(), "queueEnergyScan", sample.uid(), "Se");
        Seeds seeds = new Seeds(mongo.connection(), "sim", bed.visitDirectory());
        Request scan = seeds.amostra().requests().forSample(sample.uid()).stream()
                .filter(r -> r.requestObj().protocol().equals("eScan")).findFirst().orElseThrow();
        seeds.amostra().requests().update(scan.uid(), scan.version(), scan.requestObj().with(RequestKeys.POS_X, 12.5)
                .with(RequestKeys.CENTERING_OPTION, "AutoLoop"), "staff");
        ChoochResult chooch = new ChoochResult(new EnergyPoint(INFL, -9.1, 2.0), new EnergyPoint(PEAK, -6.5, 5.2), remote,
                new Curves(List.of(12650.0, 12660.0), List.of(0.5, 4.0), List.of(-5.0, -7.0), List.of(12650.0, 12660.0),
                        List.of(100.0, 900.0)));
        return EscanBench.results(mongo.connection()).create(ResultContext.forRequest(Seeds.OWNER, sample.uid(), scan.uid(),
                Seeds.PROPOSAL), ResultTypes.CHOOCH_RESULT, chooch);
    }

    private static List<Request> standard(Seeds seeds, Sample sample) {
        return seeds.amostra().requests().forSample(sample.uid()).stream()
                .filter(r -> r.requestObj().protocol().equals("standard")).toList();
    }

    @Test
    void threeStandardRequestsAtThePeakInflectionAndRemoteEnergiesInOneCommand() {
        try (DaqTestBed bed = start()) {
            Seeds seeds = new Seeds(mongo.connection(), "sim", bed.visitDirectory()).dewarWithSamples(1);
            Sample sample = seeds.sample(0);
            Result result = scanned(bed, sample, new EnergyPoint(REMOTE, -4.0, 3.8));

            String reply = Calls.done(bed.client(), "createMadRequests", result.uid()).reason();
            assertTrue(reply.matches("3 standard request\\(s\\) for xtal-1: peak 12661.2 eV \\(.+\\), infl 12658.37 eV \\(.+\\),"
                    + " remote 12757.8 eV \\(.+\\); queued"), reply);
            List<Request> mad = standard(seeds, sample);
            assertEquals(3, mad.size());
            Map<String, RequestObj> byRole = mad.stream().collect(Collectors.toMap(r -> r.requestObj().getString("madEnergy"),
                    Request::requestObj));
            assertEquals(Map.of("peak", PEAK, "infl", INFL, "remote", REMOTE),
                    byRole.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().energy())));
            for (Map.Entry<String, RequestObj> e : byRole.entrySet()) {
                RequestObj obj = e.getValue();
                assertEquals(12398.42 / obj.energy(), obj.wavelength(), 1e-9, "wavelength follows the energy");
                assertEquals("xtal-1_" + e.getKey(), obj.filePrefix());
                assertEquals(sample.uid(), obj.sample());
                assertEquals(result.uid(), obj.getString("choochResult"));
                assertEquals(12.5, obj.posX(), "the scan request's saved centre is kept");
                assertEquals("AutoLoop", obj.centeringOption());
                assertEquals(bed.visitDirectory().toString(), obj.basePath());
                assertEquals("mx" + Seeds.PROPOSAL + "-1", obj.visitName());
                assertTrue(obj.directory().endsWith("/xtal-1_" + e.getKey() + "/" + obj.runNum() + "/PUCK-A_1/"), obj.directory());
                // the rotation comes from the beamline's screen defaults (conftrak screen_default_*, stdTrans)
                assertEquals(0.0, obj.sweepStart());
                assertEquals(180.0, obj.sweepEnd());
                assertEquals(0.1, obj.imgWidth());
                assertEquals(0.02, obj.exposureTime());
                assertEquals(300.0, obj.detDist());
                assertEquals(0.1, obj.attenuation());
            }
            assertEquals(Set.of(2, 3, 4), mad.stream().map(r -> r.requestObj().runNum()).collect(Collectors.toSet()),
                    "each request has its own run (1 went to the scan)");
            assertTrue(mad.stream().allMatch(r -> r.status() == RequestStatus.QUEUED && r.priority() == 5000));
            assertTrue(mad.stream().allMatch(r -> r.owner().equals(Seeds.OWNER) && r.proposalID() == Seeds.PROPOSAL));
        }
    }

    @Test
    void aChosenSubsetUnqueuedAndLongPrefixesShortenedToLsdcsLimit() {
        try (DaqTestBed bed = start()) {
            Seeds seeds = new Seeds(mongo.connection(), "sim", bed.visitDirectory()).dewarWithSamples(1);
            Container puck = seeds.amostra().containers().byName("PUCK-A").orElseThrow();
            Sample longName = seeds.amostra().samples().create(new NewSample("abcdefghijklmnopqrstuvwxy", Seeds.OWNER,
                    Seeds.PROPOSAL), Seeds.OWNER);
            seeds.amostra().containers().insert(puck.uid(), 2, longName.uid(), Seeds.OWNER);
            Result result = scanned(bed, longName, new EnergyPoint(REMOTE, -4.0, 3.8));

            Calls.done(bed.client(), "createMadRequests", result.uid(), "remote, infl", false);
            List<Request> mad = standard(seeds, longName);
            assertEquals(2, mad.size());
            assertTrue(mad.stream().allMatch(r -> r.status() == RequestStatus.UNQUEUED));
            assertEquals(Set.of("abcdefghijklmnopqr_remote", "abcdefghijklmnopqrst_infl"),
                    mad.stream().map(r -> r.requestObj().filePrefix()).collect(Collectors.toSet()));
        }
    }

    @Test
    void badResultUidsAndChoicesAreRefusedAndNothingIsWritten() {
        try (DaqTestBed bed = start()) {
            Seeds seeds = new Seeds(mongo.connection(), "sim", bed.visitDirectory()).dewarWithSamples(1);
            Result noRemote = scanned(bed, seeds.sample(0), null);
            Result scanResult = EscanBench.results(mongo.connection()).create(ResultContext.forSample(Seeds.OWNER,
                    seeds.sample(0).uid(), Seeds.PROPOSAL), ResultTypes.E_SCAN_RESULT,
                    new EScanResult("Se", "K", List.of(12650.0), List.of(10.0), ""));
            String before = StoreDump.dump(mongo.connection());

            assertTrue(Calls.rejected(bed.client(), "createMadRequests", "../etc").startsWith("argument 'choochResultUid'"));
            assertEquals("argument 'which' takes a comma-separated list of peak,infl,remote, not 'foo'",
                    Calls.rejected(bed.client(), "createMadRequests", noRemote.uid(), "peak,foo"));
            assertEquals("argument 'which' names peak twice", Calls.rejected(bed.client(), "createMadRequests", noRemote.uid(), "peak,peak"));
            assertEquals("there is no analysis result 0000-no-such-result",
                    Calls.failed(bed.client(), "createMadRequests", "0000-no-such-result"));
            assertEquals("result " + scanResult.uid() + " has result_type eScanResult, not choochResult",
                    Calls.failed(bed.client(), "createMadRequests", scanResult.uid()));
            assertEquals("Chooch result " + noRemote.uid() + " has no remote energy",
                    Calls.failed(bed.client(), "createMadRequests", noRemote.uid()));
            assertEquals(before, StoreDump.dump(mongo.connection()), "nothing written");

            Calls.done(bed.client(), "createMadRequests", noRemote.uid(), "peak,infl");
            assertEquals(2, standard(seeds, seeds.sample(0)).size(), "without a remote, peak and inflection still work");
        }
    }
}
