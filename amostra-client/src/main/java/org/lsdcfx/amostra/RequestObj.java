package org.lsdcfx.amostra;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;

/**
 * An immutable view of a request's {@code request_obj} with LSDC's parameter names. Every key is kept, including
 * ones this class has no getter for. A copy made with {@link #with} remembers the values it was read with, so
 * {@link RequestStore#update} writes only the keys that changed and leaves keys someone else added meanwhile.
 *
 * <p>Units are LSDC's: angles in degrees, times in seconds, distances in mm, energy in eV, wavelength and
 * resolution in Å, attenuation as transmission fraction or percent as the beamline is configured, slits and
 * grid steps in µm. Typed getters throw {@link IllegalStateException} naming the key when it is absent or not of
 * the expected type; use {@link #has} or the {@code opt*} forms for optional keys.
 */
public final class RequestObj {
    private final Map<String, Object> values;
    /** The values as read from the store (empty for a new object); used to compute a minimal update. */
    private final Map<String, Object> asRead;

    private RequestObj(Map<String, Object> values, Map<String, Object> asRead) {
        this.values = values;
        this.asRead = asRead;
    }

    /** A new request_obj holding a copy of {@code values}. */
    public static RequestObj of(Map<String, ?> values) {
        return new RequestObj(copy(values), Map.of());
    }

    static RequestObj read(Document stored) {
        Map<String, Object> v = stored == null ? Map.of() : copy(stored);
        return new RequestObj(v, v);
    }

    public static RequestObjBuilder builder() {
        return new RequestObjBuilder();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> copy(Map<String, ?> m) {
        return (Map<String, Object>) Docs.immutableCopy(m);
    }

    /** A copy with one key set (a {@code null} value is stored as null; use {@link #without} to remove). */
    public RequestObj with(String key, Object value) {
        Objects.requireNonNull(key, "key");
        Map<String, Object> m = new LinkedHashMap<>(values);
        m.put(key, Docs.immutableCopy(value));
        return new RequestObj(Collections.unmodifiableMap(m), asRead);
    }

    /** A copy with several keys set. */
    public RequestObj withAll(Map<String, ?> changes) {
        Map<String, Object> m = new LinkedHashMap<>(values);
        changes.forEach((k, v) -> m.put(k, Docs.immutableCopy(v)));
        return new RequestObj(Collections.unmodifiableMap(m), asRead);
    }

    public RequestObj without(String key) {
        Map<String, Object> m = new LinkedHashMap<>(values);
        m.remove(key);
        return new RequestObj(Collections.unmodifiableMap(m), asRead);
    }

    /** All keys and values, read-only (nested blocks are read-only maps and lists). */
    public Map<String, Object> asMap() {
        return values;
    }

    public boolean has(String key) {
        return values.get(key) != null;
    }

    public Object get(String key) {
        return values.get(key);
    }

    /** Keys whose value differs from what was read (new, changed); removed keys are in {@link #removedKeys()}. */
    Map<String, Object> changedValues() {
        Map<String, Object> out = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (!asRead.containsKey(k) || !Objects.equals(asRead.get(k), v)) {
                out.put(k, v);
            }
        });
        return out;
    }

    Set<String> removedKeys() {
        Set<String> out = new LinkedHashSet<>(asRead.keySet());
        out.removeAll(values.keySet());
        return out;
    }

    boolean wasRead() {
        return !asRead.isEmpty();
    }

    // ---- generic typed access ----

    public Optional<Double> optDouble(String key) {
        Object v = values.get(key);
        if (v instanceof Number n) {
            return Optional.of(n.doubleValue());
        }
        if (v instanceof String s) {
            try {
                return Optional.of(Double.parseDouble(s.trim())); // the LSDC GUI sometimes stores text-field strings
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    public double getDouble(String key) {
        return optDouble(key).orElseThrow(() -> missing(key, "a number"));
    }

    public double getDouble(String key, double absent) {
        return optDouble(key).orElse(absent);
    }

    public Optional<Integer> optInt(String key) {
        return optDouble(key).map(d -> (int) Math.round(d));
    }

    public int getInt(String key) {
        return optInt(key).orElseThrow(() -> missing(key, "an integer"));
    }

    public int getInt(String key, int absent) {
        return optInt(key).orElse(absent);
    }

    public Optional<String> optString(String key) {
        Object v = values.get(key);
        return v == null ? Optional.empty() : Optional.of(v.toString());
    }

    public String getString(String key) {
        return optString(key).orElseThrow(() -> missing(key, "a string"));
    }

    /** True/false, also from LSDC's 0/1 and "True"/"False" spellings; absent is false. */
    public boolean getFlag(String key) {
        Object v = values.get(key);
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof Number n) {
            return n.doubleValue() != 0;
        }
        return v instanceof String s && (s.equalsIgnoreCase("true") || s.equals("1"));
    }

    /** A nested block (rasterDef, vectorParams, ...), read-only; empty when absent. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> getBlock(String key) {
        Object v = values.get(key);
        return v instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    private static IllegalStateException missing(String key, String type) {
        return new IllegalStateException("request_obj has no " + key + " (" + type + ")");
    }

    // ---- LSDC parameter names ----

    public String protocol() {
        return getString(RequestKeys.PROTOCOL);
    }

    public String sample() {
        return getString(RequestKeys.SAMPLE);
    }

    public double sweepStart() {
        return getDouble(RequestKeys.SWEEP_START);
    }

    public double sweepEnd() {
        return getDouble(RequestKeys.SWEEP_END);
    }

    public double imgWidth() {
        return getDouble(RequestKeys.IMG_WIDTH);
    }

    public double exposureTime() {
        return getDouble(RequestKeys.EXPOSURE_TIME);
    }

    public double detDist() {
        return getDouble(RequestKeys.DET_DIST);
    }

    public double resolution() {
        return getDouble(RequestKeys.RESOLUTION);
    }

    public double energy() {
        return getDouble(RequestKeys.ENERGY);
    }

    public double wavelength() {
        return getDouble(RequestKeys.WAVELENGTH);
    }

    public double attenuation() {
        return getDouble(RequestKeys.ATTENUATION);
    }

    public double slitWidth() {
        return getDouble(RequestKeys.SLIT_WIDTH);
    }

    public double slitHeight() {
        return getDouble(RequestKeys.SLIT_HEIGHT);
    }

    public String filePrefix() {
        return getString(RequestKeys.FILE_PREFIX);
    }

    public String directory() {
        return getString(RequestKeys.DIRECTORY);
    }

    public String basePath() {
        return getString(RequestKeys.BASE_PATH);
    }

    public int fileNumberStart() {
        return getInt(RequestKeys.FILE_NUMBER_START);
    }

    public String visitName() {
        return getString(RequestKeys.VISIT_NAME);
    }

    public int runNum() {
        return getInt(RequestKeys.RUN_NUM);
    }

    public double gridStep() {
        return getDouble(RequestKeys.GRID_STEP);
    }

    /** The parent request's uid, or empty for LSDC's "no parent" value −1. */
    public Optional<String> parentReqID() {
        Object v = values.get(RequestKeys.PARENT_REQ_ID);
        return v instanceof String s && !s.isEmpty() && !s.equals("-1") ? Optional.of(s) : Optional.empty();
    }

    public double posX() {
        return getDouble(RequestKeys.POS_X);
    }

    public double posY() {
        return getDouble(RequestKeys.POS_Y);
    }

    public double posZ() {
        return getDouble(RequestKeys.POS_Z);
    }

    /** False when {@code pos_x} is LSDC's "no saved centre" marker −999. */
    public boolean hasSavedCentre() {
        return optDouble(RequestKeys.POS_X).filter(x -> x != RequestKeys.NO_SAVED_CENTRE).isPresent();
    }

    public String centeringOption() {
        return optString(RequestKeys.CENTERING_OPTION).orElse("Interactive");
    }

    /** Number of images: (sweep_end − sweep_start) / img_width, rounded. */
    public int imageCount() {
        return (int) Math.round((sweepEnd() - sweepStart()) / imgWidth());
    }

    public boolean fastDP() {
        return getFlag(RequestKeys.FAST_DP);
    }

    public boolean fastEP() {
        return getFlag(RequestKeys.FAST_EP);
    }

    public boolean dimple() {
        return getFlag(RequestKeys.DIMPLE);
    }

    public boolean xia2() {
        return getFlag(RequestKeys.XIA2);
    }

    public Map<String, Object> rasterDef() {
        return getBlock(RequestKeys.RASTER_DEF);
    }

    public Map<String, Object> vectorParams() {
        return getBlock(RequestKeys.VECTOR_PARAMS);
    }

    public Map<String, Object> characterizationParams() {
        return getBlock(RequestKeys.CHARACTERIZATION_PARAMS);
    }

    /** The energy-scan element symbol ({@code element}), for eScan requests. */
    public String element() {
        return getString(RequestKeys.ELEMENT);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RequestObj r && values.equals(r.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "RequestObj" + values;
    }
}
