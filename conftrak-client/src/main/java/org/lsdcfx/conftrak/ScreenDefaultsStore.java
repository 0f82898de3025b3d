package org.lsdcfx.conftrak;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.bson.Document;
import org.lsdcfx.conftrak.key.ConfigKey;
import org.lsdcfx.conftrak.key.InvalidConfigValueException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads and writes the {@link ScreenDefaults} group of keys for {@link Conftrak}. Thread-safe (stateless). */
final class ScreenDefaultsStore {
    private static final Logger log = LoggerFactory.getLogger(Conftrak.class);

    private final BeamlineInfoDocs docs;
    private final String beamlineId;

    ScreenDefaultsStore(BeamlineInfoDocs docs, String beamlineId) {
        this.docs = docs;
        this.beamlineId = beamlineId;
    }

    ScreenDefaults read() {
        Map<String, Document> byName = new HashMap<>();
        List<String> names = ScreenDefaults.KEYS.stream().map(ConfigKey::name).toList();
        for (Document d : docs.findAll(names)) {
            byName.put(d.getString("info_name"), d.get("info", Document.class)); // ascending time: newest wins
        }
        return ScreenDefaults.of(k -> decodeOrDefault(k, byName.get(k.name())));
    }

    List<String> update(ScreenDefaults wanted, String who) {
        Map<ConfigKey<?>, Object> values = wanted.values();
        values.forEach(ScreenDefaultsStore::validate); // all or nothing
        Map<ConfigKey<?>, Object> current = read().values();
        List<String> changed = new ArrayList<>();
        for (Map.Entry<ConfigKey<?>, Object> e : values.entrySet()) {
            if (!Objects.equals(e.getValue(), current.get(e.getKey()))) {
                write(e.getKey(), e.getValue(), who);
                changed.add(e.getKey().name());
            }
        }
        if (!changed.isEmpty()) {
            log.info("beamline {}: screen defaults {} changed by {}", beamlineId, changed, who);
        }
        return changed;
    }

    private <T> T decodeOrDefault(ConfigKey<T> key, Document info) {
        return info == null ? key.defaultValue() : decode(key, info, beamlineId).orElse(key.defaultValue());
    }

    /**
     * The stored value if it reads as the key's type within its bounds; otherwise logs why and returns empty, so
     * the caller falls back to the default.
     */
    static <T> Optional<T> decode(ConfigKey<T> key, Document info, String beamlineId) {
        try {
            return Optional.of(key.validate(key.type().decode(key.name(), info)));
        } catch (InvalidConfigValueException e) {
            log.warn("beamline {}: stored {} is not usable ({}); using the default {}", beamlineId, key.name(),
                    e.getMessage(), key.type().format(key.defaultValue()));
            return Optional.empty();
        }
    }

    @SuppressWarnings("unchecked")
    private <T> void write(ConfigKey<T> key, Object value, String who) {
        docs.write(key.name(), key.type().encode((T) value), who, -1, "update");
    }

    @SuppressWarnings("unchecked")
    private static <T> void validate(ConfigKey<T> key, Object value) {
        key.validate((T) value);
    }
}
