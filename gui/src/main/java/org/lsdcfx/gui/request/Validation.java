package org.lsdcfx.gui.request;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The result of checking the form: a message per invalid field, and a message about the request as a whole
 * (for example "no visit directory"). Immutable.
 */
public record Validation(Map<FieldId, String> errors, String general) {
    public Validation {
        errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    public boolean valid() {
        return errors.isEmpty() && general == null;
    }

    /** The reason a submit is refused: the first problem, and how many more there are. */
    public String reason() {
        if (valid()) {
            return "";
        }
        String first = general != null ? general : errors.values().iterator().next();
        int more = errors.size() + (general != null ? 1 : 0) - 1;
        return first + (more > 0 ? " (and " + more + " more problem" + (more > 1 ? "s" : "") + ")" : "");
    }
}
