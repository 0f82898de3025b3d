package org.lsdcfx.daq.handlers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.lsdcfx.amostra.sheet.ImportOptions;
import org.lsdcfx.amostra.sheet.ImportReport;
import org.lsdcfx.amostra.sheet.SheetValidationException;
import org.lsdcfx.amostra.sheet.SpreadsheetImporter;
import org.lsdcfx.daq.command.CommandParser;
import org.lsdcfx.daq.command.CommandRejectedException;
import org.lsdcfx.daq.comm.StatusBoard;
import org.lsdcfx.daq.config.BeamlineSettings;
import org.lsdcfx.daq.control.RunState;
import org.lsdcfx.daq.guard.CommandSpec;
import org.lsdcfx.daq.guard.Execution;
import org.lsdcfx.daq.guard.Param;
import org.lsdcfx.daq.queue.CommandRegistry;

/**
 * LSDC's {@code importSpreadsheet(fname, owner)}: a sample sheet (.xlsx, .xls, .csv) becomes pucks and samples
 * in Amostra, all or nothing. Only files inside the configured spreadsheet directories can be read: the path is
 * checked as text when the command is admitted (no {@code ..} escapes, right extension) and again, with links
 * resolved, before the file is opened. Problems with the sheet are reported in full (LSDC only logged them).
 * Runs on the background worker, so it works while the queue collects.
 */
public final class SpreadsheetCommands {
    /** Unix-style user names, as Amostra owners are. */
    public static final Pattern OWNER = Pattern.compile("[a-z_][a-z0-9_.-]{0,31}");
    private static final List<String> EXTENSIONS = List.of(".xlsx", ".xls", ".csv");

    private final SpreadsheetImporter importer;
    private final List<Path> roots;
    private final BeamlineSettings settings;
    private final StatusBoard status;

    /**
     * @param roots directories spreadsheets may be read from (absolute, normalised); empty refuses every import
     */
    public SpreadsheetCommands(SpreadsheetImporter importer, List<Path> roots, BeamlineSettings settings, StatusBoard status) {
        this.importer = importer;
        this.roots = roots.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        this.settings = settings;
        this.status = status;
    }

    public void registerInto(CommandRegistry registry) {
        registry.register(CommandSpec.builder("importSpreadsheet")
                .summary("import a sample spreadsheet (pucks and samples) from the spreadsheet directories")
                .param(Param.string("fname", 1024, null, "path of the .xlsx, .xls or .csv file, absolute or relative to the first"
                        + " spreadsheet directory"))
                .param(Param.string("owner", 32, OWNER, "Unix user name that will own the samples"))
                .param(Param.bool("intoDewar", "also put the pucks into free slots of the primary dewar").optional(false))
                .execution(Execution.BACKGROUND).allowedIn(RunState.ANY)
                .check((args, caller) -> resolve(args.string("fname"))).build(),
                inv -> {
                    Path file = resolve(inv.args().string("fname"));
                    requireInsideRootsAfterLinks(file);
                    ImportOptions options = ImportOptions.lsdc();
                    if (inv.args().bool("intoDewar")) {
                        options = options.intoDewar(settings.primaryDewarName());
                    }
                    try {
                        ImportReport report = importer.importFile(file, inv.args().string("owner"), options);
                        status.queueChanged();
                        return report.toText().strip().replace("\n", "; ");
                    } catch (SheetValidationException e) {
                        status.popup(e.getMessage());
                        throw new IllegalArgumentException(e.getMessage(), e);
                    }
                });
    }

    /** The file a name designates, if it lies (as text) inside a spreadsheet directory and has a sheet extension. */
    private Path resolve(String fname) throws CommandRejectedException {
        if (roots.isEmpty()) {
            throw new CommandRejectedException("no spreadsheet directory is configured (set the visit directory)");
        }
        Path file;
        try {
            Path given = Path.of(fname);
            file = (given.isAbsolute() ? given : roots.get(0).resolve(given)).normalize();
        } catch (InvalidPathException e) {
            throw new CommandRejectedException("argument 'fname' is not a valid path: " + CommandParser.quote(fname));
        }
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (EXTENSIONS.stream().noneMatch(name::endsWith)) {
            throw new CommandRejectedException("argument 'fname' must name a .xlsx, .xls or .csv file, not " + CommandParser.quote(fname));
        }
        if (roots.stream().noneMatch(file::startsWith)) {
            throw new CommandRejectedException("argument 'fname' " + CommandParser.quote(fname) + " is outside the spreadsheet directories ("
                    + roots.stream().map(Path::toString).collect(Collectors.joining(", ")) + ")");
        }
        return file;
    }

    /** Refuses a file that only looked inside a root: a link (or linked directory) leading out of it. */
    private void requireInsideRootsAfterLinks(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("there is no file " + file);
        }
        Path real = file.toRealPath();
        for (Path root : roots) {
            if (Files.isDirectory(root) && real.startsWith(root.toRealPath())) {
                return;
            }
        }
        throw new IllegalArgumentException(file + " leads outside the spreadsheet directories (to " + real + ")");
    }
}
