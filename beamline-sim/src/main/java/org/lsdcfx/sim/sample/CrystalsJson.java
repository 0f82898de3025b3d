package org.lsdcfx.sim.sample;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.lsdcfx.analysis.synth.VirtualCrystal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The JSON form of crystals used by the {@code {Sim}Crystals-SP} and {@code {Sim}Crystals:Add-Cmd} control PVs, in
 * the goniometer motors' units (µm):
 * <pre>
 * {"x_um": 30, "y_um": 20, "z_um": -10, "size_um": 60, "strength": 1.0}
 * </pre>
 * {@code x_um}/{@code y_um}/{@code z_um}: centre in the sample frame (see {@link GoniometerPose}); {@code size_um}:
 * diameter, (0, {@value #MAX_SIZE_UM}]; {@code strength}: relative diffraction strength, [0, {@value #MAX_STRENGTH}],
 * 1 if left out. Unknown or repeated keys, non-numbers and trailing text are refused with a message naming the crystal
 * and the key. Stateless and thread-safe.
 */
public final class CrystalsJson {
    public static final double MAX_SIZE_UM = 1000;
    public static final double MAX_STRENGTH = 100;
    private static final Set<String> KEYS = Set.of("x_um", "y_um", "z_um", "size_um", "strength");
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private CrystalsJson() {
    }

    /** A JSON array of crystals ({@code []} for none). */
    public static List<VirtualCrystal> parseList(String text) {
        JsonNode root = read(text);
        if (!root.isArray()) {
            throw new IllegalArgumentException("expected a JSON array of crystals, e.g. [{\"x_um\": 0, \"y_um\": 0, "
                    + "\"z_um\": 0, \"size_um\": 50}], got " + root.getNodeType().toString().toLowerCase());
        }
        if (root.size() > SimSample.MAX_CRYSTALS) {
            throw new IllegalArgumentException("at most " + SimSample.MAX_CRYSTALS + " crystals, got " + root.size());
        }
        List<VirtualCrystal> crystals = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            crystals.add(crystal(root.get(i), "crystal " + (i + 1)));
        }
        return crystals;
    }

    /** One JSON object describing a crystal. */
    public static VirtualCrystal parseOne(String text) {
        return crystal(read(text), "crystal");
    }

    /** The canonical JSON array of {@code crystals}, in µm. */
    public static String format(List<VirtualCrystal> crystals) {
        ArrayNode array = JSON.createArrayNode();
        for (VirtualCrystal c : crystals) {
            ObjectNode o = array.addObject();
            o.put("x_um", um(c.xMm()));
            o.put("y_um", um(c.yMm()));
            o.put("z_um", um(c.zMm()));
            o.put("size_um", um(c.sizeMm()));
            o.put("strength", c.diffractionStrength());
        }
        return array.toString();
    }

    // Rounded to 1 nm so that mm→µm conversion noise does not show in the readback.
    private static double um(double mm) {
        return Math.round(mm * 1e6) / 1e3;
    }

    private static JsonNode read(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty crystal JSON (write [] to remove all crystals)");
        }
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage());
        }
    }

    private static VirtualCrystal crystal(JsonNode node, String what) {
        if (!node.isObject()) {
            throw new IllegalArgumentException(what + ": expected a JSON object with x_um, y_um, z_um, size_um"
                    + " (and optionally strength)");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!KEYS.contains(name)) {
                throw new IllegalArgumentException(what + ": unknown key '" + name + "' (allowed: x_um, y_um, z_um, "
                        + "size_um, strength)");
            }
        }
        double x = number(node, "x_um", what, Double.NaN);
        double y = number(node, "y_um", what, Double.NaN);
        double z = number(node, "z_um", what, Double.NaN);
        double size = number(node, "size_um", what, Double.NaN);
        double strength = number(node, "strength", what, 1.0);
        if (!(size > 0) || size > MAX_SIZE_UM) {
            throw new IllegalArgumentException(what + ": size_um must be within (0, " + MAX_SIZE_UM + "], got " + size);
        }
        if (!(strength >= 0) || strength > MAX_STRENGTH) {
            throw new IllegalArgumentException(what + ": strength must be within [0, " + MAX_STRENGTH + "], got "
                    + strength);
        }
        return new VirtualCrystal(x / 1000, y / 1000, z / 1000, size / 1000, strength);
    }

    private static double number(JsonNode node, String key, String what, double fallback) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            if (Double.isNaN(fallback)) {
                throw new IllegalArgumentException(what + ": " + key + " is missing");
            }
            return fallback;
        }
        if (!v.isNumber() || !Double.isFinite(v.doubleValue())) {
            throw new IllegalArgumentException(what + ": " + key + " must be a finite number, got " + v);
        }
        return v.doubleValue();
    }
}
