package org.lsdcfx.daq.queue;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import org.lsdcfx.daq.guard.CommandCatalog;
import org.lsdcfx.daq.guard.CommandSpec;

/**
 * The server's whitelist: every command the server runs, with its schema and handler. There is no other way to
 * make the server run code. Filled while the server is built; read by the guard afterwards. Thread-safe.
 */
public final class CommandRegistry implements CommandCatalog {
    /** A command and what runs it. */
    public record Entry(CommandSpec spec, CommandHandler handler) {
    }

    private final Map<String, Entry> entries = new ConcurrentSkipListMap<>();

    /** @throws IllegalArgumentException if the name is already registered */
    public void register(CommandSpec spec, CommandHandler handler) {
        if (entries.putIfAbsent(spec.name(), new Entry(spec, handler)) != null) {
            throw new IllegalArgumentException("command " + spec.name() + " is registered twice");
        }
    }

    @Override
    public CommandSpec find(String function) {
        Entry e = entries.get(function);
        return e == null ? null : e.spec();
    }

    @Override
    public Collection<CommandSpec> all() {
        return entries.values().stream().map(Entry::spec).toList();
    }

    public CommandHandler handler(String function) {
        Entry e = entries.get(function);
        if (e == null) {
            throw new IllegalArgumentException("no command " + function);
        }
        return e.handler();
    }

    public List<String> names() {
        return List.copyOf(entries.keySet());
    }
}
