package org.lsdcfx.daq.routine.collect;

import java.time.Duration;
import java.util.Objects;

/**
 * How the collection protocols behave on this beamline. Immutable; start from {@link #defaults()}.
 *
 * @param energyToleranceEv    a request whose energy differs from the beam's by more is refused, or the energy is moved
 *                             when {@code energyMoveAllowed} (LSDC refuses set-points more than 10 eV away)
 * @param energyMoveAllowed    move the monochromator to the request's energy; also allowed by the profile extra
 *                             {@code collectionMovesEnergy=true}
 * @param beamWait             longest wait for the beam (beam check, beam loss); zero waits as long as it takes (abort
 *                             and pause still work)
 * @param beamLoss             what a beam loss during a dataset does
 * @param beamSettle           wait after the beam returns before collecting again (orbit and heat load settle)
 * @param deviceTimeout        bound of single device steps (arm, shutter, transmission, governor)
 * @param stallTimeout         the detector writing no frame for this long (beyond the frame period) fails the dataset
 * @param poll                 how often a running series is looked at (progress, beam, abort)
 * @param collectState         governor state for data collection (LSDC DA)
 * @param alignState           governor state for sample alignment (LSDC SA)
 */
public record CollectionSettings(double energyToleranceEv, boolean energyMoveAllowed, Duration beamWait,
                                 BeamLossPolicy beamLoss, Duration beamSettle, Duration deviceTimeout,
                                 Duration stallTimeout, Duration poll, String collectState, String alignState) {
    public CollectionSettings {
        if (!(energyToleranceEv > 0)) {
            throw new IllegalArgumentException("the energy tolerance must be > 0 eV");
        }
        Objects.requireNonNull(beamWait, "beamWait");
        Objects.requireNonNull(beamLoss, "beamLoss");
        Objects.requireNonNull(beamSettle, "beamSettle");
        Objects.requireNonNull(deviceTimeout, "deviceTimeout");
        Objects.requireNonNull(stallTimeout, "stallTimeout");
        Objects.requireNonNull(poll, "poll");
        Objects.requireNonNull(collectState, "collectState");
        Objects.requireNonNull(alignState, "alignState");
        if (poll.isZero() || poll.isNegative()) {
            throw new IllegalArgumentException("the poll interval must be positive");
        }
    }

    /** 10 eV, no energy moves, wait for beam indefinitely, pause and resume on beam loss, DA/SA. */
    public static CollectionSettings defaults() {
        return new CollectionSettings(10.0, false, Duration.ZERO, BeamLossPolicy.PAUSE_AND_RESUME, Duration.ZERO,
                Duration.ofSeconds(60), Duration.ofSeconds(30), Duration.ofMillis(20), "DA", "SA");
    }

    public CollectionSettings withBeamLoss(BeamLossPolicy policy) {
        return new CollectionSettings(energyToleranceEv, energyMoveAllowed, beamWait, policy, beamSettle, deviceTimeout,
                stallTimeout, poll, collectState, alignState);
    }

    public CollectionSettings withBeamWait(Duration wait) {
        return new CollectionSettings(energyToleranceEv, energyMoveAllowed, wait, beamLoss, beamSettle, deviceTimeout,
                stallTimeout, poll, collectState, alignState);
    }

    public CollectionSettings withEnergyMoveAllowed(boolean allowed) {
        return new CollectionSettings(energyToleranceEv, allowed, beamWait, beamLoss, beamSettle, deviceTimeout,
                stallTimeout, poll, collectState, alignState);
    }

    public CollectionSettings withStallTimeout(Duration stall) {
        return new CollectionSettings(energyToleranceEv, energyMoveAllowed, beamWait, beamLoss, beamSettle, deviceTimeout,
                stall, poll, collectState, alignState);
    }
}
