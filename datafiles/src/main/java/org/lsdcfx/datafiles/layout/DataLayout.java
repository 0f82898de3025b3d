package org.lsdcfx.datafiles.layout;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * LSDC's data directory layout, {@code <basePath>/<visit>/<prefix>/<runNum>/<puck>_<pin>/}, made safe: every field of
 * the request is validated, the directory is confined to the visit, the run directory is claimed new (never reused,
 * see {@link RunAllocator}), and refusals say why.
 *
 * <p>Base path: a request normally uses the server's current visit base path. As in LSDC (PR #397), a request may name
 * another base path only when it has a {@code commissioning} component; LSDC-FX also requires it to lie under one of
 * the configured {@link DataLayoutConfig#commissioningRoots()}.
 *
 * <p>Thread-safe: configuration only; concurrent calls are arbitrated by the file system.
 */
public final class DataLayout {
    /** LSDC puck names are container names; they become part of a directory name. */
    private static final Pattern PUCK_NAME = Pattern.compile("[0-9a-zA-Z][0-9a-zA-Z_-]{0,31}");
    private static final int MAX_PIN = 99;
    private static final String COMMISSIONING = "commissioning";
    private static final Logger LOG = LoggerFactory.getLogger(DataLayout.class);

    private final DataLayoutConfig config;
    private final RunAllocator runs;

    public DataLayout(DataLayoutConfig config) {
        this.config = config;
        this.runs = new RunAllocator(config.runPolicy(), config.maxRun());
    }

    public DataLayoutConfig config() {
        return config;
    }

    /** The visit directory for {@code visit} under the server's base path (created when configured to). */
    public VisitDirectory visit(String visit) {
        return VisitDirectory.open(config.basePath(), visit, config.createVisitDirectory());
    }

    /**
     * Validates the request's data location and creates its new, empty data directory.
     *
     * @throws DataLayoutException with the reason, when any field is invalid, a path would leave the visit, or the run
     *                             cannot be claimed
     */
    public DataDirectory prepare(DataLocation location) {
        FilePrefix prefix = FilePrefix.of(location.filePrefix());
        String sampleDir = samplePositionDirectory(location.puck(), location.pin());
        VisitDirectory visit = VisitDirectory.open(baseFor(location.basePath()), location.visit(),
                config.createVisitDirectory());
        AllocatedRun run = runs.allocate(visit, prefix, location.requestedRun());
        Path directory = visit.createNewDirectory(run.directory().resolve(sampleDir));
        LOG.info("Data directory for prefix {} run {}: {}", prefix, run.runNumber(), directory);
        return new DataDirectory(visit, prefix, run, location.puck(), location.pin(), directory);
    }

    /** The {@code <puck>_<pin>} directory name, or a {@link Refusal#INVALID_SAMPLE_POSITION} refusal. */
    public static String samplePositionDirectory(String puck, int pin) {
        if (puck == null || !PUCK_NAME.matcher(puck).matches()) {
            throw new DataLayoutException(Refusal.INVALID_SAMPLE_POSITION, "the puck name '" + puck
                    + "' is not 1..32 characters of 0-9 a-z A-Z - _ starting with a letter or digit");
        }
        if (pin < 1 || pin > MAX_PIN) {
            throw new DataLayoutException(Refusal.INVALID_SAMPLE_POSITION, "pin " + pin + " is outside 1.." + MAX_PIN);
        }
        return puck + "_" + pin;
    }

    private Path baseFor(String requestedBase) {
        if (requestedBase == null || requestedBase.isBlank()) {
            return config.basePath();
        }
        Path requested;
        try {
            requested = Path.of(requestedBase);
        } catch (InvalidPathException e) {
            throw new DataLayoutException(Refusal.WRONG_BASE_PATH, "the base path '" + requestedBase + "' is not a path", e);
        }
        if (!requested.isAbsolute()) {
            throw new DataLayoutException(Refusal.WRONG_BASE_PATH, "the base path '" + requestedBase + "' is not absolute");
        }
        for (Path part : requested) {
            if (part.toString().equals("..")) {
                throw new DataLayoutException(Refusal.PARENT_REFERENCE, "the base path '" + requestedBase + "' contains '..'");
            }
        }
        if (sameDirectory(requested, config.basePath())) {
            return config.basePath();
        }
        boolean commissioning = false;
        for (Path part : requested) {
            commissioning |= part.toString().equals(COMMISSIONING);
        }
        if (commissioning) {
            for (Path root : config.commissioningRoots()) {
                try {
                    if (VisitDirectory.existing(root).contains(requested)) {
                        LOG.info("Commissioning base path {} accepted (under {})", requested, root);
                        return requested;
                    }
                } catch (DataLayoutException e) {
                    LOG.warn("Commissioning root {} is unusable: {}", root, e.getMessage());
                }
            }
        }
        throw new DataLayoutException(Refusal.WRONG_BASE_PATH, "the request's base path " + requestedBase
                + " is not the current visit base path " + config.basePath()
                + (config.commissioningRoots().isEmpty() ? ""
                : " (other base paths are accepted only with a 'commissioning' component under "
                  + config.commissioningRoots() + ")"));
    }

    private static boolean sameDirectory(Path a, Path b) {
        try {
            return a.toRealPath().equals(b.toRealPath());
        } catch (IOException e) {
            return a.normalize().equals(b.normalize());
        }
    }
}
