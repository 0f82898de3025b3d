package org.lsdcfx.daq.dataset;

import java.nio.file.Files;
import java.nio.file.Path;
import org.lsdcfx.amostra.RequestKeys;
import org.lsdcfx.amostra.RequestObj;
import org.lsdcfx.amostra.SampleLocation;
import org.lsdcfx.datafiles.layout.DataDirectory;
import org.lsdcfx.datafiles.layout.DataLayout;
import org.lsdcfx.datafiles.layout.DataLayoutConfig;
import org.lsdcfx.datafiles.layout.DataLayoutException;
import org.lsdcfx.datafiles.layout.DataLocation;
import org.lsdcfx.datafiles.layout.Refusal;
import org.lsdcfx.datafiles.layout.RunAllocator;
import org.lsdcfx.datafiles.layout.VisitDirectory;

/**
 * Where a request's data go: LSDC's {@code <visitDirectory>/<visit_name>/<file_prefix>/<runNum>/<puck>_<pin>/}, claimed
 * new through datafiles' {@link DataLayout} (validated fields, confined to the visit, never reusing a run directory).
 * The request's own {@code directory} is only checked: it must lie inside the visit whatever it says (a request
 * pointing elsewhere is refused, never followed); the data go to the directory the layout claims, which the caller
 * writes back to the request. Thread-safe (configuration only; the file system arbitrates).
 */
public final class DataPlacement {
    private final DatasetSettings settings;

    public DataPlacement(DatasetSettings settings) {
        this.settings = settings;
    }

    /**
     * Claims a new data directory for the request.
     *
     * @param visitDirectory the server's visit directory (LSDC {@code visitDirectory}, the layout's base path)
     * @param obj            the request's {@code request_obj} (untrusted: {@code basePath}, {@code visit_name},
     *                       {@code file_prefix}, {@code directory})
     * @param location       where the sample sits (puck name, pin)
     * @param requestedRun   the run number to try first (the sample's next run number)
     * @throws DataLayoutException with the reason when a field is invalid or a path would leave the visit
     */
    public DataDirectory claim(Path visitDirectory, RequestObj obj, SampleLocation location, int requestedRun) {
        if (visitDirectory == null) {
            throw new DataLayoutException(Refusal.WRONG_BASE_PATH, "no visit directory is set (conftrak visitDirectory)");
        }
        if (location == null) {
            throw new DataLayoutException(Refusal.INVALID_SAMPLE_POSITION, "the sample is not in a puck of the dewar");
        }
        DataLayout layout = new DataLayout(new DataLayoutConfig(visitDirectory, settings.runPolicy(),
                RunAllocator.DEFAULT_MAX_RUN, settings.createVisitDirectory(), settings.commissioningRoots()));
        String visit = obj.optString(RequestKeys.VISIT_NAME).orElse(null);
        obj.optString(RequestKeys.DIRECTORY).filter(d -> !d.isBlank())
                .ifPresent(requested -> checkRequestedDirectory(layout, visit, requested));
        return layout.prepare(new DataLocation(obj.optString(RequestKeys.BASE_PATH).orElse(null), visit,
                obj.optString(RequestKeys.FILE_PREFIX).orElse(null), requestedRun, location.puckName(), location.pin()));
    }

    /** The request's {@code directory} must resolve inside the visit ({@code ..}, absolute elsewhere, symlinks). */
    private static void checkRequestedDirectory(DataLayout layout, String visit, String requested) {
        VisitDirectory v = layout.visit(visit);
        try {
            v.confine(requested);
        } catch (DataLayoutException e) {
            throw new DataLayoutException(e.refusal(), "the request's directory is refused: " + e.getMessage(), e);
        }
    }

    /**
     * An existing dataset directory recorded on a request (to resume it): must still lie inside the visit and exist.
     *
     * @throws DataLayoutException when it does not
     */
    public Path existing(Path visitDirectory, String visit, String directory) {
        DataLayout layout = new DataLayout(new DataLayoutConfig(visitDirectory, settings.runPolicy(),
                RunAllocator.DEFAULT_MAX_RUN, false, settings.commissioningRoots()));
        Path confined = layout.visit(visit).confine(directory);
        if (!Files.isDirectory(confined)) {
            throw new DataLayoutException(Refusal.NOT_A_DIRECTORY, "the recorded data directory " + directory + " does not exist");
        }
        return confined;
    }
}
