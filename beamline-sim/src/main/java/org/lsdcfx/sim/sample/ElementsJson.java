package org.lsdcfx.sim.sample;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.lsdcfx.analysis.xrf.EmissionLineTable;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON form of the sample's fluorescing elements used by the {@code {Sim}Elements-SP} control PV: one object,
 * element symbol → amount, e.g. {@code {"Se": 1.0, "Zn": 0.2, "Fe": 0.1}} ({@code {}} for none). Amounts are
 * relative: 1.0 gives as many counts as the demo selenium, within [0, {@value SimSample#MAX_AMOUNT}]. Symbols must be
 * in analysis' {@link EmissionLineTable} (case-insensitive, read back canonically: "se" → "Se"); unknown or repeated
 * symbols, non-numbers and trailing text are refused with a message naming the element. Thread-safe.
 */
public final class ElementsJson {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final EmissionLineTable lines;

    public ElementsJson(EmissionLineTable lines) {
        this.lines = lines;
    }

    /** A JSON object of element amounts, checked and with canonical symbols, in the order written. */
    public Map<String, Double> parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty elements JSON (write {} for a sample without fluorescence)");
        }
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage());
        }
        if (!root.isObject()) {
            throw new IllegalArgumentException("expected a JSON object of element amounts, e.g. {\"Se\": 1.0, "
                    + "\"Zn\": 0.2}, got " + root.getNodeType().toString().toLowerCase());
        }
        Map<String, Double> amounts = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            if (!v.isNumber() || !Double.isFinite(v.doubleValue())) {
                throw new IllegalArgumentException("element " + e.getKey() + ": amount must be a finite number, got "
                        + v);
            }
            amounts.put(e.getKey(), v.doubleValue());
        }
        return canonical(amounts);
    }

    /**
     * {@code amounts} with canonical symbols, checked against the emission-line table and {@link SimSample}'s
     * limits.
     *
     * @throws IllegalArgumentException naming the unknown or repeated element or the amount out of range
     */
    public Map<String, Double> canonical(Map<String, Double> amounts) {
        Map<String, Double> out = new LinkedHashMap<>();
        amounts.forEach((symbol, amount) -> {
            String name;
            try {
                name = lines.element(symbol).symbol();
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown element '" + symbol + "' (no emission lines; use a "
                        + "symbol from Al to U, e.g. Se, Zn, Fe)");
            }
            if (out.containsKey(name)) {
                throw new IllegalArgumentException("element " + name + " is given twice");
            }
            out.put(name, amount);
        });
        return SimSample.checkElements(out);
    }

    /** The canonical JSON object of {@code amounts}. */
    public static String format(Map<String, Double> amounts) {
        ObjectNode o = JSON.createObjectNode();
        amounts.forEach(o::put);
        return o.toString();
    }
}
