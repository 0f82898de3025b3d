package org.lsdcfx.launcher;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.lsdcfx.daq.processing.AutoProcessing;
import org.lsdcfx.daq.routine.ProtocolRegistry;
import org.lsdcfx.daq.routine.collect.CollectionProtocols;
import org.lsdcfx.daq.routine.collect.CollectionServices;
import org.lsdcfx.daq.routine.collect.CollectionSettings;
import org.lsdcfx.daq.routine.escan.EnergyScanProtocols;
import org.lsdcfx.mxtools.profile.BeamlineProfile;
import org.lsdcfx.processing.ProcessingConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every collection protocol this build ships, registered for {@code ./lsdc server} and the demos: standard, vector,
 * characterize (rotation collection) and eScan, xrfSpectrum (energy scans). The raster protocols exist in the daq
 * server but are not registered here yet: they read frames back in the simulator's binary format only, and the
 * launcher's simulated Eiger writes NXmx (see the closing notes of the raster issue).
 */
final class Protocols implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Protocols.class);

    private final ProtocolRegistry registry;
    private final CollectionServices collection;

    private Protocols(ProtocolRegistry registry, CollectionServices collection) {
        this.registry = registry;
        this.collection = collection;
    }

    /**
     * @param simulated the simulated monochromator may move to each request's energy; at a real beamline the profile
     *                  extra {@code collectionMovesEnergy} decides (LSDC refuses more than 10 eV away)
     */
    static Protocols forProfile(BeamlineProfile profile, boolean simulated) {
        CollectionServices collection = CollectionServices.builder().processing(autoProcessing())
                .settings(CollectionSettings.defaults().withEnergyMoveAllowed(simulated)).build();
        ProtocolRegistry registry = CollectionProtocols.registerAll(new ProtocolRegistry(), collection);
        EnergyScanProtocols.registerAll(registry, profile);
        return new Protocols(registry, collection);
    }

    ProtocolRegistry registry() {
        return registry;
    }

    /** fast_dp after each rotation dataset when it is installed; otherwise none (said once in the log). */
    private static AutoProcessing autoProcessing() {
        ProcessingConfig config = ProcessingConfig.fastDpDefaults();
        if (onPath(config.program())) {
            return AutoProcessing.local(config, 2, Clock.systemUTC());
        }
        log.info("Automatic processing is off: {} is not on the PATH", config.program());
        return AutoProcessing.disabled();
    }

    private static boolean onPath(String program) {
        if (program.contains(File.separator)) {
            return Files.isExecutable(Path.of(program));
        }
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isBlank() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    /** Close after the daq server. */
    @Override
    public void close() {
        collection.close();
    }
}
