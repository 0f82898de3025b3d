package org.lsdcfx.daq.command;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Turns untrusted command text into a {@link Command}, or refuses it with a precise reason. Bounded in time and
 * memory whatever the input: the text length, nesting depth, string and number lengths, and argument counts are
 * capped before anything is built, NaN/Infinity literals and duplicate keys are refused. Thread-safe.
 */
public final class CommandParser {
    /** Longest command text accepted, in characters. LSDC commands are small; spreadsheets go by path. */
    public static final int MAX_TEXT_CHARS = 16 * 1024;
    public static final int MAX_DEPTH = 8;
    public static final int MAX_STRING_CHARS = 4096;
    public static final int MAX_ARGS = 16;
    private static final Set<String> FIELDS = Set.of("function", "args", "kwargs", "id");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:@-]{1,64}");

    private final ObjectMapper mapper;
    private final Supplier<String> idSource;

    /**
     * @param idSource gives an id to commands that came without one (must be thread-safe)
     */
    public CommandParser(Supplier<String> idSource) {
        this.idSource = idSource;
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH)
                        .maxStringLength(MAX_STRING_CHARS)
                        .maxNumberLength(64)
                        .maxNameLength(256)
                        .maxDocumentLength(MAX_TEXT_CHARS * 4L)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        this.mapper = new ObjectMapper(factory)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }

    /**
     * @throws MalformedCommandException with the reason, and the id/function if they could be read
     */
    public Command parse(String text) throws MalformedCommandException {
        if (text == null || text.isBlank()) {
            throw new MalformedCommandException("empty command: expected JSON like {\"function\": \"runDCQueue\", \"args\": [], \"kwargs\": {}}", null, null);
        }
        if (text.length() > MAX_TEXT_CHARS) {
            throw new MalformedCommandException("command is " + text.length() + " characters long; the limit is " + MAX_TEXT_CHARS, null, null);
        }
        JsonNode root = readTree(text);
        if (!root.isObject()) {
            throw new MalformedCommandException("a command must be a JSON object, not " + kind(root), null, null);
        }
        String id = readId(root);
        String function = readFunction(root, id);
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw new MalformedCommandException("unknown field " + quote(name) + "; a command has only function, args, kwargs and id", id, function);
            }
        }
        List<JsonNode> args = readArgs(root.get("args"), id, function);
        Map<String, JsonNode> kwargs = readKwargs(root.get("kwargs"), id, function);
        return new Command(id == null ? idSource.get() : id, function, args, kwargs);
    }

    private JsonNode readTree(String text) throws MalformedCommandException {
        try (JsonParser p = mapper.getFactory().createParser(text)) {
            JsonNode node = mapper.readTree(p);
            if (node == null) {
                throw new MalformedCommandException("empty command", null, null);
            }
            return node;
        } catch (StreamConstraintsException e) {
            throw new MalformedCommandException("command too large or too deeply nested: " + clip(e.getOriginalMessage()), null, null);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + " column " + e.getLocation().getColumnNr();
            throw new MalformedCommandException("malformed JSON" + where + ": " + clip(e.getOriginalMessage()), null, null);
        } catch (java.io.IOException | RuntimeException e) {
            throw new MalformedCommandException("unreadable command: " + clip(e.getMessage()), null, null);
        }
    }

    private static String readId(JsonNode root) throws MalformedCommandException {
        JsonNode id = root.get("id");
        if (id == null || id.isNull()) {
            return null;
        }
        String text = id.isTextual() ? id.textValue() : id.isIntegralNumber() && id.canConvertToLong() ? Long.toString(id.longValue()) : null;
        if (text == null || !ID.matcher(text).matches()) {
            throw new MalformedCommandException("id must be 1 to 64 letters, digits or . _ : @ -", null, null);
        }
        return text;
    }

    private static String readFunction(JsonNode root, String id) throws MalformedCommandException {
        JsonNode f = root.get("function");
        if (f == null || f.isNull()) {
            throw new MalformedCommandException("missing \"function\"", id, null);
        }
        if (!f.isTextual()) {
            throw new MalformedCommandException("\"function\" must be a string, not " + kind(f), id, null);
        }
        if (!IDENTIFIER.matcher(f.textValue()).matches()) {
            throw new MalformedCommandException("\"function\" must be a plain name (letters, digits, _), got " + quote(f.textValue()), id, null);
        }
        return f.textValue();
    }

    private static List<JsonNode> readArgs(JsonNode args, String id, String function) throws MalformedCommandException {
        if (args == null || args.isNull()) {
            return List.of();
        }
        if (!args.isArray()) {
            throw new MalformedCommandException("\"args\" must be a list, not " + kind(args), id, function);
        }
        if (args.size() > MAX_ARGS) {
            throw new MalformedCommandException("too many arguments (" + args.size() + "; the limit is " + MAX_ARGS + ")", id, function);
        }
        List<JsonNode> list = new ArrayList<>(args.size());
        args.forEach(list::add);
        return list;
    }

    private static Map<String, JsonNode> readKwargs(JsonNode kwargs, String id, String function) throws MalformedCommandException {
        if (kwargs == null || kwargs.isNull()) {
            return Map.of();
        }
        if (!kwargs.isObject()) {
            throw new MalformedCommandException("\"kwargs\" must be an object, not " + kind(kwargs), id, function);
        }
        if (kwargs.size() > MAX_ARGS) {
            throw new MalformedCommandException("too many keyword arguments (" + kwargs.size() + "; the limit is " + MAX_ARGS + ")", id, function);
        }
        Map<String, JsonNode> map = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : kwargs.properties()) {
            if (!IDENTIFIER.matcher(e.getKey()).matches()) {
                throw new MalformedCommandException("keyword argument names must be plain names, got " + quote(e.getKey()), id, function);
            }
            map.put(e.getKey(), e.getValue());
        }
        return map;
    }

    /** A short description of a JSON value's kind, for messages. */
    public static String kind(JsonNode n) {
        return switch (n.getNodeType()) {
            case ARRAY -> "a list";
            case OBJECT, POJO -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL, MISSING -> "null";
            case BINARY -> "binary data";
        };
    }

    /** Quotes untrusted text for a message, clipped and with control characters escaped. */
    public static String quote(String s) {
        StringBuilder b = new StringBuilder("'");
        int n = Math.min(s.length(), 40);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            b.append(c < 0x20 || c == 0x7f ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return b.append(s.length() > n ? "...'" : "'").toString();
    }

    private static String clip(String s) {
        if (s == null) {
            return "";
        }
        String one = s.replaceAll("\\s+", " ");
        return one.length() > 200 ? one.substring(0, 200) + "..." : one;
    }
}
