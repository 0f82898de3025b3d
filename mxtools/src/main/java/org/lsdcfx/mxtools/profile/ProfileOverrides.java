package org.lsdcfx.mxtools.profile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Site and environment overrides applied to a profile document before it is validated.
 *
 * <ul>
 * <li>Site file: a properties file named by system property {@value #SITE_FILE_PROPERTY} or, if that is unset, by
 * environment variable {@value #SITE_FILE_ENV}. Keys are {@code <PROFILE>.<path>} (one profile) or {@code *.<path>}
 * (every profile), where path is a dotted JSON path such as {@code pvs.beamAvailable} or {@code motors.omega.high}.
 * Profile-specific keys win over {@code *} keys.</li>
 * <li>Environment: variables {@code LSDC_<PROFILE>__<path with "__" for ".">}, e.g.
 * {@code LSDC_AMX__detectorSafeDistanceMm=250}. They win over the site file.</li>
 * </ul>
 * Values are parsed as JSON when they are JSON (numbers, booleans, arrays such as {@code ["a","b"]}) and taken as
 * text otherwise. Immutable and thread-safe.
 */
public final class ProfileOverrides {
    public static final String SITE_FILE_PROPERTY = "lsdc.profile.overrides";
    public static final String SITE_FILE_ENV = "LSDC_PROFILE_OVERRIDES";

    private final Map<String, String> env;
    private final Map<String, String> systemProperties;
    private final ObjectMapper mapper;

    public ProfileOverrides(Map<String, String> env, Map<String, String> systemProperties, ObjectMapper mapper) {
        this.env = Map.copyOf(env);
        this.systemProperties = Map.copyOf(systemProperties);
        this.mapper = mapper;
    }

    /** The overrides that apply to profile {@code name}, in application order, as path to raw value. */
    public Map<String, String> forProfile(String name) {
        Map<String, String> out = new LinkedHashMap<>();
        Properties site = siteFile();
        String own = name + ".";
        site.stringPropertyNames().stream().filter(k -> k.startsWith("*.")).sorted()
                .forEach(k -> out.put(k.substring(2), site.getProperty(k)));
        site.stringPropertyNames().stream().filter(k -> k.startsWith(own)).sorted()
                .forEach(k -> out.put(k.substring(own.length()), site.getProperty(k)));
        String envPrefix = "LSDC_" + name + "__";
        env.keySet().stream().filter(k -> k.startsWith(envPrefix)).sorted()
                .forEach(k -> out.put(k.substring(envPrefix.length()).replace("__", "."), env.get(k)));
        return out;
    }

    /** Applies {@link #forProfile(String)} to the profile document {@code doc} in place. */
    public void apply(String name, ObjectNode doc) {
        forProfile(name).forEach((path, value) -> set(name, doc, path, value));
    }

    private void set(String name, ObjectNode doc, String path, String raw) {
        String[] parts = path.split("\\.");
        ObjectNode node = doc;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode child = node.get(parts[i]);
            if (child == null || child.isNull()) {
                node = node.putObject(parts[i]);
            } else if (child instanceof ObjectNode obj) {
                node = obj;
            } else {
                throw new ProfileException("profile " + name + ": override " + path + " goes through "
                        + parts[i] + ", which is not an object");
            }
        }
        node.set(parts[parts.length - 1], parse(raw));
    }

    private JsonNode parse(String raw) {
        if (raw.isBlank()) {
            return TextNode.valueOf(raw);
        }
        try {
            JsonNode node = mapper.readTree(raw);
            return node == null || node.isMissingNode() ? TextNode.valueOf(raw) : node;
        } catch (JsonProcessingException notJson) {
            return TextNode.valueOf(raw);
        }
    }

    private Properties siteFile() {
        String path = systemProperties.get(SITE_FILE_PROPERTY);
        if (path == null || path.isBlank()) {
            path = env.get(SITE_FILE_ENV);
        }
        Properties props = new Properties();
        if (path == null || path.isBlank()) {
            return props;
        }
        Path file = Path.of(path);
        try (InputStream in = Files.newInputStream(file)) {
            props.load(in);
        } catch (IOException e) {
            throw new ProfileException("cannot read profile override file " + file + ": " + e.getMessage(), e);
        }
        return props;
    }
}
