package org.lsdcfx.gui.model;

import java.util.List;

/**
 * What a batch of store writes did: each request's fate in one line, for the message log.
 *
 * @param done      uids written
 * @param conflicts one line per request someone else changed meanwhile (nothing written for it)
 * @param problems  one line per request refused for another reason (nothing written for it)
 */
public record StoreOutcome(List<String> done, List<String> conflicts, List<String> problems) {
    public StoreOutcome {
        done = List.copyOf(done);
        conflicts = List.copyOf(conflicts);
        problems = List.copyOf(problems);
    }

    public boolean clean() {
        return conflicts.isEmpty() && problems.isEmpty();
    }
}
