package org.lsdcfx.analysisstore.payload;

import java.util.ArrayList;
import java.util.List;
import org.bson.Document;

/**
 * An MCA fluorescence spectrum and the elements identified in it ({@code result_type "xrfSpectrum"}), so the GUI can
 * plot the spectrum with the fitted lines without reading the data file.
 *
 * @param excitationEnergy  monochromator energy during the count, eV
 * @param liveTime          counting live time, s
 * @param calibration       channel → energy calibration
 * @param spectrum          counts per channel
 * @param identified        element symbols identified, best first
 * @param elements          per element: score, fitted counts and lines
 * @param peaks             every peak found
 * @param unexplainedPeaks  peaks no identified element explains
 * @param notes             remarks of the identifier (e.g. "Se K lines above the excitation energy")
 * @param dataFile          text file the spectrum was also written to, or empty
 */
public record XrfSpectrumResult(double excitationEnergy, double liveTime, Calibration calibration,
                                List<Double> spectrum, List<String> identified, List<Element> elements,
                                List<Peak> peaks, List<Peak> unexplainedPeaks, List<String> notes, String dataFile)
        implements ResultPayload {

    public XrfSpectrumResult {
        if (!(excitationEnergy > 0) || calibration == null || spectrum == null || spectrum.isEmpty()) {
            throw new IllegalArgumentException("an XRF spectrum needs an excitation energy > 0, a calibration and counts");
        }
        spectrum = List.copyOf(spectrum);
        identified = List.copyOf(identified);
        elements = List.copyOf(elements);
        peaks = List.copyOf(peaks);
        unexplainedPeaks = List.copyOf(unexplainedPeaks);
        notes = List.copyOf(notes);
        dataFile = dataFile == null ? "" : dataFile;
    }

    /** Energy of channel c = offset + gain · c. */
    public record Calibration(double offsetEv, double evPerChannel) {
    }

    /** A peak: centre energy (eV), net counts above background, significance (σ). */
    public record Peak(double energy, double netCounts, double significance) {
    }

    /** An emission line of an identified element; {@code observedEnergy} null when no peak was seen there. */
    public record Line(String line, String label, double energy, double fittedCounts, Double observedEnergy) {
    }

    /** An identified element: symbol, atomic number, score (σ), fitted counts, shells ("K", "L") and lines. */
    public record Element(String symbol, int z, double score, double fittedCounts, List<String> shells,
                          List<Line> lines) {
        public Element {
            shells = List.copyOf(shells);
            lines = List.copyOf(lines);
        }
    }

    /** Energy of channel {@code c}, eV. */
    public double energyOf(int channel) {
        return calibration.offsetEv() + calibration.evPerChannel() * channel;
    }

    @Override
    public Document toDocument() {
        return new Document("excitation_energy", excitationEnergy).append("live_time", liveTime)
                .append("calibration", new Document("offset_eV", calibration.offsetEv())
                        .append("eV_per_channel", calibration.evPerChannel()))
                .append("spectrum", spectrum).append("identified", identified)
                .append("elements", elements.stream().map(XrfSpectrumResult::element).toList())
                .append("peaks", peaks.stream().map(XrfSpectrumResult::peak).toList())
                .append("unexplained_peaks", unexplainedPeaks.stream().map(XrfSpectrumResult::peak).toList())
                .append("notes", notes).append("dataFile", dataFile);
    }

    public static XrfSpectrumResult fromDocument(Document d) {
        Document cal = Fields.doc(d, "calibration");
        List<Element> elements = new ArrayList<>();
        for (Document e : Fields.docs(d, "elements")) {
            List<Line> lines = new ArrayList<>();
            for (Document l : Fields.docs(e, "lines")) {
                lines.add(new Line(Fields.text(l, "line"), Fields.text(l, "label"), Fields.num(l, "energy"),
                        Fields.num(l, "fitted_counts"), Fields.optNum(l, "observed_energy")));
            }
            elements.add(new Element(Fields.text(e, "symbol"), Fields.integer(e, "z"), Fields.num(e, "score"),
                    Fields.num(e, "fitted_counts"), texts(e, "shells"), lines));
        }
        return new XrfSpectrumResult(Fields.num(d, "excitation_energy"), Fields.num(d, "live_time"),
                new Calibration(Fields.num(cal, "offset_eV"), Fields.num(cal, "eV_per_channel")),
                Fields.numbers(d, "spectrum"), texts(d, "identified"), elements, peaks(d, "peaks"),
                peaks(d, "unexplained_peaks"), texts(d, "notes"), Fields.optText(d, "dataFile"));
    }

    private static Document element(Element e) {
        return new Document("symbol", e.symbol()).append("z", e.z()).append("score", e.score())
                .append("fitted_counts", e.fittedCounts()).append("shells", e.shells())
                .append("lines", e.lines().stream().map(l -> new Document("line", l.line()).append("label", l.label())
                        .append("energy", l.energy()).append("fitted_counts", l.fittedCounts())
                        .append("observed_energy", l.observedEnergy())).toList());
    }

    private static Document peak(Peak p) {
        return new Document("energy", p.energy()).append("net_counts", p.netCounts())
                .append("significance", p.significance());
    }

    private static List<Peak> peaks(Document d, String field) {
        return Fields.docs(d, field).stream().map(p -> new Peak(Fields.num(p, "energy"), Fields.num(p, "net_counts"),
                Fields.num(p, "significance"))).toList();
    }

    private static List<String> texts(Document d, String field) {
        Object v = d.get(field);
        if (!(v instanceof List<?> list)) {
            throw new PayloadFormatException("result_obj field '" + field + "' should be a list of text, found "
                    + (v == null ? "nothing" : "'" + v + "'"));
        }
        return list.stream().map(String::valueOf).toList();
    }
}
