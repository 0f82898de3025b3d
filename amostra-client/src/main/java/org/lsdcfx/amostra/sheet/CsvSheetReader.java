package org.lsdcfx.amostra.sheet;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a UTF-8 (optionally BOM-prefixed) comma-separated file with Apache Commons CSV; the first record is the
 * header. Empty lines are kept as empty rows so row numbers match the file's line numbers.
 */
public final class CsvSheetReader implements SheetReader {
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).setTrim(true).get();

    @Override
    public SheetTable read(Path file) {
        String source = file.getFileName().toString();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(in, FORMAT)) {
            List<String> header = null;
            List<SheetTable.Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                List<String> cells = record.toList();
                if (header == null) {
                    List<String> h = new ArrayList<>(cells);
                    if (!h.isEmpty()) {
                        h.set(0, h.get(0).replace("\uFEFF", "").trim());
                    }
                    header = h;
                } else {
                    rows.add(new SheetTable.Row((int) record.getRecordNumber(), cells));
                }
            }
            return new SheetTable(source, header == null ? List.of() : header, 1, rows);
        } catch (IOException | RuntimeException e) {
            throw new SheetValidationException(source, List.of(new SheetError(0, null,
                    "cannot read the CSV file: " + e.getMessage())));
        }
    }
}
