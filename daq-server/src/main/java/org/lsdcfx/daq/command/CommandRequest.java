package org.lsdcfx.daq.command;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A command as a client sends it: LSDC's JSON form {@code {"function","args","kwargs","id"}}. Arguments are
 * plain Java values that Jackson can write (numbers, strings, booleans, lists, maps).
 */
public record CommandRequest(String function, List<Object> args, Map<String, Object> kwargs, String id) {
    public CommandRequest {
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(id, "id");
        args = args == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(args));
        kwargs = kwargs == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(kwargs));
    }

    public static CommandRequest of(String id, String function, Object... args) {
        return new CommandRequest(function, List.of(args), Map.of(), id);
    }

    /**
     * A request from command-line words, as {@code ./lsdc cmd FUNCTION [ARG...]} receives them: {@code name=value}
     * becomes a keyword argument (when {@code name} is a plain name), anything else a positional one; a value that
     * reads as a JSON number, {@code true} or {@code false} is passed as such, anything else as text.
     */
    public static CommandRequest fromWords(String id, String function, List<String> words) {
        List<Object> args = new java.util.ArrayList<>();
        Map<String, Object> kwargs = new LinkedHashMap<>();
        for (String w : words) {
            int eq = w.indexOf('=');
            if (eq > 0 && w.substring(0, eq).matches("[A-Za-z_][A-Za-z0-9_]*")) {
                kwargs.put(w.substring(0, eq), scalar(w.substring(eq + 1)));
            } else {
                args.add(scalar(w));
            }
        }
        return new CommandRequest(function, args, kwargs, id);
    }

    private static Object scalar(String word) {
        if (word.equals("true") || word.equals("false")) {
            return Boolean.valueOf(word);
        }
        if (word.matches("-?(0|[1-9][0-9]*)")) {
            try {
                return Long.valueOf(word);
            } catch (NumberFormatException e) {
                return word;
            }
        }
        if (word.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?")) {
            return Double.valueOf(word);
        }
        return word;
    }

    public CommandRequest withKwarg(String name, Object value) {
        Map<String, Object> k = new LinkedHashMap<>(kwargs);
        k.put(name, value);
        return new CommandRequest(function, args, k, id);
    }

    public String toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("function", function);
        m.put("args", args);
        m.put("kwargs", kwargs);
        m.put("id", id);
        return CommandJson.write(m);
    }
}
