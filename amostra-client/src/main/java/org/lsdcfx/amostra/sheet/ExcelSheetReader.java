package org.lsdcfx.amostra.sheet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads {@code .xlsx} and {@code .xls} with Apache POI. Cells are taken as displayed (a number typed as 3 reads
 * "3"; formulas are evaluated), as the user sees them in the spreadsheet program.
 */
public final class ExcelSheetReader implements SheetReader {
    @Override
    public SheetTable read(Path file) {
        String source = file.getFileName().toString();
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new SheetValidationException(source, List.of(new SheetError(0, null, "the workbook has no sheet")));
            }
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            List<String> header = cells(sheet.getRow(0), formatter, evaluator);
            List<SheetTable.Row> rows = new ArrayList<>();
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                Row row = sheet.getRow(i);
                if (row != null) {
                    rows.add(new SheetTable.Row(i + 1, cells(row, formatter, evaluator)));
                }
            }
            return new SheetTable(source, header, 1, rows);
        } catch (IOException | RuntimeException e) {
            if (e instanceof SheetValidationException sve) {
                throw sve;
            }
            throw new SheetValidationException(source, List.of(new SheetError(0, null,
                    "cannot read the spreadsheet: " + e.getMessage())));
        }
    }

    private static List<String> cells(Row row, DataFormatter formatter, FormulaEvaluator evaluator) {
        List<String> out = new ArrayList<>();
        if (row == null) {
            return out;
        }
        for (int c = 0; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            out.add(cell == null ? "" : formatter.formatCellValue(cell, evaluator).trim());
        }
        return out;
    }
}
