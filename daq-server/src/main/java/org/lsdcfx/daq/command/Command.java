package org.lsdcfx.daq.command;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A command as it arrived, after JSON parsing and before its arguments were checked against the command's
 * schema: LSDC's {@code {"function": ..., "args": [...], "kwargs": {...}}} plus an optional {@code "id"}.
 *
 * @param id       the caller's id for matching the reply, or one the server assigned
 * @param function command name, a plain identifier
 * @param args     positional arguments, unconverted
 * @param kwargs   keyword arguments, unconverted, in arrival order
 */
public record Command(String id, String function, List<JsonNode> args, Map<String, JsonNode> kwargs) {
    public Command {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(function, "function");
        args = List.copyOf(args);
        kwargs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(kwargs));
    }
}
