package org.lsdcfx.processing.fastdp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.lsdcfx.processing.ProcessingSummary;
import org.lsdcfx.processing.SummaryParser;
import org.lsdcfx.processing.UnitCell;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads fast_dp's results, in order of preference: {@code fast_dp.json} (space group, cell and the aimless statistics
 * per shell), {@code fast_dp.xml} (the ISPyB AutoProcContainer that LSDC parsed), or the summary table fast_dp
 * prints to {@code fast_dp.log}. Statistics are the "overall" shell. A {@code Fast DP error:} line or no results at
 * all give a FAILED summary with the reason. Stateless and thread-safe.
 */
public final class FastDpSummaryParser implements SummaryParser {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TABLE_ROW = Pattern.compile(
            "^\\s*(.+?)\\s+(-?\\d+(?:\\.\\d+)?)\\s+(-?\\d+(?:\\.\\d+)?)\\s+(-?\\d+(?:\\.\\d+)?)\\s*$");
    private static final Pattern CELL = Pattern.compile("^\\s*Unit cell:\\s*(.+)$");
    private static final Pattern SPACE_GROUP = Pattern.compile("^\\s*Merging point group:\\s*(.+?)\\s*$");
    private static final Pattern ERROR = Pattern.compile("^\\s*(?:Fast DP error|\\w+ error):\\s*(.+)$");

    @Override
    public ProcessingSummary parse(String program, Path dir, Path capturedLog) {
        Path log = Files.isRegularFile(dir.resolve("fast_dp.log")) ? dir.resolve("fast_dp.log") : capturedLog;
        String logPath = log == null ? "" : log.toString();
        Path json = dir.resolve("fast_dp.json");
        Path xml = dir.resolve("fast_dp.xml");
        try {
            if (Files.isRegularFile(json)) {
                return fromJson(program, Files.readString(json, StandardCharsets.UTF_8), logPath);
            }
            if (Files.isRegularFile(xml)) {
                return fromXml(program, xml, logPath);
            }
            if (log != null && Files.isRegularFile(log)) {
                return fromLog(program, Files.readAllLines(log, StandardCharsets.UTF_8), logPath);
            }
            return ProcessingSummary.failed(program, logPath, "fast_dp wrote no fast_dp.json, fast_dp.xml or fast_dp.log in "
                    + dir);
        } catch (IOException | ParserConfigurationException | SAXException | RuntimeException e) {
            return ProcessingSummary.failed(program, logPath, "cannot read fast_dp's results in " + dir + ": " + e.getMessage());
        }
    }

    /** fast_dp.json: {@code spacegroup}, {@code unit_cell} [6], {@code scaling_statistics.overall.{...}}. */
    static ProcessingSummary fromJson(String program, String text, String logPath) throws IOException {
        JsonNode root = JSON.readTree(text);
        JsonNode overall = root.path("scaling_statistics").path("overall");
        if (overall.isMissingNode() || !root.hasNonNull("spacegroup")) {
            return ProcessingSummary.failed(program, logPath, "fast_dp.json has no space group or overall statistics");
        }
        UnitCell cell = null;
        JsonNode c = root.path("unit_cell");
        if (c.isArray() && c.size() == 6) {
            double[] six = new double[6];
            for (int i = 0; i < 6; i++) {
                six[i] = c.get(i).asDouble();
            }
            cell = UnitCell.of(six);
        }
        return new ProcessingSummary(program, ProcessingSummary.Status.SUCCESS, root.get("spacegroup").asText(), cell,
                num(overall, "res_lim_low"), num(overall, "res_lim_high"), num(overall, "completeness"),
                num(overall, "multiplicity"), num(overall, "mean_i_sig_i"), num(overall, "r_merge"),
                num(overall, "cc_half"), logPath, "from fast_dp.json");
    }

    private static Double num(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && v.isNumber() ? v.asDouble() : null;
    }

    /** fast_dp.xml: the ISPyB AutoProcContainer with AutoProc and the overall AutoProcScalingStatistics. */
    static ProcessingSummary fromXml(String program, Path file, String logPath)
            throws IOException, ParserConfigurationException, SAXException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setExpandEntityReferences(false);
        DocumentBuilder builder = f.newDocumentBuilder();
        builder.setErrorHandler(new DefaultHandler()); // report errors by exception only, not on stderr
        Document doc = builder.parse(file.toFile());
        Optional<Element> autoProc = first(doc.getDocumentElement(), "AutoProc");
        Element overall = null;
        NodeList stats = doc.getElementsByTagName("AutoProcScalingStatistics");
        for (int i = 0; i < stats.getLength(); i++) {
            Element e = (Element) stats.item(i);
            if ("overall".equals(text(e, "scalingStatisticsType"))) {
                overall = e;
            }
        }
        if (autoProc.isEmpty() || overall == null) {
            return ProcessingSummary.failed(program, logPath, "fast_dp.xml has no AutoProc or overall statistics");
        }
        Element ap = autoProc.get();
        UnitCell cell = new UnitCell(dbl(ap, "refinedCell_a"), dbl(ap, "refinedCell_b"), dbl(ap, "refinedCell_c"),
                dbl(ap, "refinedCell_alpha"), dbl(ap, "refinedCell_beta"), dbl(ap, "refinedCell_gamma"));
        return new ProcessingSummary(program, ProcessingSummary.Status.SUCCESS, text(ap, "spaceGroup"), cell,
                dbl(overall, "resolutionLimitLow"), dbl(overall, "resolutionLimitHigh"), dbl(overall, "completeness"),
                dbl(overall, "multiplicity"), dbl(overall, "meanIOverSigI"), dbl(overall, "rMerge"),
                dbl(overall, "ccHalf"), logPath, "from fast_dp.xml");
    }

    private static Optional<Element> first(Element parent, String tag) {
        NodeList list = parent.getElementsByTagName(tag);
        return list.getLength() == 0 ? Optional.empty() : Optional.of((Element) list.item(0));
    }

    private static String text(Element parent, String tag) {
        return first(parent, tag).map(e -> e.getTextContent().strip()).orElse(null);
    }

    private static Double dbl(Element parent, String tag) {
        String t = text(parent, tag);
        try {
            return t == null || t.isEmpty() ? null : Double.valueOf(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The summary table fast_dp prints (merge.py) plus "Merging point group:" and "Unit cell:" lines. */
    static ProcessingSummary fromLog(String program, List<String> lines, String logPath) {
        Map<String, Double> overall = new HashMap<>();
        String spaceGroup = null;
        UnitCell cell = null;
        for (String line : lines) {
            Matcher error = ERROR.matcher(line);
            if (error.matches()) {
                return ProcessingSummary.failed(program, logPath, line.strip());
            }
            Matcher row = TABLE_ROW.matcher(line);
            if (row.matches()) {
                overall.put(row.group(1).strip(), Double.valueOf(row.group(2)));
            }
            Matcher sg = SPACE_GROUP.matcher(line);
            if (sg.matches()) {
                spaceGroup = sg.group(1);
            }
            Matcher c = CELL.matcher(line);
            if (c.matches()) {
                String[] parts = c.group(1).strip().split("\\s+");
                if (parts.length == 6) {
                    double[] six = new double[6];
                    for (int i = 0; i < 6; i++) {
                        six[i] = Double.parseDouble(parts[i]);
                    }
                    cell = UnitCell.of(six);
                }
            }
        }
        if (spaceGroup == null || !overall.containsKey("High resolution")) {
            return ProcessingSummary.failed(program, logPath, "fast_dp.log has no merging statistics");
        }
        return new ProcessingSummary(program, ProcessingSummary.Status.SUCCESS, spaceGroup, cell,
                overall.get("Low resolution"), overall.get("High resolution"), overall.get("Completeness"),
                overall.get("Multiplicity"), overall.get("I/sigma"), overall.get("Rmerge"), overall.get("CC 1/2"), logPath,
                "from fast_dp.log");
    }
}
