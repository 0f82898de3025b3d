package org.lsdcfx.daq.routine.escan;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.bson.Document;
import org.lsdcfx.analysis.escan.ChoochCurves;
import org.lsdcfx.analysis.escan.ChoochResult;
import org.lsdcfx.analysis.escan.ScanData;
import org.lsdcfx.analysisstore.AnalysisStore;
import org.lsdcfx.analysisstore.Result;
import org.lsdcfx.analysisstore.ResultContext;
import org.lsdcfx.analysisstore.payload.XrfSpectrumResult;
import org.lsdcfx.analysisstore.payload.EScanResult;
import org.lsdcfx.analysisstore.payload.ResultTypes;
import org.lsdcfx.daq.routine.RoutineRequest;

/**
 * Stores an energy scan and its analysis in analysisstore under LSDC's names: {@code eScanResult} (the scan) and
 * {@code choochResult} with LSDC's fields ({@code infl}, {@code fprime_infl}, {@code f2prime_infl}, {@code peak},
 * {@code fprime_peak}, {@code f2prime_peak}, the curves) plus {@code remote}, {@code fprime_remote},
 * {@code f2prime_remote} and, beside them, {@code element}, {@code edge}, {@code edge_energy}, {@code warnings},
 * {@code eScanResult} (uid) and {@code dataFile}. The typed {@code ChoochResult} payload reads it. Thread-safe.
 */
final class EnergyScanResults {

    private final AnalysisStore store;
    private final ResultContext context;

    EnergyScanResults(AnalysisStore store, RoutineRequest request) {
        this.store = store;
        this.context = ResultContext.forRequest(request.request().owner(), request.sample().uid(), request.uid(),
                request.request().proposalID());
    }

    Result storeScan(ScanEdge edge, ScanData scan, Path file) {
        return store.create(context, ResultTypes.E_SCAN_RESULT, new EScanResult(edge.element(), edge.edge().name(),
                list(scan.energiesEv()), list(scan.counts()), file.toString()));
    }

    Result storeChooch(ChoochResult r, Result scanResult, Path file) {
        ChoochCurves c = r.curves();
        org.lsdcfx.analysisstore.payload.ChoochResult payload = new org.lsdcfx.analysisstore.payload.ChoochResult(
                point(r.infl(), r.fprimeInfl(), r.f2primeInfl()), point(r.peak(), r.fprimePeak(), r.f2primePeak()),
                point(r.remote(), r.fprimeRemote(), r.f2primeRemote()),
                new org.lsdcfx.analysisstore.payload.ChoochResult.Curves(list(c.energiesEv()), list(c.f2prime()),
                        list(c.fprime()), list(r.scan().energiesEv()), list(r.scan().counts())));
        Document doc = payload.toDocument().append("element", r.element()).append("edge", r.edge().name())
                .append("edge_energy", r.edgeEnergyEv()).append("remote_inside_scan", r.remoteInsideScan())
                .append("warnings", r.warnings()).append("eScanResult", scanResult.uid()).append("dataFile", file.toString());
        return store.create(ResultTypes.CHOOCH_RESULT.resultType(), context, doc);
    }

    Result storeXrf(XrfSpectrumResult result) {
        return store.create(context, ResultTypes.XRF_SPECTRUM, result);
    }

    private static org.lsdcfx.analysisstore.payload.ChoochResult.EnergyPoint point(double e, double fp, double fpp) {
        return new org.lsdcfx.analysisstore.payload.ChoochResult.EnergyPoint(e, fp, fpp);
    }

    static List<Double> list(double[] values) {
        return Arrays.stream(values).boxed().toList();
    }
}
