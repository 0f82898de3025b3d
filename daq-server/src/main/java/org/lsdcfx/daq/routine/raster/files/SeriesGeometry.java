package org.lsdcfx.daq.routine.raster.files;

import java.io.IOException;
import java.nio.file.Path;

import org.lsdcfx.analysis.spots.DetectorGeometry;
import org.lsdcfx.analysis.spots.ModuleLayout;
import org.lsdcfx.mxtools.profile.DetectorSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The geometry of a series' NXmx frames: what its master declares, so that live spot finding and reprocessing see
 * the same numbers. Live, the master is read right after arming (the JNI writer has written its header and closed
 * it; it changes again only when the first data file is complete) or, for the self-contained writer, once the series
 * is closed; when neither works (a detector that writes its master late) the arm parameters and the profile stand
 * in: the frame's pitch scaled from the profile's detector to the frame size, the beam at the frame centre.
 *
 * <p>Thread-safe: the master is read at most once successfully; {@code declared} is volatile.
 */
public final class SeriesGeometry implements FrameSpec.Source {
    private static final Logger log = LoggerFactory.getLogger(SeriesGeometry.class);
    /** h·c in eV·Å. */
    private static final double HC_EV_A = 12398.4198;

    private final Path master;
    private final ArmFallback fallback;
    private volatile MasterGeometry declared;

    /** What the routine armed, for when the master cannot be read. */
    private record ArmFallback(DetectorSpec detector, double distanceMm, double energyEv) {
    }

    private SeriesGeometry(Path master, ArmFallback fallback) {
        this.master = master;
        this.fallback = fallback;
    }

    /** Files of a finished series: the master must declare the geometry. */
    public static SeriesGeometry fromMaster(Path master) {
        return new SeriesGeometry(master, null);
    }

    /** A series being collected with these arm parameters. */
    public static SeriesGeometry live(Path master, DetectorSpec detector, double distanceMm, double energyEv) {
        return new SeriesGeometry(master, new ArmFallback(detector, distanceMm, energyEv));
    }

    /** Reads the master now if it can be read; quietly does nothing otherwise (it is tried again when needed). */
    public void tryMaster() {
        if (declared == null) {
            try {
                declared = MasterGeometry.read(master);
            } catch (IOException e) {
                log.debug("{}: geometry not readable yet: {}", master, e.getMessage());
            }
        }
    }

    /** The declared frames-per-file, when the master says. */
    public java.util.OptionalInt framesPerFile() {
        tryMaster();
        MasterGeometry g = declared;
        return g == null ? java.util.OptionalInt.empty() : g.framesPerFile();
    }

    @Override
    public FrameSpec forFrames(int width, int height) throws IOException {
        MasterGeometry g = declared;
        if (g == null && fallback == null) {
            g = MasterGeometry.read(master);
            declared = g;
        } else if (g == null) {
            tryMaster();
            g = declared;
        }
        if (g != null) {
            return g.spec(width, height);
        }
        log.warn("{} does not declare the geometry yet: resolution estimates use the arm parameters", master);
        DetectorSpec d = fallback.detector();
        double pitch = d.pixelSizeMm() * d.nx() / width;
        return new FrameSpec(new DetectorGeometry(width, height, pitch, fallback.distanceMm(), width / 2.0,
                height / 2.0, HC_EV_A / fallback.energyEv(), ModuleLayout.NONE),
                FrameSpec.overloadFor(d.saturationValue() == null ? -1 : d.saturationValue()));
    }
}
