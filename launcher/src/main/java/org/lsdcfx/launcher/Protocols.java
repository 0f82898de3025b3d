package org.lsdcfx.launcher;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.lsdcfx.analysis.spots.io.FrameIO;
import org.lsdcfx.daq.dataset.DatasetSettings;
import org.lsdcfx.daq.processing.AutoProcessing;
import org.lsdcfx.daq.routine.ProtocolRegistry;
import org.lsdcfx.daq.routine.collect.CollectionProtocols;
import org.lsdcfx.daq.routine.collect.CollectionServices;
import org.lsdcfx.daq.routine.collect.CollectionSettings;
import org.lsdcfx.daq.routine.escan.EnergyScanProtocols;
import org.lsdcfx.daq.routine.raster.RasterProtocols;
import org.lsdcfx.daq.routine.autoraster.AutoRasterProtocols;
import org.lsdcfx.daq.routine.autoraster.AutoRasterSettings;
import org.lsdcfx.daq.routine.center.CentringMethods;
import org.lsdcfx.daq.routine.center.LoopCentring;
import org.lsdcfx.daq.routine.raster.RasterServices;
import org.lsdcfx.daq.routine.raster.RasterSettings;
import org.lsdcfx.mxtools.profile.BeamlineProfile;
import org.lsdcfx.processing.ProcessingConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every collection protocol this build ships, registered for {@code ./lsdc server} and the demos: standard, vector,
 * characterize (rotation collection), eScan, xrfSpectrum (energy scans) and raster, multiCol (grid scans with online
 * spot finding on the detector's NXmx files, also what {@code reprocessRaster} reads), rasterScreen, and the
 * centring options AutoLoop (optical loop centring) and AutoRaster (LSDC's autoRasterLoop).
 */
final class Protocols implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Protocols.class);

    private final ProtocolRegistry registry;
    private final CollectionServices collection;
    private final RasterServices raster;

    private Protocols(ProtocolRegistry registry, CollectionServices collection, RasterServices raster) {
        this.registry = registry;
        this.collection = collection;
        this.raster = raster;
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
        // Eiger-style NXmx (.h5) data files, as the simulated and the real detector write them. Spot finding leaves one
        // core to the flight's timing and (embedded) the simulator.
        RasterServices raster = new RasterServices(FrameIO.standard(),
                Math.max(1, Runtime.getRuntime().availableProcessors() - 1), DatasetSettings.defaults(),
                RasterSettings.defaults());
        RasterProtocols.registerAll(registry, raster);
        // Centring options AutoLoop (optical, sample camera) and AutoRaster (two rasters), and rasterScreen.
        LoopCentring loops = CentringMethods.registerAutoLoop(collection.centrings());
        AutoRasterProtocols.registerAll(registry, collection.centrings(), loops,
                AutoRasterSettings.defaults().matching(raster.settings()));
        return new Protocols(registry, collection, raster);
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
        try {
            collection.close();
        } finally {
            raster.close();
        }
    }
}
