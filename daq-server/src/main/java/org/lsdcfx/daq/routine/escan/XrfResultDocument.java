package org.lsdcfx.daq.routine.escan;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.lsdcfx.analysis.xrf.IdentifiedElement;
import org.lsdcfx.analysisstore.payload.XrfSpectrumResult;
import org.lsdcfx.analysis.xrf.LineMatch;
import org.lsdcfx.analysis.xrf.XrfIdentification;
import org.lsdcfx.analysis.xrf.XrfPeak;
import org.lsdcfx.analysis.xrf.XrfSpectrum;

/**
 * Builds the typed {@code xrfSpectrum} result ({@link XrfSpectrumResult}: excitation energy, live time, calibration,
 * counts per channel, identified elements with their lines, peaks, unexplained peaks, notes, data file) and the text
 * file beside the data: one "energy counts" line per channel.
 */
final class XrfResultDocument {
    private XrfResultDocument() {
    }

    static XrfSpectrumResult of(XrfSpectrum spectrum, XrfIdentification id, Path file) {
        return new XrfSpectrumResult(spectrum.excitationEnergyEv(), spectrum.liveTimeS(),
                new XrfSpectrumResult.Calibration(spectrum.calibration().offsetEv(),
                        spectrum.calibration().gainEvPerChannel()),
                EnergyScanResults.list(spectrum.counts()), id.symbols(),
                id.elements().stream().map(XrfResultDocument::element).toList(), peaks(id.peaks()),
                peaks(id.unexplainedPeaks()), id.notes(), file.toString());
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

    private static XrfSpectrumResult.Element element(IdentifiedElement e) {
        return new XrfSpectrumResult.Element(e.symbol(), e.z(), e.score(), e.fittedCounts(),
                e.shells().stream().map(Enum::name).toList(), e.lines().stream().map(XrfResultDocument::line).toList());
    }

    private static XrfSpectrumResult.Line line(LineMatch m) {
        return new XrfSpectrumResult.Line(m.line().name(), m.line().label(), m.line().energyEv(), m.fittedCounts(),
                m.observed() ? m.observedEnergyEv() : null);
    }

    private static List<XrfSpectrumResult.Peak> peaks(List<XrfPeak> peaks) {
        return peaks.stream().map(p -> new XrfSpectrumResult.Peak(p.energyEv(), p.netCounts(), p.significance()))
                .toList();
    }
}
