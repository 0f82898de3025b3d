package org.lsdcfx.daq.routine.escan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.lsdcfx.amostra.RequestKeys;
import org.lsdcfx.amostra.RequestObj;
import org.lsdcfx.analysis.escan.ScanData;
import org.lsdcfx.analysis.escan.ScanFiles;
import org.lsdcfx.datafiles.layout.DataDirectory;
import org.lsdcfx.datafiles.layout.DataLayout;
import org.lsdcfx.datafiles.layout.DataLayoutConfig;
import org.lsdcfx.datafiles.layout.DataLayoutException;
import org.lsdcfx.datafiles.layout.DataLocation;
import org.lsdcfx.datafiles.layout.Refusal;
import org.lsdcfx.daq.routine.RoutineRequest;

/**
 * Where a scan's files go: a new run directory {@code <visitDirectory>/<visit_name>/<file_prefix>/<run>/<puck>_<pin>/}
 * claimed through datafiles' {@link DataLayout} (every request field validated, confined to the visit, never reusing
 * a run directory), and new files in it that never replace anything ({@code CREATE_NEW}). Thread-safe (the file
 * system arbitrates).
 */
final class ScanFilePlacement {
    private final DataDirectory directory;

    private ScanFilePlacement(DataDirectory directory) {
        this.directory = directory;
    }

    /**
     * Claims the request's data directory.
     *
     * @param visitDirectory the server's visit directory (the layout's base path), or null when none is set
     * @throws DataLayoutException with the reason (no visit directory, bad prefix, a path leaving the visit, ...)
     */
    static ScanFilePlacement claim(Path visitDirectory, RoutineRequest request) {
        if (visitDirectory == null) {
            throw new DataLayoutException(Refusal.WRONG_BASE_PATH, "no visit directory is set (conftrak visitDirectory)");
        }
        if (request.location() == null) {
            throw new DataLayoutException(Refusal.INVALID_SAMPLE_POSITION, "the sample " + request.sample().name()
                    + " is not in a puck of the dewar");
        }
        RequestObj obj = request.requestObj();
        DataLayout layout = new DataLayout(DataLayoutConfig.of(visitDirectory));
        return new ScanFilePlacement(layout.prepare(new DataLocation(obj.optString(RequestKeys.BASE_PATH).orElse(null),
                obj.optString(RequestKeys.VISIT_NAME).orElse(null), obj.optString(RequestKeys.FILE_PREFIX).orElse(null),
                obj.getInt(RequestKeys.RUN_NUM, 1), request.location().puckName(), request.location().pin())));
    }

    Path directory() {
        return directory.directory();
    }

    String prefix() {
        return directory.prefix().value();
    }

    /** Writes the scan in Chooch's two-column format as {@code <prefix>_<suffix>}; never overwrites. */
    Path writeScan(String suffix, ScanData scan, String title) throws IOException {
        Path file = target(suffix);
        ScanFiles.write(file, scan, title);
        return file;
    }

    /** Writes a new text file {@code <prefix>_<suffix>}; never overwrites. */
    Path writeText(String suffix, String text) throws IOException {
        Path file = target(suffix);
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        return file;
    }

    private Path target(String suffix) {
        // the prefix is validated by the layout and the suffix is ours; confine() re-checks links on the way
        return directory.visit().confine(directory.directory().resolve(prefix() + "_" + suffix));
    }
}
