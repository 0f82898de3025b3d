package org.lsdcfx.daq.routine.escan;

import java.util.Locale;
import org.lsdcfx.analysis.escan.ChoochCurves;
import org.lsdcfx.analysis.escan.ChoochResult;

/** The analysed curves as a text file beside the scan (Chooch's {@code .efs}: energy, f'', f') and a one-line summary. */
final class ChoochCurvesFile {
    private ChoochCurvesFile() {
    }

    static String format(ChoochResult r) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(r.element()).append(' ').append(r.edge()).append(" edge ").append(EnergyFormat.ev(r.edgeEnergyEv()))
                .append(" eV; ").append(summary(r)).append('\n');
        out.append("# energy_eV f'' f'\n");
        ChoochCurves c = r.curves();
        double[] e = c.energiesEv();
        double[] f2 = c.f2prime();
        double[] f1 = c.fprime();
        for (int i = 0; i < e.length; i++) {
            out.append(String.format(Locale.ROOT, "%.2f %.4f %.4f%n", e[i], f2[i], f1[i]));
        }
        return out.toString();
    }

    /** "Se K: inflection 12658.3 eV (f' -9.12, f'' 2.1), peak 12661.0 eV (...), remote 12757.8 eV (...)". */
    static String summary(ChoochResult r) {
        String s = String.format(Locale.ROOT, "%s %s: inflection %.2f eV (f' %.2f, f'' %.2f), peak %.2f eV (f' %.2f, f'' %.2f),"
                        + " remote %.2f eV (f' %.2f, f'' %.2f)", r.element(), r.edge(), r.infl(), r.fprimeInfl(), r.f2primeInfl(),
                r.peak(), r.fprimePeak(), r.f2primePeak(), r.remote(), r.fprimeRemote(), r.f2primeRemote());
        return r.warnings().isEmpty() ? s : s + "; warnings: " + String.join("; ", r.warnings());
    }
}
