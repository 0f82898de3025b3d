package org.lsdcfx.daq.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.lsdcfx.amostra.RequestObj;
import org.lsdcfx.amostra.SampleLocation;
import org.lsdcfx.datafiles.layout.DataDirectory;
import org.lsdcfx.datafiles.nxmx.DatasetState;
import org.lsdcfx.datafiles.nxmx.DatasetWriter;
import org.lsdcfx.datafiles.nxmx.FrameSource;
import org.lsdcfx.datafiles.nxmx.MasterSupplement;
import org.lsdcfx.datafiles.nxmx.NxmxException;
import org.lsdcfx.datafiles.nxmx.SupplementResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's side of datasets, between the collection routines, the detector's file writer and datafiles: claims
 * data directories ({@link DataPlacement}), names the detector's series, reads datasets back (status, frames), resumes
 * them and supplements the masters the detector wrote with the fields only the server knows.
 *
 * <p>The detector writes {@code <prefix>_<seq>_master.h5} and its data files (Eiger style). A dataset interrupted part
 * way (abort, beam loss, crash) is continued by arming the detector for the missing frames into a scratch directory
 * {@code resume_<n>} beside it and appending those frames to the dataset with datafiles' resume (new data files of the
 * same dataset; frames already written untouched); the scratch copy is removed once every frame is in the dataset.
 *
 * <p>Thread-safe: stateless apart from the settings; the file system arbitrates.
 */
public final class DatasetService {
    private static final Logger log = LoggerFactory.getLogger(DatasetService.class);
    private final DatasetSettings settings;
    private final DataPlacement placement;

    public DatasetService(DatasetSettings settings) {
        this.settings = settings;
        this.placement = new DataPlacement(settings);
    }

    public DatasetSettings settings() {
        return settings;
    }

    /** The NXmx backend name and why it is active, for logs and the launcher. */
    public String describeBackend() {
        return settings.nxmx().name() + " (" + settings.nxmx().reason() + ")";
    }

    /** See {@link DataPlacement#claim}. */
    public DataDirectory claimDirectory(Path visitDirectory, RequestObj obj, SampleLocation location, int requestedRun) {
        return placement.claim(visitDirectory, obj, location, requestedRun);
    }

    /** See {@link DataPlacement#existing}. */
    public Path existingDirectory(Path visitDirectory, String visit, String directory) {
        return placement.existing(visitDirectory, visit, directory);
    }

    /** The detector's name pattern for a series: {@code <prefix>_<seq>} (files {@code <prefix>_<seq>_master.h5}, ...). */
    public static String seriesName(String prefix, int sequence) {
        return prefix + "_" + sequence;
    }

    public static Path masterFile(Path directory, String prefix, int sequence) {
        return directory.resolve(seriesName(prefix, sequence) + "_master.h5");
    }

    /** Frames per data file for this detector: the configured value, else the profile's. */
    public int framesPerDataFile(Integer profileValue) {
        if (settings.framesPerDataFile() > 0) {
            return settings.framesPerDataFile();
        }
        return profileValue == null || profileValue < 1 ? 1000 : profileValue;
    }

    public DatasetState inspect(Path master) {
        if (!Files.isRegularFile(master)) {
            throw new NxmxException("the detector wrote no NXmx master " + master);
        }
        return settings.backend().inspect(master);
    }

    public FrameSource frames(Path master) {
        return settings.backend().frames(master);
    }

    /**
     * Continues the dataset from {@code fromFrame}, or the start of the data file holding it (see datafiles).
     *
     * @throws NxmxException when the dataset cannot be continued; with a self-contained backend (the jhdf fallback,
     *                       which cannot append to a file) always, saying that resuming needs the JNI backend
     */
    public DatasetWriter resume(Path master, int fromFrame) {
        if (!settings.backend().externalLinks()) {
            throw new NxmxException("resuming " + master.getFileName() + " needs the HDF Group's JNI backend (Debian "
                    + "libhdf5-java, see the server's start-up log); this server uses " + describeBackend()
                    + ", which cannot append to a dataset: collect it again under a new run");
        }
        return settings.backend().resume(master, fromFrame);
    }

    /** Adds the server's fields (those of the field map {@code values} can fill) and sample positions to the master. */
    public SupplementResult supplement(Path master, Map<String, ?> values, MasterSupplement.SamplePositions positions) {
        return settings.backend().supplement(master, new MasterSupplement(ServerFields.fill(settings.fieldMap(), values),
                positions));
    }

    /** A new scratch directory {@code resume_<n>} inside the dataset directory, for a continuation series. */
    public Path newScratchDirectory(Path datasetDirectory) throws IOException {
        for (int n = 1; n < 1000; n++) {
            Path dir = datasetDirectory.resolve("resume_" + n);
            try {
                return Files.createDirectory(dir);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // an earlier continuation's scratch (kept because it was not fully copied): take the next name
            }
        }
        throw new IOException("999 continuation directories exist in " + datasetDirectory);
    }

    /**
     * Removes a continuation series whose frames are all in the dataset: its master, the data files it links and the
     * directory when empty. Anything else found there is left.
     */
    public void removeScratch(Path scratchMaster, List<Path> dataFiles) {
        try {
            for (Path f : dataFiles) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(scratchMaster);
            Path dir = scratchMaster.getParent();
            try (var left = Files.list(dir)) {
                if (left.findAny().isEmpty()) {
                    Files.delete(dir);
                }
            }
        } catch (IOException e) {
            log.warn("The continuation copy {} could not be removed (its frames are in the dataset): {}", scratchMaster,
                    e.getMessage());
        }
    }
}
