package org.lsdcfx.analysis.escan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads and writes energy scans in Chooch's plain-text format: a title line, a line with the number of
 * points, then one "energy(eV) counts" pair per line.
 *
 * <p>The reader is tolerant: comment lines ({@code # ! % ;} or {@code //}), blank lines and text header
 * lines before the data are skipped; the point-count line is optional but, when present, must match;
 * columns may be separated by spaces, tabs, commas or semicolons, and columns after the second are
 * ignored. Points may come in any order (they are sorted). Energies must be in eV: a file whose energies
 * all lie below 1000 is refused as probably keV rather than converted silently. Stateless.
 */
public final class ScanFiles {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s,;]+");
    private static final double KEV_SUSPICION_LIMIT_EV = 1000.0;

    private ScanFiles() {
    }

    /**
     * @throws IOException when the file cannot be read
     * @throws ScanFormatException when its content is not a scan (message names the file and line)
     */
    public static ScanData read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    /**
     * Parses scan text.
     *
     * @param sourceName used in error messages (a file name)
     * @throws ScanFormatException when the text is not a scan
     */
    public static ScanData parse(String text, String sourceName) {
        List<Double> energies = new ArrayList<>();
        List<Double> counts = new ArrayList<>();
        Integer declaredPoints = null;
        String[] lines = text.replace("\uFEFF", "").split("\\R");
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].trim();
            if (line.isEmpty() || isComment(line)) {
                continue;
            }
            String[] tokens = SEPARATORS.split(line);
            Double first = number(tokens[0]);
            boolean dataStarted = !energies.isEmpty();
            if (first == null) {
                if (dataStarted) {
                    throw error(sourceName, n, "expected 'energy counts', found '" + line + "'");
                }
                continue; // title or column-header line
            }
            if (tokens.length == 1) {
                if (dataStarted || declaredPoints != null || first != Math.rint(first) || first < 0) {
                    throw error(sourceName, n, "expected 'energy counts', found a single number '" + line + "'");
                }
                declaredPoints = (int) first.doubleValue();
                continue;
            }
            Double second = number(tokens[1]);
            if (second == null) {
                throw error(sourceName, n, "counts '" + tokens[1] + "' is not a number");
            }
            if (!Double.isFinite(first) || !Double.isFinite(second)) {
                throw error(sourceName, n, "energy and counts must be finite numbers, found '" + line + "'");
            }
            energies.add(first);
            counts.add(second);
        }
        if (declaredPoints != null && declaredPoints != energies.size()) {
            throw new ScanFormatException(sourceName + ": header declares " + declaredPoints + " points but "
                    + energies.size() + " were found");
        }
        if (energies.isEmpty()) {
            throw new ScanFormatException(sourceName + ": no 'energy counts' lines found");
        }
        double max = energies.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        if (max < KEV_SUSPICION_LIMIT_EV) {
            throw new ScanFormatException(sourceName + ": energies look like keV (largest " + max
                    + "); scan files must give energies in eV");
        }
        try {
            return ScanData.sorted(energies.stream().mapToDouble(Double::doubleValue).toArray(),
                    counts.stream().mapToDouble(Double::doubleValue).toArray());
        } catch (IllegalArgumentException e) {
            throw new ScanFormatException(sourceName + ": " + e.getMessage(), e);
        }
    }

    /**
     * Chooch-format text: title, number of points, "energy counts" lines (shortest exact decimal form, so
     * {@link #parse} gives back the same numbers).
     *
     * @param title first line; line breaks are replaced, and a title that would read as a number is prefixed
     */
    public static String format(ScanData scan, String title) {
        String t = title == null || title.isBlank() ? "LSDC-FX energy scan" : title.replaceAll("\\R", " ").trim();
        if (number(SEPARATORS.split(t)[0]) != null || isComment(t)) {
            t = "scan " + t;
        }
        StringBuilder out = new StringBuilder(t).append('\n').append(scan.size()).append('\n');
        for (int i = 0; i < scan.size(); i++) {
            out.append(scan.energyEv(i)).append(' ').append(scan.count(i)).append('\n');
        }
        return out.toString();
    }

    /**
     * Writes a new scan file; never replaces an existing one.
     *
     * @throws java.nio.file.FileAlreadyExistsException if the file exists
     */
    public static void write(Path file, ScanData scan, String title) throws IOException {
        Files.writeString(file, format(scan, title), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
    }

    private static boolean isComment(String line) {
        return line.startsWith("#") || line.startsWith("!") || line.startsWith("%") || line.startsWith(";")
                || line.startsWith("//");
    }

    private static Double number(String token) {
        try {
            return Double.valueOf(token);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static ScanFormatException error(String source, int lineIndex, String what) {
        return new ScanFormatException(source + " line " + (lineIndex + 1) + ": " + what);
    }
}
