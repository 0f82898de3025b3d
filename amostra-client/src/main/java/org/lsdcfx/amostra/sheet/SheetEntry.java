package org.lsdcfx.amostra.sheet;

/**
 * One valid spreadsheet row: a sample to create in a puck position.
 *
 * @param row      the row number in the file
 * @param position 1..16
 * @param model    may be empty
 * @param sequence may be empty
 */
public record SheetEntry(int row, String puckName, int position, String sampleName, String model, String sequence,
                         int proposalID) {
}
