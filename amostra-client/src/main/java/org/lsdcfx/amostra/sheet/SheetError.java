package org.lsdcfx.amostra.sheet;

/**
 * One problem in a spreadsheet.
 *
 * @param row    the row number as the spreadsheet program shows it (the header is row 1); 0 = the whole file
 * @param column the column name ({@code puckName}, ...), or null when the problem is not about one cell
 */
public record SheetError(int row, String column, String message) {
    @Override
    public String toString() {
        String where = row == 0 ? "file" : "row " + row;
        return where + (column == null ? "" : ", " + column) + ": " + message;
    }
}
