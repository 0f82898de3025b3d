package org.lsdcfx.amostra.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes small test spreadsheets: numbers become numeric cells in Excel files, null leaves a cell out. */
final class TestSheets {
    private TestSheets() {
    }

    static Path write(Path dir, String name, String format, List<List<Object>> rows) throws IOException {
        Path file = dir.resolve(name + "." + format);
        switch (format) {
            case "xlsx" -> excel(new XSSFWorkbook(), file, rows);
            case "xls" -> excel(new HSSFWorkbook(), file, rows);
            case "csv" -> Files.writeString(file, rows.stream().map(TestSheets::csvLine)
                    .collect(Collectors.joining("\r\n", "", "\r\n")), StandardCharsets.UTF_8);
            default -> throw new IllegalArgumentException(format);
        }
        return file;
    }

    private static void excel(Workbook wb, Path file, List<List<Object>> rows) throws IOException {
        try (wb; OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("samples");
            wb.createSheet("ignored second sheet").createRow(0).createCell(0).setCellValue("not read");
            for (int r = 0; r < rows.size(); r++) {
                if (rows.get(r).isEmpty()) {
                    continue; // a missing row, as spreadsheet programs store empty rows
                }
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object v = rows.get(r).get(c);
                    if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (v != null) {
                        row.createCell(c).setCellValue(v.toString());
                    }
                }
            }
            wb.write(out);
        }
    }

    private static String csvLine(List<Object> cells) {
        return cells.stream().map(v -> {
            if (v == null) {
                return "";
            }
            String s = v instanceof Double d && d == Math.rint(d) ? String.valueOf(d.longValue()) : v.toString();
            return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
        }).collect(Collectors.joining(","));
    }
}
