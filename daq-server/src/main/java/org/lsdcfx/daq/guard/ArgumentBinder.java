package org.lsdcfx.daq.guard;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.lsdcfx.daq.command.Command;
import org.lsdcfx.daq.command.CommandParser;
import org.lsdcfx.daq.command.CommandRejectedException;

/** Binds a command's positional and keyword arguments to its parameters, as Python would, and converts them. */
final class ArgumentBinder {
    private ArgumentBinder() {
    }

    static Arguments bind(CommandSpec spec, Command command) throws CommandRejectedException {
        List<Param> params = spec.params();
        List<JsonNode> args = command.args();
        if (args.size() > params.size()) {
            throw new CommandRejectedException(spec.name() + " takes " + arity(params) + ", got " + args.size() + " positional");
        }
        Map<String, JsonNode> given = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            given.put(params.get(i).name(), args.get(i));
        }
        for (Map.Entry<String, JsonNode> kw : command.kwargs().entrySet()) {
            Param p = spec.param(kw.getKey());
            if (p == null) {
                throw new CommandRejectedException("unknown keyword argument " + CommandParser.quote(kw.getKey()) + "; " + spec.name()
                        + " takes " + arity(params));
            }
            if (given.putIfAbsent(p.name(), kw.getValue()) != null) {
                throw new CommandRejectedException("argument '" + p.name() + "' given twice (positionally and by name)");
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (Param p : params) {
            JsonNode v = given.get(p.name());
            if (v == null || v.isNull()) {
                if (p.required()) {
                    throw new CommandRejectedException("missing argument '" + p.name() + "' (" + p.typeDescription() + ")");
                }
                values.put(p.name(), p.defaultValue());
            } else {
                values.put(p.name(), p.convert(v));
            }
        }
        return new Arguments(values);
    }

    private static String arity(List<Param> params) {
        if (params.isEmpty()) {
            return "no arguments";
        }
        return params.size() + (params.size() == 1 ? " argument (" : " arguments (")
                + params.stream().map(p -> p.required() ? p.name() : p.name() + "=" + p.defaultValue()).collect(Collectors.joining(", ")) + ")";
    }
}
