package org.lsdcfx.amostra.sheet;

import java.util.List;
import java.util.Map;

/**
 * The first sheet of a spreadsheet as text: the header row and the rows below it, each cell trimmed.
 *
 * @param source    the file name, for messages
 * @param header    the header cells in file order
 * @param headerRow the header's row number (1-based, as shown by spreadsheet programs)
 */
public record SheetTable(String source, List<String> header, int headerRow, List<Row> rows) {
    public SheetTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /**
     * One row below the header.
     *
     * @param number the row number as shown by spreadsheet programs
     * @param cells  the cell texts in file order (may be shorter than the header)
     */
    public record Row(int number, List<String> cells) {
        public Row {
            cells = List.copyOf(cells);
        }

        /** The trimmed text of column {@code index}, "" when absent. */
        public String cell(int index) {
            return index < cells.size() && cells.get(index) != null ? cells.get(index).trim() : "";
        }

        public boolean isBlank(Map<String, Integer> columns) {
            return columns.values().stream().allMatch(i -> cell(i).isEmpty());
        }
    }
}
