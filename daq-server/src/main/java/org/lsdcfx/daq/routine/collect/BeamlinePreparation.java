package org.lsdcfx.daq.routine.collect;

import java.time.Duration;
import java.util.Locale;
import org.lsdcfx.conftrak.key.SampleHandlingKeys;
import org.lsdcfx.daq.control.AbortedException;
import org.lsdcfx.daq.routine.RoutineContext;
import org.lsdcfx.device.Beamline;
import org.lsdcfx.device.DeviceException;

/**
 * The beamline steps before a collection (LSDC {@code collectData} 3 and the checks around it): transmission, detector
 * distance, energy check, beam check. Each refusal says why. Used on the routine's thread.
 */
final class BeamlinePreparation {
    /** Profile extra that lets collections move the monochromator to the request's energy. */
    static final String PROFILE_ENERGY_MOVES = "collectionMovesEnergy";

    private BeamlinePreparation() {
    }

    static void apply(RoutineContext ctx, Beamline b, CollectionPlan plan, CollectionSettings settings,
                      ProgressReport progress) throws CollectionException, AbortedException, InterruptedException {
        if (plan.transmission().isPresent()) {
            double t = plan.transmission().get();
            progress.step(String.format(Locale.ROOT, "transmission %.3f", t));
            try {
                b.transmission().set(t, settings.deviceTimeout());
            } catch (DeviceException e) {
                throw new CollectionException("cannot set the transmission to " + t + ": " + e.getMessage(), e);
            }
            ctx.checkpoint();
        }
        if (plan.detDist().isPresent()) {
            double d = plan.detDist().get();
            progress.step(String.format(Locale.ROOT, "detector distance %.1f mm", d));
            Moves.moveAndWait(b, b.detectorDistance(), d, "cannot move the detector to " + d + " mm");
            ctx.checkpoint();
        }
        if (plan.energyEv().isPresent()) {
            checkEnergy(ctx, b, plan.energyEv().get(), settings, progress);
        }
        if (ctx.services().conftrak().get(SampleHandlingKeys.BEAM_CHECK)) {
            BeamWaiter.await(ctx, b.beamMonitor(), settings, progress, "beamCheck is on");
        }
    }

    /** LSDC refuses energies more than 10 eV from the beam's; a profile may allow collections to move the energy. */
    private static void checkEnergy(RoutineContext ctx, Beamline b, double requested, CollectionSettings settings,
                                    ProgressReport progress) throws CollectionException, AbortedException, InterruptedException {
        double now = b.energy().energy();
        double off = Math.abs(now - requested);
        if (off <= settings.energyToleranceEv()) {
            return;
        }
        boolean allowed = settings.energyMoveAllowed()
                || b.profile().extra(PROFILE_ENERGY_MOVES).map("true"::equalsIgnoreCase).orElse(false);
        if (!allowed) {
            throw new CollectionException(String.format(Locale.ROOT, "the request is for %.1f eV but the beam is at %.1f eV"
                    + " (%.1f eV away, more than the %.1f eV allowed); this beamline does not change the energy during a"
                    + " collection: set the energy first (set_energy) or change the request", requested, now, off,
                    settings.energyToleranceEv()));
        }
        progress.step(String.format(Locale.ROOT, "energy %.1f eV", requested));
        try {
            b.energy().setEnergy(requested, Duration.ofMinutes(5));
        } catch (DeviceException e) {
            throw new CollectionException("cannot move the energy to " + requested + " eV: " + e.getMessage(), e);
        }
        ctx.checkpoint();
    }
}
