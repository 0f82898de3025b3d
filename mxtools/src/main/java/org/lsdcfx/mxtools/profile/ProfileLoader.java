package org.lsdcfx.mxtools.profile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds, reads, overrides and validates beamline profiles.
 *
 * <p>Lookup order for a name: first the {@link ProfileProvider}s found by {@link ServiceLoader} (classpath order),
 * then the resource {@value #RESOURCE_DIR}{@code <NAME>.json}, of which the first on the classpath wins. So a site
 * or plugin jar placed before mxtools on the classpath overrides a shipped profile. Profile names are listed by
 * providers and by the {@value #RESOURCE_DIR}{@code index} files (one name a line) of every jar.
 * Then {@link ProfileOverrides} are applied, and the result is validated by {@link ProfileValidator}.
 *
 * <p>Thread-safe; every call re-reads the classpath and override file (profiles are loaded at start-up).
 */
public final class ProfileLoader {
    public static final String RESOURCE_DIR = "META-INF/lsdcfx/profiles/";

    private final ClassLoader classLoader;
    private final ProfileOverrides overrides;
    private final ObjectMapper mapper;

    public ProfileLoader(ClassLoader classLoader, Map<String, String> env, Map<String, String> systemProperties) {
        this.classLoader = classLoader;
        this.mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        this.overrides = new ProfileOverrides(env, systemProperties, mapper);
    }

    /** A loader over this class's class loader, the process environment and the system properties. */
    public static ProfileLoader defaults() {
        Map<String, String> props = new java.util.HashMap<>();
        System.getProperties().stringPropertyNames().forEach(k -> props.put(k, System.getProperty(k)));
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        return new ProfileLoader(cl != null ? cl : ProfileLoader.class.getClassLoader(), System.getenv(), props);
    }

    /** Every profile name that can be loaded, sorted. */
    public Set<String> names() {
        Set<String> names = new TreeSet<>();
        for (ProfileProvider provider : ServiceLoader.load(ProfileProvider.class, classLoader)) {
            provider.names().forEach(n -> names.add(n.toUpperCase(Locale.ROOT)));
        }
        try {
            Enumeration<URL> indexes = classLoader.getResources(RESOURCE_DIR + "index");
            while (indexes.hasMoreElements()) {
                URL index = indexes.nextElement();
                try (BufferedReader r = new BufferedReader(
                        new InputStreamReader(index.openStream(), StandardCharsets.UTF_8))) {
                    r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                            .forEach(l -> names.add(l.toUpperCase(Locale.ROOT)));
                }
            }
        } catch (IOException e) {
            throw new ProfileException("cannot list profile indexes: " + e.getMessage(), e);
        }
        return names;
    }

    /** Where profile {@code name} would be read from (for diagnostics), or empty if it is unknown. */
    public Optional<URL> locate(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        for (ProfileProvider provider : ServiceLoader.load(ProfileProvider.class, classLoader)) {
            Optional<URL> url = provider.locate(upper);
            if (url.isPresent()) {
                return url;
            }
        }
        return Optional.ofNullable(classLoader.getResource(RESOURCE_DIR + upper + ".json"));
    }

    /** Loads, overrides and validates profile {@code name} (case-insensitive). */
    public BeamlineProfile load(String name) {
        if (name == null || name.isBlank()) {
            throw new ProfileException("no profile name given; known profiles: " + names());
        }
        String upper = name.strip().toUpperCase(Locale.ROOT);
        URL url = locate(upper).orElseThrow(() ->
                new ProfileException("unknown profile " + upper + "; known profiles: " + names()));
        ObjectNode doc = readDocument(upper, url);
        overrides.apply(upper, doc);
        BeamlineProfile profile;
        try {
            profile = mapper.treeToValue(doc, BeamlineProfile.class);
        } catch (JsonProcessingException e) {
            throw new ProfileException("profile " + upper + " (" + url + ", with overrides "
                    + overrides.forProfile(upper).keySet() + ") cannot be read: " + e.getOriginalMessage(), e);
        }
        if (!upper.equals(profile.name())) {
            throw new ProfileException("profile " + upper + " (" + url + "): name is " + profile.name()
                    + ", expected " + upper);
        }
        return ProfileValidator.validate(profile);
    }

    private ObjectNode readDocument(String name, URL url) {
        try (InputStream in = url.openStream()) {
            JsonNode node = mapper.readTree(in);
            if (!(node instanceof ObjectNode obj)) {
                throw new ProfileException("profile " + name + " (" + url + "): not a JSON object");
            }
            return obj;
        } catch (IOException e) {
            throw new ProfileException("profile " + name + " (" + url + ") cannot be read: " + e.getMessage(), e);
        }
    }
}
