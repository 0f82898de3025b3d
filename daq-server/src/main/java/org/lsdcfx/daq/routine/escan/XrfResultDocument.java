package org.lsdcfx.daq.routine.escan;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.bson.Document;
import org.lsdcfx.analysis.xrf.IdentifiedElement;
import org.lsdcfx.analysis.xrf.LineMatch;
import org.lsdcfx.analysis.xrf.XrfIdentification;
import org.lsdcfx.analysis.xrf.XrfPeak;
import org.lsdcfx.analysis.xrf.XrfSpectrum;

/**
 * The {@code result_obj} of an {@code xrfSpectrum} result (analysisstore has no typed payload for it, so it is stored
 * raw): {@code excitation_energy} (eV), {@code live_time} (s), {@code calibration {offset_eV, eV_per_channel}},
 * {@code spectrum} (counts per channel), {@code identified} (symbols, best first), {@code elements} ({@code symbol},
 * {@code z}, {@code score} (σ), {@code fitted_counts}, {@code shells}, {@code lines} with {@code line}, {@code label},
 * {@code energy}, {@code fitted_counts}, {@code observed_energy} or null), {@code peaks} and
 * {@code unexplained_peaks} ({@code energy}, {@code net_counts}, {@code significance}), {@code notes},
 * {@code dataFile}. Also the text file beside the data: one "energy counts" line per channel.
 */
final class XrfResultDocument {
    private XrfResultDocument() {
    }

    static Document of(XrfSpectrum spectrum, XrfIdentification id, Path file) {
        return new Document("excitation_energy", spectrum.excitationEnergyEv()).append("live_time", spectrum.liveTimeS())
                .append("calibration", new Document("offset_eV", spectrum.calibration().offsetEv())
                        .append("eV_per_channel", spectrum.calibration().gainEvPerChannel()))
                .append("spectrum", EnergyScanResults.list(spectrum.counts()))
                .append("identified", id.symbols())
                .append("elements", id.elements().stream().map(XrfResultDocument::element).toList())
                .append("peaks", peaks(id.peaks())).append("unexplained_peaks", peaks(id.unexplainedPeaks()))
                .append("notes", id.notes()).append("dataFile", file.toString());
    }

    static String text(XrfSpectrum spectrum, String title) {
        StringBuilder out = new StringBuilder("# ").append(title.replaceAll("\\R", " ")).append('\n');
        out.append(String.format(Locale.ROOT, "# excitation %.2f eV, live time %s s; columns: energy_eV counts%n",
                spectrum.excitationEnergyEv(), EnergyFormat.ev(spectrum.liveTimeS())));
        double[] counts = spectrum.counts();
        for (int c = 0; c < counts.length; c++) {
            out.append(String.format(Locale.ROOT, "%.2f %s%n", spectrum.energyEv(c), EnergyFormat.ev(counts[c])));
        }
        return out.toString();
    }

    /** "Se (134 σ), Zn (40 σ)" or "none". */
    static String summary(XrfIdentification id) {
        if (id.elements().isEmpty()) {
            return "no element identified";
        }
        return String.join(", ", id.elements().stream()
                .map(e -> String.format(Locale.ROOT, "%s (score %.0f σ)", e.symbol(), e.score())).toList());
    }

    private static Document element(IdentifiedElement e) {
        return new Document("symbol", e.symbol()).append("z", e.z()).append("score", e.score())
                .append("fitted_counts", e.fittedCounts())
                .append("shells", e.shells().stream().map(Enum::name).toList())
                .append("lines", e.lines().stream().map(XrfResultDocument::line).toList());
    }

    private static Document line(LineMatch m) {
        return new Document("line", m.line().name()).append("label", m.line().label()).append("energy", m.line().energyEv())
                .append("fitted_counts", m.fittedCounts()).append("observed_energy", m.observed() ? m.observedEnergyEv() : null);
    }

    private static List<Document> peaks(List<XrfPeak> peaks) {
        return peaks.stream().map(p -> new Document("energy", p.energyEv()).append("net_counts", p.netCounts())
                .append("significance", p.significance())).toList();
    }
}
