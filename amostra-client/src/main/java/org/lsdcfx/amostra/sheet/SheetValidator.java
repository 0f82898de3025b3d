package org.lsdcfx.amostra.sheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.lsdcfx.amostra.ContainerKind;
import org.lsdcfx.amostra.SampleNames;

/**
 * Checks a sheet on its own (no store): LSDC's rules from {@code sanitize_sheet.py} (sample names of at most 25
 * characters of {@code [0-9a-zA-Z-_]}, unique in the sheet; one numeric proposal per sheet) plus: every column
 * present, required cells filled, positions 1..16, one sample per puck position, valid puck names. Blank rows are
 * skipped. Every problem is collected, with its row. Stateless.
 */
public final class SheetValidator {
    private static final int PINS = ContainerKind.PUCK.standardSlots();

    /** The valid entries; {@code errors} receives every problem (the entries are meaningless if any). */
    public List<SheetEntry> validate(SheetTable table, List<SheetError> errors) {
        Map<String, Integer> columns = columns(table, errors);
        if (columns == null) {
            return List.of();
        }
        List<SheetEntry> entries = new ArrayList<>();
        Map<String, Integer> sampleRows = new HashMap<>();
        Map<String, SheetEntry> byPuckPosition = new HashMap<>();
        Integer sheetProposal = null;
        int sheetProposalRow = 0;
        for (SheetTable.Row row : table.rows()) {
            if (row.isBlank(columns)) {
                continue;
            }
            int errorsBefore = errors.size();
            for (String required : SheetColumns.REQUIRED_CELLS) {
                if (row.cell(columns.get(required)).isEmpty()) {
                    errors.add(new SheetError(row.number(), required, "missing " + required));
                }
            }
            String puck = row.cell(columns.get(SheetColumns.PUCK_NAME));
            String sample = row.cell(columns.get(SheetColumns.SAMPLE_NAME));
            if (!puck.isEmpty()) {
                SampleNames.problem(puck).ifPresent(p -> errors.add(new SheetError(row.number(), SheetColumns.PUCK_NAME,
                        "invalid puck name: " + p)));
            }
            if (!sample.isEmpty()) {
                SampleNames.problem(sample).ifPresent(p -> errors.add(new SheetError(row.number(),
                        SheetColumns.SAMPLE_NAME, "invalid sample name: " + p)));
                Integer first = sampleRows.putIfAbsent(sample, row.number());
                if (first != null) {
                    errors.add(new SheetError(row.number(), SheetColumns.SAMPLE_NAME, "sample name '" + sample
                            + "' is already used in row " + first));
                }
            }
            Integer position = wholeNumber(row.cell(columns.get(SheetColumns.POSITION))).orElse(null);
            String positionText = row.cell(columns.get(SheetColumns.POSITION));
            if (!positionText.isEmpty() && (position == null || position < 1 || position > PINS)) {
                errors.add(new SheetError(row.number(), SheetColumns.POSITION, "position '" + positionText
                        + "' is not a whole number from 1 to " + PINS));
                position = null;
            }
            String proposalText = row.cell(columns.get(SheetColumns.PROPOSAL_NUM));
            Integer proposal = wholeNumber(proposalText).filter(p -> p > 0).orElse(null);
            if (!proposalText.isEmpty() && proposal == null) {
                errors.add(new SheetError(row.number(), SheetColumns.PROPOSAL_NUM, "proposal '" + proposalText
                        + "' is not a proposal number"));
            } else if (proposal != null && sheetProposal == null) {
                sheetProposal = proposal;
                sheetProposalRow = row.number();
            } else if (proposal != null && !proposal.equals(sheetProposal)) {
                errors.add(new SheetError(row.number(), SheetColumns.PROPOSAL_NUM, "proposal " + proposal
                        + " differs from proposal " + sheetProposal + " in row " + sheetProposalRow
                        + "; a sheet holds samples of one proposal"));
            }
            if (!puck.isEmpty() && position != null) {
                SheetEntry holder = byPuckPosition.get(puck + "\u0000" + position);
                if (holder != null) {
                    errors.add(new SheetError(row.number(), SheetColumns.POSITION, "puck " + puck + " position "
                            + position + " already holds sample " + holder.sampleName() + " (row " + holder.row() + ")"));
                }
            }
            if (errors.size() == errorsBefore) {
                SheetEntry e = new SheetEntry(row.number(), puck, position, sample,
                        row.cell(columns.get(SheetColumns.MODEL)), row.cell(columns.get(SheetColumns.SEQUENCE)), proposal);
                entries.add(e);
                byPuckPosition.put(puck + "\u0000" + position, e);
            }
        }
        if (entries.isEmpty() && errors.isEmpty()) {
            errors.add(new SheetError(0, null, "the sheet has no samples"));
        }
        return entries;
    }

    /** Column name → index, matching names case-insensitively; null (with errors) if any column is missing. */
    private static Map<String, Integer> columns(SheetTable table, List<SheetError> errors) {
        Map<String, Integer> byLowerName = new HashMap<>();
        for (int i = 0; i < table.header().size(); i++) {
            String name = table.header().get(i).trim().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            if (byLowerName.putIfAbsent(name, i) != null) {
                errors.add(new SheetError(table.headerRow(), table.header().get(i).trim(), "the column appears twice"));
            }
        }
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (String column : SheetColumns.ALL) {
            Integer index = byLowerName.get(column.toLowerCase(Locale.ROOT));
            if (index == null) {
                errors.add(new SheetError(table.headerRow(), column, "the header has no " + column + " column"
                        + " (a sheet needs " + String.join(", ", SheetColumns.ALL) + ")"));
            } else {
                columns.put(column, index);
            }
        }
        return columns.size() == SheetColumns.ALL.size() && errors.isEmpty() ? columns : null;
    }

    /** "3" and "3.0" (how spreadsheets may show a typed 3) are 3; anything else is empty. */
    private static Optional<Integer> wholeNumber(String text) {
        if (!text.matches("\\d{1,9}(\\.0+)?")) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(text.replaceAll("\\.0+$", "")));
    }
}
