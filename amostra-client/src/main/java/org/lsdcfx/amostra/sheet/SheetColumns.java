package org.lsdcfx.amostra.sheet;

import java.util.List;

/** LSDC's spreadsheet columns (header row, any order). */
public final class SheetColumns {
    public static final String PUCK_NAME = "puckName";
    public static final String POSITION = "position";
    public static final String SAMPLE_NAME = "sampleName";
    public static final String MODEL = "model";
    public static final String SEQUENCE = "sequence";
    public static final String PROPOSAL_NUM = "proposalNum";
    /** Every column a sheet must have. */
    public static final List<String> ALL = List.of(PUCK_NAME, POSITION, SAMPLE_NAME, MODEL, SEQUENCE, PROPOSAL_NUM);
    /** The columns that must be filled in on every non-empty row. */
    public static final List<String> REQUIRED_CELLS = List.of(PUCK_NAME, POSITION, SAMPLE_NAME, PROPOSAL_NUM);

    private SheetColumns() {
    }
}
