package org.lsdcfx.amostra.sheet;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import org.lsdcfx.amostra.Amostra;
import org.lsdcfx.amostra.Container;
import org.lsdcfx.amostra.NewSample;
import org.lsdcfx.amostra.Sample;
import org.lsdcfx.amostra.SlotLabels;
import org.lsdcfx.amostra.sheet.ImportReport.CreatedSample;
import org.lsdcfx.amostra.sheet.ImportReport.PuckResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports an LSDC sample spreadsheet (LSDC's {@code importSpreadsheet}): creates the missing pucks, new samples
 * (never reusing old ones) and places them by position; optionally puts the pucks into a dewar. Everything is
 * checked first (the sheet on its own, then against the store: names the owner already uses, puck contents,
 * dewar slots) and every problem is reported at once in a {@link SheetValidationException}; nothing is written
 * unless the whole sheet is good. The embedded store has no transactions, so a store failure part-way through
 * the writes can leave the import half done; the log says how far it got. Thread-safe if the Amostra is.
 */
public final class SpreadsheetImporter {
    private static final Logger log = LoggerFactory.getLogger(SpreadsheetImporter.class);

    private final Amostra amostra;
    private final SheetValidator validator = new SheetValidator();

    public SpreadsheetImporter(Amostra amostra) {
        this.amostra = amostra;
    }

    /** Reads and imports {@code .xlsx}, {@code .xls} or {@code .csv}. */
    public ImportReport importFile(Path file, String owner, ImportOptions options) {
        return importTable(SheetReader.forFile(file).read(file), owner, options);
    }

    public ImportReport importTable(SheetTable table, String owner, ImportOptions options) {
        List<SheetError> errors = new ArrayList<>();
        List<SheetEntry> entries = validator.validate(table, errors);
        if (errors.isEmpty()) {
            checkAgainstStore(entries, owner, options, errors);
        }
        List<PuckPlan> pucks = errors.isEmpty() ? planPucks(entries, owner, options, errors) : List.of();
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparingInt(SheetError::row));
            log.info("Spreadsheet {} for {} refused with {} problem(s)", table.source(), owner, errors.size());
            throw new SheetValidationException(table.source(), errors);
        }
        return write(table.source(), owner, options, entries, pucks);
    }

    private void checkAgainstStore(List<SheetEntry> entries, String owner, ImportOptions options,
                                   List<SheetError> errors) {
        Set<String> taken = amostra.samples().existingNames(owner, entries.stream().map(SheetEntry::sampleName).toList());
        for (SheetEntry e : entries) {
            if (taken.contains(e.sampleName())) {
                errors.add(new SheetError(e.row(), SheetColumns.SAMPLE_NAME, "owner " + owner
                        + " already has a sample named '" + e.sampleName() + "'"));
            }
        }
        int proposal = entries.get(0).proposalID();
        if (options.requireKnownProposal() && !amostra.proposals().exists(proposal)) {
            errors.add(new SheetError(entries.get(0).row(), SheetColumns.PROPOSAL_NUM, "proposal " + proposal
                    + " is not registered"));
        }
    }

    /** What to do with one puck of the sheet. {@code slot} is the dewar slot to put it in (null: none/already). */
    private record PuckPlan(String name, Container existing, List<SheetEntry> entries, Integer slot,
                            Integer currentSlot) {
        int firstRow() {
            return entries.get(0).row();
        }
    }

    private List<PuckPlan> planPucks(List<SheetEntry> entries, String owner, ImportOptions options,
                                     List<SheetError> errors) {
        Map<String, List<SheetEntry>> byPuck = new LinkedHashMap<>();
        entries.forEach(e -> byPuck.computeIfAbsent(e.puckName(), k -> new ArrayList<>()).add(e));
        Container dewar = null;
        if (options.dewarName() != null) {
            dewar = amostra.containers().dewarByName(options.dewarName()).orElse(null);
            if (dewar == null) {
                errors.add(new SheetError(0, null, "there is no dewar named '" + options.dewarName() + "'"));
            }
        }
        options.puckSlots().keySet().stream().filter(p -> !byPuck.containsKey(p)).forEach(p -> errors.add(
                new SheetError(0, null, "a slot is given for puck " + p + ", which is not in the sheet")));

        List<PuckPlan> plans = new ArrayList<>();
        Map<Integer, String> claimed = new HashMap<>(); // dewar slot → puck name, for this import
        for (Map.Entry<String, List<SheetEntry>> g : byPuck.entrySet()) {
            String name = g.getKey();
            int firstRow = g.getValue().get(0).row();
            Container existing = amostra.containers().byName(name, owner).orElse(null);
            if (existing != null && !existing.isPuck()) {
                errors.add(new SheetError(firstRow, SheetColumns.PUCK_NAME, "'" + name + "' is a " + existing.kind()
                        + ", not a puck"));
                continue;
            }
            if (existing != null && !options.emptyReusedPucks()) {
                for (SheetEntry e : g.getValue()) {
                    existing.at(e.position()).ifPresent(uid -> errors.add(new SheetError(e.row(), SheetColumns.POSITION,
                            "puck " + name + " position " + e.position() + " already holds sample " + uid)));
                }
            }
            Integer current = null;
            Integer wanted = null;
            if (dewar != null) {
                current = existing == null ? null : positionIn(dewar, existing.uid());
                if (existing != null && current == null) {
                    Container holder = amostra.containers().holderOf(existing.uid()).orElse(null);
                    if (holder != null) {
                        errors.add(new SheetError(firstRow, SheetColumns.PUCK_NAME, "puck " + name + " is in "
                                + holder.name() + " slot " + SlotLabels.label(holder.positionOf(existing.uid()))
                                + "; take it out first"));
                    }
                }
                wanted = requestedSlot(name, firstRow, dewar, current, claimed, options, errors);
            }
            plans.add(new PuckPlan(name, existing, g.getValue(), wanted, current));
        }
        return dewar == null ? plans : assignFreeSlots(plans, dewar, claimed, options, errors);
    }

    private static Integer positionIn(Container dewar, String puckUid) {
        int p = dewar.positionOf(puckUid);
        return p > 0 ? p : null;
    }

    private static Integer requestedSlot(String puck, int row, Container dewar, Integer current,
                                         Map<Integer, String> claimed, ImportOptions options, List<SheetError> errors) {
        String label = options.puckSlots().get(puck);
        if (label == null) {
            return null;
        }
        OptionalInt slot = SlotLabels.position(label);
        if (slot.isEmpty() || slot.getAsInt() > dewar.capacity()) {
            errors.add(new SheetError(row, SheetColumns.PUCK_NAME, "'" + label + "' is not a slot of dewar "
                    + dewar.name() + " (1A to " + SlotLabels.label(dewar.capacity()) + ")"));
            return null;
        }
        int s = slot.getAsInt();
        if (current != null) {
            if (current != s) {
                errors.add(new SheetError(row, SheetColumns.PUCK_NAME, "puck " + puck + " is already in slot "
                        + SlotLabels.label(current) + ", not " + SlotLabels.label(s) + "; move it first"));
            }
            return null;
        }
        if (dewar.at(s).isPresent()) {
            errors.add(new SheetError(row, SheetColumns.PUCK_NAME, "dewar " + dewar.name() + " slot "
                    + SlotLabels.label(s) + " already holds another puck"));
            return null;
        }
        String other = claimed.putIfAbsent(s, puck);
        if (other != null) {
            errors.add(new SheetError(row, SheetColumns.PUCK_NAME, "slot " + SlotLabels.label(s)
                    + " is asked for both " + other + " and " + puck));
            return null;
        }
        return s;
    }

    private static List<PuckPlan> assignFreeSlots(List<PuckPlan> plans, Container dewar, Map<Integer, String> claimed,
                                                  ImportOptions options, List<SheetError> errors) {
        List<PuckPlan> out = new ArrayList<>();
        int next = 1;
        for (PuckPlan p : plans) {
            if (p.slot() != null || p.currentSlot() != null || options.puckSlots().containsKey(p.name())) {
                out.add(p);
                continue;
            }
            while (next <= dewar.capacity() && (dewar.at(next).isPresent() || claimed.containsKey(next))) {
                next++;
            }
            if (next > dewar.capacity()) {
                errors.add(new SheetError(p.firstRow(), SheetColumns.PUCK_NAME, "dewar " + dewar.name()
                        + " has no free slot left for puck " + p.name()));
                out.add(p);
                continue;
            }
            claimed.put(next, p.name());
            out.add(new PuckPlan(p.name(), p.existing(), p.entries(), next, null));
        }
        return out;
    }

    private ImportReport write(String source, String owner, ImportOptions options, List<SheetEntry> entries,
                               List<PuckPlan> plans) {
        int proposal = entries.get(0).proposalID();
        Map<String, String> puckUids = new HashMap<>();
        Map<String, List<String>> displaced = new HashMap<>();
        for (PuckPlan p : plans) {
            if (p.existing() == null) {
                puckUids.put(p.name(), amostra.containers().createPuck(p.name(), owner).uid());
            } else {
                puckUids.put(p.name(), p.existing().uid());
                if (options.emptyReusedPucks() && !p.existing().children().isEmpty()) {
                    displaced.put(p.name(), amostra.containers().get(p.existing().uid()).children());
                    amostra.containers().empty(p.existing().uid(), owner);
                }
            }
        }
        List<NewSample> batch = entries.stream().map(e -> new NewSample(e.sampleName(), owner, proposal,
                blankToNull(e.model()), blankToNull(e.sequence()))).toList();
        List<Sample> created = amostra.samples().createAll(batch, owner);
        List<CreatedSample> createdSamples = new ArrayList<>();
        for (PuckPlan p : plans) {
            Map<Integer, String> positions = new TreeMap<>();
            for (SheetEntry e : p.entries()) {
                Sample s = created.get(entries.indexOf(e));
                positions.put(e.position(), s.uid());
                createdSamples.add(new CreatedSample(e.row(), s.name(), s.uid(), p.name(), e.position()));
            }
            amostra.containers().insertAll(puckUids.get(p.name()), positions, owner);
        }
        Map<Integer, String> slots = new TreeMap<>();
        plans.stream().filter(p -> p.slot() != null).forEach(p -> slots.put(p.slot(), puckUids.get(p.name())));
        if (!slots.isEmpty()) {
            Container dewar = amostra.containers().requireDewar(options.dewarName());
            amostra.containers().insertAll(dewar.uid(), slots, owner);
        }
        List<PuckResult> pucks = plans.stream().map(p -> {
            Integer slot = p.slot() != null ? p.slot() : p.currentSlot();
            return new PuckResult(p.name(), puckUids.get(p.name()), p.existing() == null,
                    slot == null ? null : SlotLabels.label(slot), displaced.getOrDefault(p.name(), List.of()));
        }).toList();
        createdSamples.sort(Comparator.comparingInt(CreatedSample::row));
        ImportReport report = new ImportReport(source, owner, proposal, options.dewarName(), pucks, createdSamples);
        log.info("Imported {}: {} sample(s) in {} puck(s) for {}", source, created.size(), pucks.size(), owner);
        return report;
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
