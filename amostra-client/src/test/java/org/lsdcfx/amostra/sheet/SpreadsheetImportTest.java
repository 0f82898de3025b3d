package org.lsdcfx.amostra.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lsdcfx.amostra.Amostra;
import org.lsdcfx.amostra.Container;
import org.lsdcfx.amostra.NewSample;
import org.lsdcfx.amostra.Sample;
import org.lsdcfx.amostra.SampleLocation;
import org.lsdcfx.store.test.EmbeddedMongo;

class SpreadsheetImportTest {
    @RegisterExtension
    static EmbeddedMongo mongo = new EmbeddedMongo();

    private static final String DEWAR = "primaryDewarTest";
    private static final List<Object> HEADER = List.of("puckName", "position", "sampleName", "model", "sequence",
            "proposalNum");

    @TempDir
    Path dir;
    private Amostra amostra;
    private SpreadsheetImporter importer;
    private Container dewar;

    @BeforeEach
    void setUp() {
        amostra = new Amostra(mongo.connection(), java.time.Clock.systemUTC());
        amostra.createIndexes();
        importer = new SpreadsheetImporter(amostra);
        dewar = amostra.containers().createDewar(DEWAR, "amx");
    }

    private static List<Object> row(Object... cells) {
        return new ArrayList<>(Arrays.asList(cells));
    }

    private long sampleCount() {
        return mongo.connection().amostra().getCollection(Amostra.SAMPLE).countDocuments();
    }

    private long containerCount() {
        return mongo.connection().amostra().getCollection(Amostra.CONTAINER).countDocuments();
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls", "csv"})
    void goodSheetCreatesPucksAndSamplesAndFillsFreeDewarSlots(String format) throws Exception {
        // columns in another order than LSDC's template; a blank row in the middle is skipped
        Path file = TestSheets.write(dir, "good", format, List.of(
                row("sampleName", "proposalNum", "position", "puckName", "sequence", "model"),
                row("lyso-1", 311234, 1, "AMX-001", "KVFGRCELAAAMKRHGLDNYRG", "lyso.pdb"),
                row("lyso_2", 311234, 16, "AMX-001", null, null),
                row(),
                row("thau-1", 311234, 3, "AMX-002", "", "")));
        amostra.containers().insert(dewar.uid(), 1, amostra.containers().createPuck("staffPuck", "amx").uid(), "amx");

        ImportReport report = importer.importFile(file, "jdoe", ImportOptions.lsdc().intoDewar(DEWAR));

        assertEquals(311234, report.proposalID());
        assertEquals(List.of("lyso-1", "lyso_2", "thau-1"), report.samples().stream().map(ImportReport.CreatedSample::name).toList());
        assertEquals(List.of(2, 3, 5), report.samples().stream().map(ImportReport.CreatedSample::row).toList());
        assertEquals(2, report.pucksCreated());
        assertEquals(List.of("1B", "1C"), report.pucks().stream().map(ImportReport.PuckResult::slotLabel).toList(),
                "slot 1A was taken, so the next free slots");
        assertTrue(report.toText().contains("puck AMX-001 (new) in primaryDewarTest slot 1B: 2 sample(s)"), report.toText());

        Sample lyso = amostra.samples().byName("lyso-1", "jdoe").orElseThrow();
        assertEquals(311234, lyso.proposalID());
        assertEquals("lyso.pdb", lyso.model());
        assertEquals("KVFGRCELAAAMKRHGLDNYRG", lyso.sequence());
        SampleLocation at = amostra.containers().coordinatesOf(DEWAR, lyso.uid()).orElseThrow();
        assertEquals("1B", at.slotLabel());
        assertEquals(1, at.pin());
        Sample thau = amostra.samples().byName("thau-1", "jdoe").orElseThrow();
        assertEquals(null, thau.model(), "an empty cell is no value");
        assertEquals(3, amostra.containers().coordinatesOf(DEWAR, thau.uid()).orElseThrow().pin());
        assertEquals(16, amostra.containers().coordinatesOf(DEWAR,
                amostra.samples().byName("lyso_2", "jdoe").orElseThrow().uid()).orElseThrow().pin());
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls", "csv"})
    void everyProblemIsReportedWithItsRowAndNothingIsWritten(String format) throws Exception {
        amostra.samples().create(new NewSample("already", "jdoe", 311234), "jdoe");
        long samplesBefore = sampleCount();
        long containersBefore = containerCount();
        Path file = TestSheets.write(dir, "bad", format, List.of(
                HEADER,
                row("P1", 1, "good-1", null, null, 311234),          // 2: fine
                row("P1", 2, "has space", null, null, 311234),       // 3: bad name
                row("P1", 3, "a".repeat(26), null, null, 311234),    // 4: too long
                row("P1", 4, "good-1", null, null, 311234),          // 5: duplicate in sheet
                row("P1", 17, "s17", null, null, 311234),            // 6: position out of range
                row("P1", "two", "s-two", null, null, 311234),       // 7: position not a number
                row("P1", 5, null, null, null, 311234),              // 8: partial row: no sample name
                row("P1", 6, "other-prop", null, null, 999999),      // 9: second proposal
                row("P1", 1, "same-pos", null, null, 311234),        // 10: position 1 of P1 taken by row 2
                row("bad puck!", 1, "s-bp", null, null, 311234),     // 11: bad puck name
                row(),                                               // 12: blank: skipped
                row("P1", 7, "already", null, null, "311234x")));    // 13: bad proposal
        SheetValidationException e = assertThrows(SheetValidationException.class,
                () -> importer.importFile(file, "jdoe", ImportOptions.lsdc().intoDewar(DEWAR)));

        List<String> found = e.errors().stream().map(x -> x.row() + ":" + x.column()).toList();
        assertEquals(List.of("3:sampleName", "4:sampleName", "5:sampleName", "6:position", "7:position",
                "8:sampleName", "9:proposalNum", "10:position", "11:puckName", "13:proposalNum"), found, e.getMessage());
        assertTrue(e.getMessage().contains("row 5, sampleName: sample name 'good-1' is already used in row 2"), e.getMessage());
        assertTrue(e.getMessage().contains("row 9, proposalNum: proposal 999999 differs from proposal 311234 in row 2"),
                e.getMessage());
        assertTrue(e.getMessage().contains("row 10, position: puck P1 position 1 already holds sample good-1 (row 2)"),
                e.getMessage());
        assertTrue(e.getMessage().contains("row 6, position: position '17' is not a whole number from 1 to 16"),
                e.getMessage());
        assertEquals(samplesBefore, sampleCount(), "nothing written");
        assertEquals(containersBefore, containerCount(), "no puck created");
    }

    @Test
    void missingColumnsAreAllNamed() throws Exception {
        Path file = TestSheets.write(dir, "cols", "csv", List.of(
                row("puckName", "position", "sampleName", "sequence"),
                row("P1", 1, "x", "")));
        SheetValidationException e = assertThrows(SheetValidationException.class,
                () -> importer.importFile(file, "jdoe", ImportOptions.lsdc()));
        assertEquals(List.of(new SheetError(1, "model", "the header has no model column (a sheet needs puckName,"
                        + " position, sampleName, model, sequence, proposalNum)"),
                new SheetError(1, "proposalNum", "the header has no proposalNum column (a sheet needs puckName,"
                        + " position, sampleName, model, sequence, proposalNum)")), e.errors());
    }

    @Test
    void storeChecksNamesTakenByTheOwnerAndDewarSlots() throws Exception {
        amostra.samples().create(new NewSample("taken", "jdoe", 311234), "jdoe");
        amostra.samples().create(new NewSample("free-for-jdoe", "someoneElse", 311234), "someoneElse");
        amostra.containers().insert(dewar.uid(), 4, amostra.containers().createPuck("staffPuck", "amx").uid(), "amx");
        Path file = TestSheets.write(dir, "store", "xlsx", List.of(HEADER,
                row("P1", 1, "taken", null, null, 311234),
                row("P1", 2, "free-for-jdoe", null, null, 311234),
                row("P2", 1, "ok", null, null, 311234)));
        long before = sampleCount();

        SheetValidationException e = assertThrows(SheetValidationException.class, () -> importer.importFile(file, "jdoe",
                ImportOptions.lsdc().intoDewar(DEWAR).withSlot("P1", "2A").withSlot("P2", "9Z").requiringKnownProposal()));
        assertEquals(List.of(
                new SheetError(2, "sampleName", "owner jdoe already has a sample named 'taken'"),
                new SheetError(2, "proposalNum", "proposal 311234 is not registered")), e.errors(),
                "store checks run once the sheet itself is valid; the dewar is checked after them");

        SheetValidationException slots = assertThrows(SheetValidationException.class, () -> importer.importFile(
                TestSheets.write(dir, "slots", "csv", List.of(HEADER, row("P1", 1, "n1", null, null, 311234),
                        row("P2", 1, "n2", null, null, 311234), row("P3", 1, "n3", null, null, 311234))),
                "jdoe", ImportOptions.lsdc().intoDewar(DEWAR).withSlot("P1", "2A").withSlot("P2", "9Z")
                        .withSlot("P3", "2A")));
        assertEquals(List.of(
                new SheetError(2, "puckName", "dewar primaryDewarTest slot 2A already holds another puck"),
                new SheetError(3, "puckName", "'9Z' is not a slot of dewar primaryDewarTest (1A to 8C)"),
                new SheetError(4, "puckName", "dewar primaryDewarTest slot 2A already holds another puck")),
                slots.errors());
        assertEquals(before, sampleCount());
    }

    @Test
    void aReusedPuckIsEmptiedAsLsdcDoesOrRefusedWhenItsContentsMustStay() throws Exception {
        Container p1 = amostra.containers().createPuck("P1", "jdoe");
        Sample old = amostra.samples().create(new NewSample("old", "jdoe", 311234), "jdoe");
        amostra.containers().insert(p1.uid(), 1, old.uid(), "jdoe");
        amostra.containers().insert(dewar.uid(), 7, p1.uid(), "amx");
        Path file = TestSheets.write(dir, "reuse", "xls", List.of(HEADER, row("P1", 1, "new-1", null, null, 311234)));

        SheetValidationException e = assertThrows(SheetValidationException.class, () -> importer.importFile(file,
                "jdoe", ImportOptions.lsdc().intoDewar(DEWAR).keepingExistingContents()));
        assertEquals(List.of(new SheetError(2, "position", "puck P1 position 1 already holds sample " + old.uid())),
                e.errors());

        ImportReport report = importer.importFile(file, "jdoe", ImportOptions.lsdc().intoDewar(DEWAR));
        ImportReport.PuckResult puck = report.pucks().get(0);
        assertFalse(puck.created());
        assertEquals("3A", puck.slotLabel(), "a puck already in the dewar stays in its slot");
        assertEquals(List.of(old.uid()), puck.displaced());
        assertTrue(amostra.containers().coordinatesOf(DEWAR, old.uid()).isEmpty());
        assertTrue(amostra.samples().get(old.uid()).isActive(), "the displaced sample still exists");
        assertEquals(1, amostra.containers().get(p1.uid()).positionOf(report.samples().get(0).uid()));
    }

    @Test
    void unsupportedOrUnreadableFilesAreReportedNotThrownRaw() throws Exception {
        SheetValidationException type = assertThrows(SheetValidationException.class,
                () -> importer.importFile(dir.resolve("samples.ods"), "jdoe", ImportOptions.lsdc()));
        assertEquals("unsupported file type; use .xlsx, .xls or .csv", type.errors().get(0).message());
        Path notExcel = java.nio.file.Files.writeString(dir.resolve("fake.xlsx"), "puckName,position\n");
        SheetValidationException unreadable = assertThrows(SheetValidationException.class,
                () -> importer.importFile(notExcel, "jdoe", ImportOptions.lsdc()));
        assertTrue(unreadable.errors().get(0).message().startsWith("cannot read the spreadsheet"));
        Path empty = TestSheets.write(dir, "empty", "csv", List.of(HEADER, row()));
        assertEquals(List.of(new SheetError(0, null, "the sheet has no samples")), assertThrows(
                SheetValidationException.class, () -> importer.importFile(empty, "jdoe", ImportOptions.lsdc())).errors());
    }
}
