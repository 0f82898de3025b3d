package org.lsdcfx.analysis.escan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link ChoochResult} under LSDC's {@code choochResult} field names — the one place where the Java names
 * are translated. Energies in eV (rounded to 0.01 eV), f' and f'' in electrons (rounded to 0.001 e for the
 * picked values, 0.0001 e in the curves):
 *
 * <pre>
 * element, edge, edge_energy,
 * infl, fprime_infl, f2prime_infl, peak, fprime_peak, f2prime_peak,
 * remote, fprime_remote, f2prime_remote,
 * choochOutXAxis (energies), choochOutY1Axis (f''), choochOutY2Axis (f'),
 * choochInXAxis (scan energies), choochInYAxis (scan counts), warnings (list of strings)
 * </pre>
 *
 * Thread-safe (Jackson's ObjectMapper is, once configured).
 */
public final class ChoochJson {

    private final ObjectMapper mapper = new ObjectMapper();

    /** The fields in the order above; curve values as {@code List<Double>}. */
    public static Map<String, Object> fields(ChoochResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("element", r.element());
        m.put("edge", r.edge().name());
        m.put("edge_energy", round(r.edgeEnergyEv(), 100));
        m.put("infl", round(r.infl(), 100));
        m.put("fprime_infl", round(r.fprimeInfl(), 1000));
        m.put("f2prime_infl", round(r.f2primeInfl(), 1000));
        m.put("peak", round(r.peak(), 100));
        m.put("fprime_peak", round(r.fprimePeak(), 1000));
        m.put("f2prime_peak", round(r.f2primePeak(), 1000));
        m.put("remote", round(r.remote(), 100));
        m.put("fprime_remote", round(r.fprimeRemote(), 1000));
        m.put("f2prime_remote", round(r.f2primeRemote(), 1000));
        ChoochCurves c = r.curves();
        m.put("choochOutXAxis", list(c.energiesEv(), 100));
        m.put("choochOutY1Axis", list(c.f2prime(), 10000));
        m.put("choochOutY2Axis", list(c.fprime(), 10000));
        m.put("choochInXAxis", list(r.scan().energiesEv(), 0));
        m.put("choochInYAxis", list(r.scan().counts(), 0));
        m.put("warnings", r.warnings());
        return m;
    }

    /** One JSON object with {@link #fields}, on one line. */
    public String toJson(ChoochResult result) {
        try {
            return mapper.writeValueAsString(fields(result));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write the Chooch result as JSON", e);
        }
    }

    private static double round(double v, double scale) {
        return Math.round(v * scale) / scale;
    }

    /** scale 0 keeps the values as they are. */
    private static List<Double> list(double[] values, double scale) {
        List<Double> out = new ArrayList<>(values.length);
        for (double v : values) {
            out.add(scale == 0 ? v : round(v, scale));
        }
        return out;
    }
}
