package org.lsdcfx.daq.escan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lsdcfx.amostra.Request;
import org.lsdcfx.amostra.RequestStatus;
import org.lsdcfx.analysis.escan.ScanData;
import org.lsdcfx.analysis.escan.ScanFiles;
import org.lsdcfx.analysisstore.AnalysisStore;
import org.lsdcfx.analysisstore.Result;
import org.lsdcfx.analysisstore.payload.ChoochResult;
import org.lsdcfx.analysisstore.payload.EScanResult;
import org.lsdcfx.analysisstore.payload.ResultTypes;
import org.lsdcfx.daq.comm.CommPvNames;
import org.lsdcfx.daq.command.CommandChannel;
import org.lsdcfx.daq.command.CommandReply;
import org.lsdcfx.daq.command.CommandRequest;
import org.lsdcfx.daq.routine.CurrentRequest;
import org.lsdcfx.daq.test.Await;
import org.lsdcfx.daq.test.Calls;
import org.lsdcfx.daq.test.DaqTestBed;
import org.lsdcfx.daq.test.Seeds;
import org.lsdcfx.daq.test.SimHost;
import org.lsdcfx.store.test.EmbeddedMongo;

/**
 * The {@code eScan} protocol end to end over PVA on the simulated beamline (its MCA follows a Se K edge at 12658 eV):
 * request queued through the guarded command, {@code runDCQueue}, the scan file in the visit directory, the
 * {@code eScanResult} and {@code choochResult} in analysisstore with the edge found where the simulator put it,
 * {@code choochResultFlag}, governor and shutter back; the monochromator far from the edge moved or refused by policy;
 * an abort mid-scan.
 */
class EnergyScanTest {
    /** The simulator's Se K edge (beamline-sim AbsorptionEdge.SE_K): step inflection and white-line maximum. */
    static final double SIM_EDGE_EV = 12658.0;
    static final double SIM_WHITE_LINE_EV = 12661.0;
    private static final Duration WAIT = Duration.ofSeconds(20);
    @RegisterExtension
    static EmbeddedMongo mongo = new EmbeddedMongo();
    static SimHost sim;

    @BeforeAll
    static void startSimulator() throws Exception {
        sim = SimHost.start("EST", 0.01);
    }

    @AfterAll
    static void stopSimulator() throws Exception {
        sim.close();
    }

    @Test
    void seScanFromFarAwayMovesTheMonochromatorFindsTheEdgeAndStoresEverything() throws Exception {
        try (DaqTestBed bed = EscanBench.start(mongo.connection(), sim, EscanBench.farMoves(sim))) {
            Seeds seeds = new Seeds(mongo.connection(), "sim", bed.visitDirectory()).dewarWithSamples(1).mounted(0);
            Calls.done(bed.client(), "set_energy", 12000);
            Calls.done(bed.client(), "queueEnergyScan", seeds.sample(0).uid(), "Se");
            String summary = Calls.done(bed.client(), "runDCQueue").reason();
            assertTrue(summary.startsWith("1 done, 0 failed"), summary);
            Request request = seeds.amostra().requests().forSample(seeds.sample(0).uid()).get(0);
            assertEquals(RequestStatus.DONE, request.status());

            AnalysisStore results = EscanBench.results(mongo.connection());
            Result scanResult = results.latest(request.uid(), "eScanResult").orElseThrow();
            EScanResult scan = scanResult.payload(ResultTypes.E_SCAN_RESULT);
            assertEquals("Se", scan.element());
            assertEquals("K", scan.edge());
            assertEquals(41, scan.energies().size());
            assertEquals(12637.8, scan.energies().get(0), 1e-6);
            assertEquals(12677.8, scan.energies().get(40), 1e-6);

            Path file = Path.of(scan.dataFile());
            assertTrue(file.startsWith(bed.visitDirectory().toRealPath()), file + " inside the visit directory");
            assertTrue(file.toString().endsWith("/mx" + Seeds.PROPOSAL + "-1/xtal-1/1/PUCK-A_1/xtal-1_Se-K_escan.txt"), file.toString());
            List<String> lines = Files.readAllLines(file);
            assertEquals(41 + 2, lines.size(), "title, point count, 41 points");
            assertEquals("41", lines.get(1));
            assertTrue(lines.subList(2, lines.size()).stream().allMatch(l -> l.split(" ").length == 2), "two columns");
            ScanData fromFile = ScanFiles.read(file);
            assertArrayEquals(scan.energies().stream().mapToDouble(Double::doubleValue).toArray(), fromFile.energiesEv());
            assertArrayEquals(scan.counts().stream().mapToDouble(Double::doubleValue).toArray(), fromFile.counts());
            double below = fromFile.count(0);
            double above = fromFile.count(40);
            assertTrue(above > 5 * below, "the edge step is in the counts: " + below + " -> " + above);

            Result choochDoc = results.latest(request.uid(), "choochResult").orElseThrow();
            ChoochResult chooch = choochDoc.payload(ResultTypes.CHOOCH_RESULT);
            double inflError = chooch.inflection().energy() - SIM_EDGE_EV;
            double peakError = chooch.peak().energy() - SIM_WHITE_LINE_EV;
            System.out.printf("Se K on the simulator: inflection %.2f eV (%+.2f from %.0f), peak %.2f eV (%+.2f from %.0f)%n",
                    chooch.inflection().energy(), inflError, SIM_EDGE_EV, chooch.peak().energy(), peakError, SIM_WHITE_LINE_EV);
            assertTrue(Math.abs(inflError) <= 3, "inflection " + chooch.inflection().energy());
            assertTrue(Math.abs(peakError) <= 3, "peak " + chooch.peak().energy());
            assertTrue(chooch.inflection().fprime() < -5, "f' dips at the inflection: " + chooch.inflection().fprime());
            assertTrue(chooch.peak().f2prime() > 3, "f'' peaks on the white line: " + chooch.peak().f2prime());
            assertEquals(12657.8 + 100, chooch.remote().energy(), 0.01, "remote = tabulated edge + 100 eV");
            Document raw = choochDoc.resultObj();
            assertEquals("Se", raw.getString("element"));
            assertEquals("K", raw.getString("edge"));
            assertEquals(scanResult.uid(), raw.getString("eScanResult"));
            assertEquals(41, chooch.curves().inEnergies().size());
            assertTrue(chooch.curves().outEnergies().size() > 300, "curves on a 0.1 eV grid");
            assertEquals(choochDoc.uid(), bed.pvs().string(CommPvNames.CHOOCH_RESULT_FLAG));
            assertTrue(Files.isRegularFile(file.resolveSibling("xtal-1_Se-K_chooch.efs")), "curves beside the scan");

            assertEquals("SA", EscanBench.governor(bed, sim), "governor back in SA");
            assertEquals(0, EscanBench.shutter(bed, sim), "shutter closed");
            assertEquals(12677.8, EscanBench.energy(sim), 0.5, "moved from 12000 eV to the scan and through it");

            // "use these energies" on the real result
            String mad = Calls.done(bed.client(), "createMadRequests", choochDoc.uid()).reason();
            assertTrue(mad.startsWith("3 standard request(s) for xtal-1: peak"), mad);
            List<Request> madRequests = seeds.amostra().requests().forSample(seeds.sample(0).uid()).stream()
                    .filter(r -> r.requestObj().protocol().equals("standard")).toList();
            assertEquals(3, madRequests.size());
            assertEquals(Map.of("peak", chooch.peak().energy(), "infl", chooch.inflection().energy(),
                    "remote", chooch.remote().energy()), madRequests.stream().collect(Collectors.toMap(
                    r -> r.requestObj().getString("madEnergy"), r -> r.requestObj().energy())));
        }
    }

    @Test
    void farFromTheEdgeUnderLsdcPolicyIsRefusedBeforeAnythingMovesAndNearItMoves() {
        try (DaqTestBed bed = EscanBench.start(mongo.connection(), sim, EscanBench.lsdcPolicy(sim))) {
            Seeds seeds = new Seeds(mongo.connection(), "sim", bed.visitDirectory()).dewarWithSamples(1).mounted(0);
            Calls.done(bed.client(), "set_energy", 12000);
            String governorBefore = EscanBench.governor(bed, sim);
            Calls.done(bed.client(), "queueEnergyScan", seeds.sample(0).uid(), "Se");
            String summary = Calls.done(bed.client(), "runDCQueue").reason();
            assertTrue(summary.startsWith("0 done, 1 failed"), summary);
            Request refused = seeds.amostra().requests().forSample(seeds.sample(0).uid()).get(0);
            assertEquals(RequestStatus.FAILED, refused.status());
            assertEquals("the monochromator is at 12000 eV, 657.8 eV from the Se K edge scan (12657.8 eV); this beamline moves it"
                    + " at most 20 eV for a scan (profile extra eScanMaxEnergyMoveEv): set the energy first (set_energy 12657.8)",
                    refused.statusReason());
            assertEquals(12000, EscanBench.energy(sim), 0.5, "the monochromator did not move");
            assertEquals(governorBefore, EscanBench.governor(bed, sim), "the governor did not move");
            assertTrue(EscanBench.results(mongo.connection()).forRequest(refused.uid()).isEmpty());

            Calls.done(bed.client(), "set_energy", 12645); // 12.8 eV from the edge: LSDC's window
            Calls.done(bed.client(), "queueEnergyScan", seeds.sample(0).uid(), "Se");
            String second = Calls.done(bed.client(), "runDCQueue").reason();
            assertTrue(second.startsWith("1 done, 0 failed"), second);
        }
    }

    @Test
    void aScanOfAnElementTheSampleLacksFailsSayingSoAndKeepsTheScan() throws Exception {
        try (DaqTestBed bed = EscanBench.start(mongo.connection(), sim, EscanBench.farMoves(sim))) {
            Seeds seeds = new Seeds(mongo.connection(), "sim", bed.visitDirectory()).dewarWithSamples(1).mounted(0);
            assertFalse(sim.sim().controls().elements().containsKey("Cu"), "the simulated sample (Se, Zn, Fe) has no Cu");
            Calls.done(bed.client(), "queueEnergyScan", seeds.sample(0).uid(), "Cu");
            String summary = Calls.done(bed.client(), "runDCQueue").reason();
            assertTrue(summary.startsWith("0 done, 1 failed"), summary);
            Request failed = seeds.amostra().requests().forSample(seeds.sample(0).uid()).get(0);
            assertEquals(RequestStatus.FAILED, failed.status());
            assertTrue(failed.statusReason().startsWith("the Chooch analysis failed: "), failed.statusReason());
            Result scanResult = EscanBench.results(mongo.connection()).latest(failed.uid(), "eScanResult").orElseThrow();
            assertTrue(failed.statusReason().endsWith("(the scan is saved in " + scanResult.payload(ResultTypes.E_SCAN_RESULT).dataFile()
                    + ", eScanResult " + scanResult.uid() + ")"), failed.statusReason());
            assertTrue(Files.isRegularFile(Path.of(scanResult.payload(ResultTypes.E_SCAN_RESULT).dataFile())));
            assertFalse(EscanBench.results(mongo.connection()).latest(failed.uid(), "choochResult").isPresent());
            assertEquals("SA", EscanBench.governor(bed, sim));
            assertEquals(0, EscanBench.shutter(bed, sim));
        }
    }

    @Test
    void abortMidScanStopsWithinBoundedTimeClosesTheShutterAndInterruptsTheRequest() {
        try (DaqTestBed bed = EscanBench.start(mongo.connection(), sim, EscanBench.farMoves(sim))) {
            Seeds seeds = new Seeds(mongo.connection(), "sim", bed.visitDirectory()).dewarWithSamples(1).mounted(0);
            // 20 s per point: 0.2 s at the simulator's time scale, about 8 s for the scan
            Calls.expect(bed.client(), CommandChannel.SERIAL, CommandReply.Phase.DONE, EnergyScanGuardTest.scan(bed, seeds,
                    "element", "Se", "exposure_time", 20));
            CommandRequest run = bed.client().request("runDCQueue");
            assertEquals(CommandReply.Phase.ACCEPTED, bed.client().send(CommandChannel.SERIAL, run, Calls.TIMEOUT).phase());
            Await.until(WAIT, () -> step(bed).contains("point 3 of 41"), () -> "the scan at point 3 (" + step(bed) + ")");

            long t0 = System.nanoTime();
            CommandReply abort = Calls.doneImmediate(bed.client(), "abort_data_collection");
            CommandReply end = bed.client().awaitFinal(run.id(), WAIT);
            double abortMs = (System.nanoTime() - t0) / 1e6;
            System.out.printf("eScan abort: queue ended %.0f ms after the abort command%n", abortMs);

            assertTrue(abort.reason().startsWith("abort requested"), abort.reason());
            assertEquals(CommandReply.Phase.FAILED, end.phase());
            assertTrue(end.reason().startsWith("aborted:"), end.reason());
            assertTrue(abortMs < 3000, "abort to queue end took " + abortMs + " ms");
            Request interrupted = seeds.amostra().requests().forSample(seeds.sample(0).uid()).get(0);
            assertEquals(RequestStatus.INTERRUPTED, interrupted.status());
            assertEquals(0, EscanBench.shutter(bed, sim), "shutter closed");
            assertEquals("SA", EscanBench.governor(bed, sim), "governor back in SA after the abort");
            assertFalse(EscanBench.results(mongo.connection()).latest(interrupted.uid(), "choochResult").isPresent());
            assertFalse(EscanBench.results(mongo.connection()).latest(interrupted.uid(), "eScanResult").isPresent());
        }
    }

    @Test
    void pauseHoldsTheScanWithTheShutterClosedAndContinueFinishesIt() {
        try (DaqTestBed bed = EscanBench.start(mongo.connection(), sim, EscanBench.farMoves(sim))) {
            Seeds seeds = new Seeds(mongo.connection(), "sim", bed.visitDirectory()).dewarWithSamples(1).mounted(0);
            Calls.expect(bed.client(), CommandChannel.SERIAL, CommandReply.Phase.DONE, EnergyScanGuardTest.scan(bed, seeds,
                    "element", "Se", "exposure_time", 10));
            CommandRequest run = bed.client().request("runDCQueue");
            assertEquals(CommandReply.Phase.ACCEPTED, bed.client().send(CommandChannel.SERIAL, run, Calls.TIMEOUT).phase());
            Await.until(WAIT, () -> step(bed).contains("point 2 of 41"), () -> "the scan at point 2 (" + step(bed) + ")");

            Calls.doneImmediate(bed.client(), "pause_data_collection");
            bed.pvs().awaitString(CommPvNames.QUEUE_STATE, "Paused", WAIT);
            // the count under way finishes (0.1 s here), then the scan holds at its checkpoint with the shutter closed
            Await.until(WAIT, () -> EscanBench.shutter(bed, sim) == 0, "shutter closed while paused");
            // The point under way may still publish its counts after the shutter closed: read where the scan holds
            // once a heartbeat has passed (the count is 0.1 s), then check that it stays there.
            int settle = bed.pvs().integer(CommPvNames.HEARTBEAT);
            Await.until(WAIT, () -> bed.pvs().integer(CommPvNames.HEARTBEAT) >= settle + 1, "a heartbeat while paused");
            String heldAt = step(bed);
            int beat = bed.pvs().integer(CommPvNames.HEARTBEAT);
            Await.until(WAIT, () -> bed.pvs().integer(CommPvNames.HEARTBEAT) >= beat + 2, "two heartbeats (~2 s, ~20 points unpaused)");
            assertEquals(heldAt, step(bed), "the scan held");
            assertEquals(0, EscanBench.shutter(bed, sim), "no beam on the sample while paused");
            assertEquals("XF", EscanBench.governor(bed, sim), "still in the fluorescence configuration");
            Calls.doneImmediate(bed.client(), "continue_data_collection");
            CommandReply end = bed.client().awaitFinal(run.id(), WAIT);

            assertEquals(CommandReply.Phase.DONE, end.phase(), end.reason());
            Request done = seeds.amostra().requests().forSample(seeds.sample(0).uid()).get(0);
            assertEquals(RequestStatus.DONE, done.status());
            EScanResult scan = EscanBench.results(mongo.connection()).latest(done.uid(), "eScanResult").orElseThrow()
                    .payload(ResultTypes.E_SCAN_RESULT);
            assertEquals(41, scan.counts().size(), "every point measured once, held at '" + heldAt + "'");
        }
    }

    private static String step(DaqTestBed bed) {
        String json = bed.pvs().string(CommPvNames.CURRENT_REQUEST);
        return json.isEmpty() ? "" : CurrentRequest.fromJson(json).step();
    }
}
