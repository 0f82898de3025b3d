package org.lsdcfx.launcher;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.lsdcfx.amostra.Amostra;
import org.lsdcfx.amostra.sheet.ImportOptions;
import org.lsdcfx.amostra.sheet.ImportReport;
import org.lsdcfx.amostra.sheet.SheetError;
import org.lsdcfx.amostra.sheet.SheetReader;
import org.lsdcfx.amostra.sheet.SheetTable;
import org.lsdcfx.amostra.sheet.SheetValidator;
import org.lsdcfx.amostra.sheet.SheetValidationException;
import org.lsdcfx.amostra.sheet.SpreadsheetImporter;
import org.lsdcfx.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ./lsdc import-sheet}: LSDC's spreadsheet import, with every error reported at once. */
@Command(name = "import-sheet", mixinStandardHelpOptions = true,
        description = {"Import an LSDC sample spreadsheet (.xlsx, .xls or .csv; columns puckName, position, sampleName, "
                + "model, sequence, proposalNum).",
                "Prints what it created. On bad input prints every error with its row, writes nothing and exits 1."})
final class ImportSheetCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "The spreadsheet")
    Path file;

    @Option(names = "--owner", required = true, paramLabel = "USER", description = "Owner of the samples (Unix login)")
    String owner;

    @Option(names = "--dewar", paramLabel = "NAME", description = "Also put the pucks into this dewar (created if missing)")
    String dewar;

    @Option(names = "--slot", paramLabel = "PUCK=SLOT", description = "Put a puck into a given dewar slot (1A..8C); repeatable")
    Map<String, String> slots = new LinkedHashMap<>();

    @Option(names = "--keep-existing", description = "Refuse positions already filled in existing pucks instead of emptying them (LSDC empties them)")
    boolean keepExisting;

    @Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(file)) {
            err.println("lsdc import-sheet: no such file: " + file);
            return 1;
        }
        if (!slots.isEmpty() && dewar == null) {
            err.println("lsdc import-sheet: --slot needs --dewar");
            return 1;
        }
        try (StoreOptions.StoreHandle h = store.open()) {
            Amostra amostra = new Amostra(h.connection(), Clock.systemUTC());
            amostra.createIndexes();
            SheetTable table = SheetReader.forFile(file).read(file);
            List<SheetError> errors = new ArrayList<>();
            new SheetValidator().validate(table, errors);
            if (!errors.isEmpty()) { // before anything is written, even the dewar
                throw new SheetValidationException(table.source(), errors);
            }
            ImportOptions options = ImportOptions.lsdc();
            if (keepExisting) {
                options = options.keepingExistingContents();
            }
            if (dewar != null) {
                if (amostra.containers().dewarByName(dewar).isEmpty()) {
                    amostra.containers().createDewar(dewar, owner);
                    out.println("Created dewar " + dewar);
                }
                options = options.intoDewar(dewar);
                for (Map.Entry<String, String> e : slots.entrySet()) {
                    options = options.withSlot(e.getKey(), e.getValue());
                }
            }
            ImportReport report = new SpreadsheetImporter(amostra).importTable(table, owner, options);
            out.print(report.toText());
            out.flush();
            return 0;
        } catch (SheetValidationException e) {
            err.println("lsdc import-sheet: " + file + " was not imported (" + e.errors().size() + " error(s); nothing written):");
            for (SheetError error : e.errors()) {
                err.println("  " + error);
            }
            return 1;
        } catch (StoreException | IllegalArgumentException e) {
            err.println("lsdc import-sheet: " + e.getMessage());
            return 1;
        }
    }
}
