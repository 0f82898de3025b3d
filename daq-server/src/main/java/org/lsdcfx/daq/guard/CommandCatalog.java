package org.lsdcfx.daq.guard;

import java.util.Collection;

/** The commands the guard knows, by name. */
public interface CommandCatalog {
    /** The spec for this function name, or null if there is no such command. */
    CommandSpec find(String function);

    /** All specs, sorted by name. */
    Collection<CommandSpec> all();
}
