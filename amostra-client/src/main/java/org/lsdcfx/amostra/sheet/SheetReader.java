package org.lsdcfx.amostra.sheet;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Reads the first sheet of a spreadsheet file as text. */
public interface SheetReader {
    /**
     * @throws SheetValidationException when the file cannot be read (one error, row 0)
     */
    SheetTable read(Path file);

    /** The reader for a file's extension: {@code .xlsx}, {@code .xls} or {@code .csv}. */
    static SheetReader forFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
            return new ExcelSheetReader();
        }
        if (name.endsWith(".csv")) {
            return new CsvSheetReader();
        }
        throw new SheetValidationException(file.getFileName().toString(), List.of(new SheetError(0, null,
                "unsupported file type; use .xlsx, .xls or .csv")));
    }
}
