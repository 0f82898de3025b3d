package org.lsdcfx.daq.routine.escan;

import java.time.Duration;
import org.lsdcfx.device.beam.EnergyDevice;
import org.lsdcfx.mxtools.profile.BeamlineProfile;
import org.lsdcfx.mxtools.profile.Descriptors;
import org.lsdcfx.mxtools.profile.MotorSpec;

/**
 * How far a scan may move the monochromator. LSDC refuses an energy scan when the current energy is more than 20 eV
 * from the edge; here a scan within {@link EnergyScanSettings#nearEdgeEv()} always moves, a farther one moves when
 * the beamline allows it ({@link EnergyScanSettings#maxEnergyMoveEv()}, profile extra
 * {@value EnergyScanSettings#MAX_ENERGY_MOVE}) and is otherwise refused with the reason before anything moved.
 * Stateless apart from its settings; used on the routine's thread.
 */
final class MonochromatorMoves {
    private final EnergyScanSettings settings;

    MonochromatorMoves(EnergyScanSettings settings) {
        this.settings = settings;
    }

    /**
     * @param what the target in words, e.g. "the Se K edge"
     * @throws IllegalStateException if the move is longer than this beamline allows (nothing was moved)
     */
    void checkAllowed(double currentEv, double targetEv, String what) {
        double distance = Math.abs(targetEv - currentEv);
        double limit = Math.max(settings.nearEdgeEv(), settings.maxEnergyMoveEv());
        if (distance > limit) {
            throw new IllegalStateException("the monochromator is at " + EnergyFormat.ev(currentEv) + " eV, "
                    + EnergyFormat.ev(distance) + " eV from " + what + " (" + EnergyFormat.ev(targetEv) + " eV); this beamline"
                    + " moves it at most " + EnergyFormat.ev(limit) + " eV for a scan (profile extra "
                    + EnergyScanSettings.MAX_ENERGY_MOVE + "): set the energy first (set_energy " + EnergyFormat.ev(targetEv) + ")");
        }
    }

    /** Moves and waits; returns the readback. An abort's stop makes it throw (the runner reports the abort). */
    double move(EnergyDevice energy, BeamlineProfile profile, double targetEv) {
        return energy.setEnergy(targetEv, timeout(profile, energy.energy(), targetEv));
    }

    /** Twice the travel at the profile's speed plus 5 s. */
    static Duration timeout(BeamlineProfile profile, double fromEv, double toEv) {
        MotorSpec spec = profile.motors().get(Descriptors.ENERGY);
        double speed = spec == null || spec.speed() == null || spec.speed() <= 0 ? 0 : spec.speed();
        double seconds = speed == 0 ? 60 : 2 * Math.abs(toEv - fromEv) / speed;
        return Duration.ofMillis((long) (Math.min(seconds, 3600) * 1000) + 5000);
    }
}
