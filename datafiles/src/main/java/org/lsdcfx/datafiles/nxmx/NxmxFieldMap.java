package org.lsdcfx.datafiles.nxmx;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Declares, per beamline, where each NXmx metadata field comes from (NexDaTaS style): a PV, the request or the
 * beamline configuration, under which key, with which unit. The daq server gathers a value for every
 * {@link FieldMapping#valueKey()} and calls {@link #resolve(Map)}; nothing about a beamline is hard-coded in the
 * writer.
 *
 * <p>File format: one field per line, whitespace-separated columns, {@code #} starts a comment:
 * <pre>
 * # NXmx path                                 source   key              unit    presence
 * /entry/instrument/detector/distance         request  detDist          mm
 * /entry/instrument/beam/flux                 pv       flux             1/s     optional
 * </pre>
 * {@code unit} is {@code -} for none; {@code presence} is {@code required} (the default) or {@code optional}. Paths
 * lie under {@code /entry}; their groups must be known NeXus groups ({@link NxmxStructure#groupClass}); the parts the
 * writer builds itself (definition, times, data links, goniometer and detector geometry) cannot be mapped.
 *
 * <p>Immutable and thread-safe.
 */
public final class NxmxFieldMap {
    /** The default map, a simulated AMX-like beamline; a beamline file replaces it. */
    public static final String DEFAULT_RESOURCE = "/org/lsdcfx/datafiles/nxmx/nxmx-fields.default.txt";
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.:{}\\-]+");
    private static final Pattern UNIT = Pattern.compile("[A-Za-z0-9_/^*.\\-]+");

    private final String origin;
    private final List<FieldMapping> mappings;

    private NxmxFieldMap(String origin, List<FieldMapping> mappings) {
        this.origin = origin;
        this.mappings = List.copyOf(mappings);
    }

    public static NxmxFieldMap defaults() {
        try (InputStream in = NxmxFieldMap.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new NxmxException("the default NXmx field map " + DEFAULT_RESOURCE + " is missing from the class path");
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8), DEFAULT_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static NxmxFieldMap load(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(in, file.toString());
        } catch (IOException e) {
            throw new NxmxException("cannot read the NXmx field map " + file + ": " + e.getMessage(), e);
        }
    }

    public static NxmxFieldMap parse(String text, String origin) {
        try {
            return parse(new StringReader(text), origin);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses a field map.
     *
     * @throws NxmxException naming the origin and line of the first error
     */
    public static NxmxFieldMap parse(Reader text, String origin) throws IOException {
        List<FieldMapping> mappings = new ArrayList<>();
        Set<String> paths = new HashSet<>();
        BufferedReader lines = new BufferedReader(text);
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            int hash = line.indexOf('#');
            String content = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (content.isEmpty()) {
                continue;
            }
            String where = origin + " line " + number + ": ";
            String[] cols = content.split("\\s+");
            if (cols.length < 4 || cols.length > 5) {
                throw new NxmxException(where + "expected 'path source key unit [required|optional]', got '" + content + "'");
            }
            String path = cols[0];
            String problem = pathProblem(path);
            if (problem != null) {
                throw new NxmxException(where + problem);
            }
            if (!paths.add(path)) {
                throw new NxmxException(where + path + " is mapped twice");
            }
            SourceKind source;
            try {
                source = SourceKind.fromLabel(cols[1]);
            } catch (NxmxException e) {
                throw new NxmxException(where + e.getMessage(), e);
            }
            if (!KEY.matcher(cols[2]).matches()) {
                throw new NxmxException(where + "the key '" + cols[2] + "' has characters other than A-Z a-z 0-9 _ . : - { }");
            }
            String unit = cols[3].equals("-") ? "" : cols[3];
            if (!unit.isEmpty() && !UNIT.matcher(unit).matches()) {
                throw new NxmxException(where + "the unit '" + unit + "' is not a unit");
            }
            boolean required = true;
            if (cols.length == 5) {
                if (!cols[4].equals("required") && !cols[4].equals("optional")) {
                    throw new NxmxException(where + "presence must be 'required' or 'optional', got '" + cols[4] + "'");
                }
                required = cols[4].equals("required");
            }
            mappings.add(new FieldMapping(path, source, cols[2], unit, required));
        }
        return new NxmxFieldMap(origin, mappings);
    }

    private static String pathProblem(String path) {
        if (!path.startsWith("/entry/")) {
            return "the path '" + path + "' is not under /entry/";
        }
        String[] parts = path.substring(1).split("/", -1);
        for (String part : parts) {
            if (!NAME.matcher(part).matches()) {
                return "the path '" + path + "' has the invalid name '" + part + "'";
            }
        }
        for (int i = 1; i < parts.length - 1; i++) {
            if (NxmxStructure.groupClass(parts[i]) == null) {
                return "the path '" + path + "' goes through the group '" + parts[i]
                        + "', which is not a known NeXus group (" + NxmxStructure.knownGroups() + ")";
            }
        }
        if (NxmxStructure.isReserved(path)) {
            return "the path '" + path + "' is written by the NXmx writer itself and cannot be mapped";
        }
        return null;
    }

    public String origin() {
        return origin;
    }

    public List<FieldMapping> mappings() {
        return mappings;
    }

    /** The keys the daq server must look up in {@code source} (in map order). */
    public Set<String> keys(SourceKind source) {
        Set<String> keys = new LinkedHashSet<>();
        mappings.stream().filter(m -> m.source() == source).forEach(m -> keys.add(m.key()));
        return keys;
    }

    /**
     * The metadata for these values, keyed by {@link FieldMapping#valueKey()} ({@code "pv:beamCenterX"},
     * {@code "request:detDist"}, ...). Values: String, Number, Boolean, or arrays of double, int, long, String.
     *
     * @throws NxmxException listing every required value that is missing or of the wrong type
     */
    public NxmxMetadata resolve(Map<String, ?> values) {
        List<NxmxField> fields = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (FieldMapping m : mappings) {
            Object value = values.get(m.valueKey());
            if (value == null) {
                if (m.required()) {
                    problems.add(m.valueKey() + " (for " + m.path() + ") is missing");
                }
                continue;
            }
            try {
                fields.add(new NxmxField(m.path(), value, m.unit()));
            } catch (NxmxException e) {
                problems.add(m.valueKey() + ": " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new NxmxException("the NXmx field map " + origin + " cannot be filled: " + String.join("; ", problems));
        }
        return NxmxMetadata.of(fields);
    }

    @Override
    public String toString() {
        return "NxmxFieldMap[" + origin + ", " + mappings.size() + " fields]";
    }
}
