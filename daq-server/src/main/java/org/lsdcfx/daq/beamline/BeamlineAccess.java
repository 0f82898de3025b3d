package org.lsdcfx.daq.beamline;

import java.util.Optional;
import org.lsdcfx.device.Beamline;

/**
 * The beamline's devices if they connected at start-up, else the reason they did not. Immutable.
 */
public final class BeamlineAccess {
    private final Beamline beamline;
    private final String unavailableReason;

    private BeamlineAccess(Beamline beamline, String unavailableReason) {
        this.beamline = beamline;
        this.unavailableReason = unavailableReason;
    }

    public static BeamlineAccess connected(Beamline beamline) {
        return new BeamlineAccess(beamline, null);
    }

    public static BeamlineAccess unavailable(String reason) {
        return new BeamlineAccess(null, reason);
    }

    public Optional<Beamline> get() {
        return Optional.ofNullable(beamline);
    }

    public boolean isConnected() {
        return beamline != null;
    }

    /** Why the devices are not available ("" when they are). */
    public String unavailableReason() {
        return beamline != null ? "" : unavailableReason;
    }

    /** @throws DevicesUnavailableException saying why the beamline cannot be used */
    public Beamline require() throws DevicesUnavailableException {
        if (beamline == null) {
            throw new DevicesUnavailableException("the beamline devices are not available: " + unavailableReason);
        }
        return beamline;
    }

    /** The beamline's devices are not connected; the message says why. */
    public static final class DevicesUnavailableException extends Exception {
        private static final long serialVersionUID = 1L;

        public DevicesUnavailableException(String message) {
            super(message);
        }
    }
}
