package org.lsdcfx.daq.config;

import java.nio.file.Path;
import java.util.Optional;
import org.lsdcfx.conftrak.Conftrak;
import org.lsdcfx.conftrak.key.SampleHandlingKeys;
import org.lsdcfx.conftrak.key.VisitKeys;

/**
 * The conftrak settings the queue and the sample handling read, fresh from the store on every call (staff change
 * them while the server runs). The visit directory can be fixed by the server's configuration instead.
 */
public final class BeamlineSettings {
    private final Conftrak conftrak;
    private final Path fixedVisitDirectory;

    /** @param fixedVisitDirectory the server's visit directory, or null to read conftrak {@code visitDirectory} */
    public BeamlineSettings(Conftrak conftrak, Path fixedVisitDirectory) {
        this.conftrak = conftrak;
        this.fixedVisitDirectory = fixedVisitDirectory;
    }

    public String primaryDewarName() {
        return conftrak.get(SampleHandlingKeys.PRIMARY_DEWAR_NAME);
    }

    public boolean queueCollect() {
        return conftrak.get(SampleHandlingKeys.QUEUE_COLLECT);
    }

    public boolean beamCheck() {
        return conftrak.get(SampleHandlingKeys.BEAM_CHECK);
    }

    public boolean unmountCold() {
        return conftrak.get(SampleHandlingKeys.UNMOUNT_COLD_CHECK);
    }

    /** True if the robot may be used (conftrak {@code robot_online} and {@code mountEnabled}). */
    public boolean mountingEnabled() {
        return conftrak.get(SampleHandlingKeys.ROBOT_ONLINE) && conftrak.get(SampleHandlingKeys.MOUNT_ENABLED);
    }

    /** The visit directory, if one is set. */
    public Optional<Path> visitDirectory() {
        if (fixedVisitDirectory != null) {
            return Optional.of(fixedVisitDirectory);
        }
        String stored = conftrak.get(VisitKeys.VISIT_DIRECTORY);
        return stored == null || stored.isBlank() ? Optional.empty() : Optional.of(Path.of(stored));
    }
}
