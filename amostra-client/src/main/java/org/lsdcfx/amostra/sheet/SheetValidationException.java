package org.lsdcfx.amostra.sheet;

import java.util.List;
import java.util.stream.Collectors;

/** A spreadsheet was refused; {@link #errors()} lists every problem found, and nothing was written. */
public class SheetValidationException extends RuntimeException {
    private final transient List<SheetError> errors;

    public SheetValidationException(String source, List<SheetError> errors) {
        super(source + ": " + errors.size() + " problem(s), nothing imported:\n"
                + errors.stream().map(e -> "  " + e).collect(Collectors.joining("\n")));
        this.errors = List.copyOf(errors);
    }

    public List<SheetError> errors() {
        return errors;
    }
}
