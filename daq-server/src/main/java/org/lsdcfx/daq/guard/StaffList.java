package org.lsdcfx.daq.guard;

import java.util.Set;
import java.util.TreeSet;
import org.lsdcfx.daq.command.Caller;

/**
 * Identities allowed to run staff-only commands: plain user names ("jdoe": that user from any host) or
 * {@code user@host} entries (that user from that host only). Immutable.
 */
public final class StaffList {
    private final Set<String> entries;

    public StaffList(Set<String> entries) {
        this.entries = Set.copyOf(new TreeSet<>(entries));
    }

    public boolean isStaff(Caller caller) {
        return caller != null && (entries.contains(caller.user()) || entries.contains(caller.display()));
    }

    public Set<String> entries() {
        return entries;
    }

    @Override
    public String toString() {
        return String.join(", ", new TreeSet<>(entries));
    }
}
