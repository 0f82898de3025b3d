package org.lsdcfx.conftrak;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.lsdcfx.conftrak.key.AccessKeys;
import org.lsdcfx.conftrak.key.BeamlineStateKeys;
import org.lsdcfx.conftrak.key.ConfigKey;
import org.lsdcfx.conftrak.key.ConfigKeys;
import org.lsdcfx.conftrak.key.InvalidConfigValueException;
import org.lsdcfx.conftrak.model.Beamline;
import org.lsdcfx.conftrak.model.MountedSample;
import org.lsdcfx.conftrak.model.RasterScoreType;
import org.lsdcfx.conftrak.revision.ParamRevision;
import org.lsdcfx.store.ConflictException;
import org.lsdcfx.store.NotFoundException;
import org.lsdcfx.store.Revision;
import org.lsdcfx.store.RevisionLog;
import org.lsdcfx.store.StoreConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One beamline's configuration in the conftrak database, compatible with LSDC's {@code getBlConfig}/
 * {@code setBlConfig} documents so that LSDC-era pymongo scripts keep working.
 *
 * <p>Typed access goes through {@link ConfigKey}s from {@link ConfigKeys}: an unset key reads as its default; a
 * value of the wrong type, out of bounds or not among the key's choices is refused with
 * {@link InvalidConfigValueException} and nothing is written. Keys outside the catalogue are read and written
 * raw. Every change records who, when, the old and the new value ({@link #history}); {@link #rollback} undoes a
 * change; {@link #set(ConfigKey, Object, String, long)} refuses a stale write with {@link ConflictException}.
 *
 * <p>Thread-safe: it holds no mutable state of its own; every write is one atomic single-document update.
 */
public final class Conftrak {
    /** Collection name used by NSLS-II's conftrak service. */
    public static final String CONFIGURATION = "configuration";
    /** Collection of the revision history (store-core {@link RevisionLog}). */
    public static final String REVISION = "revision";

    private static final Logger log = LoggerFactory.getLogger(Conftrak.class);

    private final String beamlineId;
    private final RevisionLog revisions;
    private final BeamlineInfoDocs docs;
    private final Beamlines beamlines;
    private final ScreenDefaultsStore screenDefaults;

    /**
     * @param beamlineId LSDC's {@code beamline_id} of the documents ({@code BEAMLINE_ID}, for example "amx")
     */
    public Conftrak(StoreConnection connection, Clock clock, String beamlineId) {
        if (beamlineId == null || beamlineId.isBlank()) {
            throw new IllegalArgumentException("Conftrak needs a beamline id (for example 'amx')");
        }
        this.beamlineId = beamlineId;
        var db = connection.conftrak();
        this.revisions = new RevisionLog(db.getCollection(REVISION), clock);
        this.docs = new BeamlineInfoDocs(db.getCollection(CONFIGURATION), revisions, clock, beamlineId);
        this.beamlines = new Beamlines(db.getCollection(CONFIGURATION), clock);
        this.screenDefaults = new ScreenDefaultsStore(docs, beamlineId);
    }

    /** Creates the indexes (idempotent); call once at start-up. */
    public void createIndexes() {
        docs.createIndexes();
        revisions.createIndexes();
    }

    public String beamlineId() {
        return beamlineId;
    }

    // ---- typed access --------------------------------------------------------------------------------------

    /**
     * The stored value, or the key's default when it is not stored. A stored value that cannot be read as the
     * key's type or lies outside its bounds (written by some other tool) is logged and the default returned.
     */
    public <T> T get(ConfigKey<T> key) {
        return setting(key).value();
    }

    /** The value together with the version to pass to {@link #set(ConfigKey, Object, String, long)}. */
    public <T> Setting<T> setting(ConfigKey<T> key) {
        Document doc = docs.find(key.name());
        long version = BeamlineInfoDocs.versionOf(doc);
        if (doc == null) {
            return new Setting<>(key, key.defaultValue(), 0, false);
        }
        Optional<T> value = ScreenDefaultsStore.decode(key, doc.get("info", Document.class), beamlineId);
        return value.map(v -> new Setting<>(key, v, version, true))
                .orElseGet(() -> new Setting<>(key, key.defaultValue(), version, false));
    }

    /**
     * Stores a value (last writer wins). An unchanged value writes nothing.
     *
     * @return the parameter's version afterwards
     * @throws InvalidConfigValueException when the value is out of bounds; nothing written
     */
    public <T> long set(ConfigKey<T> key, T value, String who) {
        return write(key, value, who, -1);
    }

    /**
     * Stores a value only if the parameter is still at {@code expectedVersion} (0 = never stored).
     *
     * @throws ConflictException when someone changed it since; nothing written
     */
    public <T> long set(ConfigKey<T> key, T value, String who, long expectedVersion) {
        if (expectedVersion < 0) {
            throw new IllegalArgumentException("expectedVersion must be >= 0 (0 = not stored yet), got " + expectedVersion);
        }
        return write(key, value, who, expectedVersion);
    }

    private <T> long write(ConfigKey<T> key, T value, String who, long expectedVersion) {
        requireWho(who);
        T valid = key.validate(value);
        long v = docs.write(key.name(), key.type().encode(valid), who, expectedVersion, "update");
        log.info("beamline {}: {} = {} by {} (version {})", beamlineId, key.name(), key.type().format(valid), who, v);
        return v;
    }

    // ---- raw access (any info_name) --------------------------------------------------------------------------

    /** True when the parameter has a stored document. */
    public boolean isStored(String infoName) {
        return docs.find(infoName) != null;
    }

    /** The stored value as LSDC scripts see it: {@code info.val}, or the whole {@code info} of structured entries. */
    public Optional<Object> getRaw(String infoName) {
        return getInfo(infoName).map(ParamRevision::plain);
    }

    /** The stored {@code info} document. */
    public Optional<Document> getInfo(String infoName) {
        Document doc = docs.find(infoName);
        return Optional.ofNullable(doc == null ? null : doc.get("info", Document.class));
    }

    /**
     * Stores a plain Java value. A catalogued key checks the type and bounds ({@link ConfigKey#accept}); any
     * other name is stored as {@code info = {"val": value}} (the value must be BSON-encodable).
     */
    public long setRaw(String infoName, Object value, String who) {
        Optional<ConfigKey<?>> key = ConfigKeys.byName(infoName);
        if (key.isPresent()) {
            return setAccepted(key.get(), key.get().accept(value), who);
        }
        requireWho(who);
        requireName(infoName);
        if (!(value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof Map<?, ?> || value instanceof List<?>)) {
            throw new InvalidConfigValueException(infoName, infoName + " must be text, a number, a flag, a list or a"
                    + " document, got " + (value == null ? "nothing" : value.getClass().getSimpleName()));
        }
        long v = docs.write(infoName, new Document("val", value), who, -1, "update");
        log.info("beamline {}: {} = {} (uncatalogued) by {}", beamlineId, infoName, value, who);
        return v;
    }

    /** Stores text typed by a person: parsed as the key's type when catalogued, else stored as a string. */
    public long setText(String infoName, String text, String who) {
        Optional<ConfigKey<?>> key = ConfigKeys.byName(infoName);
        if (key.isPresent()) {
            return setAccepted(key.get(), key.get().acceptText(text), who);
        }
        return setRaw(infoName, text, who);
    }

    @SuppressWarnings("unchecked")
    private <T> long setAccepted(ConfigKey<T> key, Object accepted, String who) {
        return set(key, (T) accepted, who);
    }

    /**
     * Every stored parameter of this beamline, name → value as LSDC's {@code dump_blconfigs} prints it
     * ({@code info.val}; structured entries as their {@code info} document), sorted by name.
     */
    public Map<String, Object> allParams() {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Document d : docs.all()) {
            out.put(d.getString("info_name"), ParamRevision.plain(d.get("info", Document.class)));
        }
        return out;
    }

    /**
     * Stores the catalogue default of every catalogued key that is not stored yet, so that LSDC-era scripts (which
     * fail on a missing key) see a complete configuration. Stored values are left alone.
     *
     * @return the names written
     */
    public List<String> storeDefaults(String who) {
        requireWho(who);
        List<String> written = new ArrayList<>();
        java.util.Set<String> stored = allParams().keySet();
        for (ConfigKey<?> key : ConfigKeys.all()) {
            if (!stored.contains(key.name())) {
                try {
                    docs.write(key.name(), encodeDefault(key), who, 0, "update");
                    written.add(key.name());
                } catch (ConflictException raced) {
                    // stored by someone else meanwhile: theirs stays
                }
            }
        }
        return written;
    }

    // ---- history ------------------------------------------------------------------------------------------------

    /** Every recorded change of the parameter in the order they were applied (by version); empty when never stored. */
    public List<ParamRevision> history(String infoName) {
        String uid = docs.uidOf(infoName);
        if (uid == null) {
            return List.of();
        }
        List<ParamRevision> out = new ArrayList<>();
        for (Revision r : revisions.history(uid)) {
            out.add(ParamRevision.of(infoName, r));
        }
        // Concurrent writers log their revisions after their (version-checked) updates, so log order can differ
        // from the order the changes happened in; the version says which came first.
        out.sort(java.util.Comparator.comparingLong(ParamRevision::version));
        return out;
    }

    public List<ParamRevision> history(ConfigKey<?> key) {
        return history(key.name());
    }

    /**
     * Undoes a change: puts the parameter back to the value it had just before revision {@code revisionUid}
     * (its default, for the revision that first stored it). The rollback is itself a recorded revision; later
     * revisions stay in the history.
     *
     * @return the parameter's version afterwards
     * @throws NotFoundException           when the parameter or revision does not exist
     * @throws InvalidConfigValueException when the revision belongs to another parameter, or the old value is not
     *                                     valid under the key's current rules; nothing written
     */
    public long rollback(String infoName, String revisionUid, String who) {
        requireWho(who);
        String docUid = docs.uidOf(infoName);
        if (docUid == null) {
            throw new NotFoundException(BeamlineInfoDocs.WHAT, infoName);
        }
        Revision r = revisions.get(revisionUid).orElseThrow(() -> new NotFoundException("revision", revisionUid));
        if (!docUid.equals(r.target())) {
            throw new InvalidConfigValueException(infoName, "revision " + revisionUid + " is not a change of "
                    + infoName + "; nothing rolled back");
        }
        Optional<ConfigKey<?>> key = ConfigKeys.byName(infoName);
        Document restore = restoredInfo(infoName, r, key);
        long v = docs.write(infoName, restore, who, -1, "rollback");
        log.info("beamline {}: {} rolled back to {} by {} (undoing revision {})", beamlineId, infoName,
                ParamRevision.plain(restore), who, revisionUid);
        return v;
    }

    private Document restoredInfo(String infoName, Revision r, Optional<ConfigKey<?>> key) {
        if (r.before() == null) {
            if (key.isEmpty()) {
                throw new InvalidConfigValueException(infoName, infoName + " had no value before revision " + r.uid()
                        + " and has no catalogued default; set a value instead");
            }
            return encodeDefault(key.get());
        }
        Document info = r.before().get("info", Document.class);
        key.ifPresent(k -> checkStorable(k, info));
        return info;
    }

    private static <T> Document encodeDefault(ConfigKey<T> key) {
        return key.type().encode(key.defaultValue());
    }

    private static <T> void checkStorable(ConfigKey<T> key, Document info) {
        key.validate(key.type().decode(key.name(), info));
    }

    // ---- screen defaults --------------------------------------------------------------------------------------

    /** All {@code screen_default_*} keys and {@code stdTrans} in one query (defaults for the unset ones). */
    public ScreenDefaults screenDefaults() {
        return screenDefaults.read();
    }

    /**
     * Writes the values that differ from the stored ones; all are validated first, so a bad value changes nothing.
     *
     * @return the names written
     */
    public List<String> update(ScreenDefaults defaults, String who) {
        requireWho(who);
        return screenDefaults.update(defaults, who);
    }

    // ---- structured beamlineInfo entries ------------------------------------------------------------------------

    public MountedSample mountedSample() {
        return get(BeamlineStateKeys.MOUNTED_SAMPLE);
    }

    public long setMountedSample(MountedSample mounted, String who) {
        return set(BeamlineStateKeys.MOUNTED_SAMPLE, mounted, who);
    }

    public RasterScoreType rasterScoreFlag() {
        return get(BeamlineStateKeys.RASTER_SCORE_FLAG);
    }

    public long setRasterScoreFlag(RasterScoreType score, String who) {
        return set(BeamlineStateKeys.RASTER_SCORE_FLAG, score, who);
    }

    /** The sample of the request being (or last) collected; empty when none. */
    public Optional<String> currentSampleId() {
        return Optional.of(get(BeamlineStateKeys.CURRENT_SAMPLE_ID)).filter(s -> !s.isEmpty());
    }

    public long setCurrentSampleId(String sampleUid, String who) {
        return set(BeamlineStateKeys.CURRENT_SAMPLE_ID, sampleUid, who);
    }

    /** The request being (or last) collected; empty when none. */
    public Optional<String> currentRequestId() {
        return Optional.of(get(BeamlineStateKeys.CURRENT_REQUEST_ID)).filter(s -> !s.isEmpty());
    }

    public long setCurrentRequestId(String requestUid, String who) {
        return set(BeamlineStateKeys.CURRENT_REQUEST_ID, requestUid, who);
    }

    // ---- access ---------------------------------------------------------------------------------------------------

    /** The PVA user names allowed to run staff-only commands ({@code staffUsers}). */
    public List<String> staffUsers() {
        return get(AccessKeys.STAFF_USERS);
    }

    public boolean isStaff(String user) {
        return user != null && staffUsers().contains(user);
    }

    // ---- beamline documents -----------------------------------------------------------------------------------

    /** LSDC's {@code createBeamline(name, number)}; the number must be new. */
    public String createBeamline(String name, String number) {
        return beamlines.create(name, number);
    }

    /** LSDC's {@code searchBeamline(name=...)}. */
    public List<Beamline> searchBeamline(String name) {
        return beamlines.search(name);
    }

    /** LSDC's {@code getBeamlineByNumber}. */
    public Optional<Beamline> beamlineByNumber(String number) {
        return beamlines.byNumber(number);
    }

    private static void requireWho(String who) {
        if (who == null || who.isBlank()) {
            throw new IllegalArgumentException("Every configuration change needs the name of who makes it");
        }
    }

    private static void requireName(String infoName) {
        if (infoName == null || infoName.isBlank() || infoName.startsWith("$") || infoName.contains(".")) {
            throw new InvalidConfigValueException(String.valueOf(infoName), "Not a usable parameter name: '" + infoName
                    + "' (empty, or contains '.' or starts with '$')");
        }
    }
}
